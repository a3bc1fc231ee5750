import { describe, expect, it } from "vitest";
import { clip, describeSocketError, resultTypeOf } from "../../src/probes/tls-verdict.js";

const err = (code: string, message = code) => Object.assign(new Error(message), { code });

describe("TLS and socket failures in plain words", () => {
  it("RFC 8460 §4.3.1: each certificate problem maps to the result type senders report", () => {
    expect(resultTypeOf("expired")).toBe("certificate-expired");
    expect(resultTypeOf("host-mismatch")).toBe("certificate-host-mismatch");
    for (const p of ["not-yet-valid", "self-signed", "incomplete-chain", "untrusted"] as const)
      expect(resultTypeOf(p)).toBe("certificate-not-trusted");
    expect(resultTypeOf("other")).toBe("validation-failure");
  });

  it("names socket errors without Node's jargon", () => {
    expect(describeSocketError(err("ECONNREFUSED", "connect ECONNREFUSED 192.0.2.1:443"))).toBe(
      "connection refused",
    );
    expect(describeSocketError(err("ERR_SSL_WRONG_VERSION_NUMBER"))).toContain(
      "does not speak TLS",
    );
    expect(describeSocketError(err("ERR_SSL_TLSV1_UNRECOGNIZED_NAME"))).toContain(
      "alert: unrecognized name",
    );
    expect(describeSocketError(err("ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE"))).toContain(
      "alert: handshake failure",
    );
  });

  it("bounds server text", () => {
    expect(clip("x".repeat(1000))).toHaveLength(300);
    expect(clip("short")).toBe("short");
  });
});
