import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/smtp-cert-invalid.js";
import { cert, lintLive, smtp, smtpResult } from "../helpers/live-fixtures.js";

describe("smtp-cert-invalid (RFC 8461 §4.2: PKIX for the MX host name)", () => {
  it("a name mismatch in enforce: error with certificate-host-mismatch and the names found", () => {
    const findings = lintLive(rule, {
      smtp: [
        smtp(
          smtpResult({
            outcome: "cert-invalid",
            certificate: cert({ dnsNames: ["mail.hoster.example"] }),
            tls: {
              valid: false,
              problem: "host-mismatch",
              resultType: "certificate-host-mismatch",
            },
          }),
        ),
      ],
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "smtp-cert-invalid", severity: "error" });
    expect(findings[0].message).toContain('"certificate-host-mismatch"');
    expect(findings[0].message).toContain('"mail.hoster.example"');
  });

  it("testing → warning; an untrusted chain is certificate-not-trusted", () => {
    const testing = "version: STSv1\nmode: testing\nmx: mx1.example.net\nmax_age: 604800\n";
    const findings = lintLive(rule, {
      policy: testing,
      smtp: [
        smtp(
          smtpResult({
            outcome: "cert-invalid",
            tls: { valid: false, problem: "self-signed", resultType: "certificate-not-trusted" },
          }),
        ),
      ],
    });
    expect(findings[0].severity).toBe("warning");
    expect(findings[0].message).toContain('"certificate-not-trusted"');
  });

  it("a failed handshake is validation-failure", () => {
    const findings = lintLive(rule, {
      smtp: [
        smtp(smtpResult({ outcome: "tls-failed", tls: undefined, error: "wrong version number" })),
      ],
    });
    expect(findings[0].message).toContain('"validation-failure"');
  });

  it("does not fire for a valid certificate", () => {
    expect(lintLive(rule, { smtp: [smtp(smtpResult())] })).toEqual([]);
  });
});
