import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/https-cert-invalid.js";
import { cert, family, https, lintLive } from "../helpers/live-fixtures.js";

const invalid = (
  problem: "expired" | "host-mismatch" | "incomplete-chain",
  resultType: string,
  c = cert(),
) =>
  family({
    outcome: "cert-invalid",
    phase: "tls",
    response: undefined,
    certificate: c,
    tls: { valid: false, problem, resultType: resultType as never, code: "X" },
  });

describe("https-cert-invalid (RFC 8461 §3.3; RFC 8460 §4.3 result types)", () => {
  it("an expired certificate: the date, sts-webpki-invalid and certificate-expired", () => {
    const findings = lintLive(rule, {
      https: https(
        invalid(
          "expired",
          "certificate-expired",
          cert({ validTo: "2026-11-01T00:00:00.000Z", daysLeft: -27 }),
        ),
      ),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "https-cert-invalid", severity: "error" });
    expect(findings[0].message).toContain("expired on 2026-11-01");
    expect(findings[0].message).toContain('"sts-webpki-invalid"');
    expect(findings[0].message).toContain('"certificate-expired"');
    expect(findings[0].message).toContain("Renew");
  });

  it("a name mismatch lists the names the certificate does carry (data, quoted)", () => {
    const findings = lintLive(rule, {
      https: https(
        invalid(
          "host-mismatch",
          "certificate-host-mismatch",
          cert({ dnsNames: ["*.github.io", "github.io"] }),
        ),
      ),
    });
    expect(findings[0].message).toContain('"*.github.io", "github.io"');
    expect(findings[0].message).toContain('"certificate-host-mismatch"');
  });

  it("the same certificate over IPv4 and IPv6 is one finding", () => {
    const v4 = invalid("incomplete-chain", "certificate-not-trusted");
    const v6 = { ...v4, family: 6 as const, address: "2001:db8::10" };
    const findings = lintLive(rule, { https: https(v4, v6) });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("IPv4 (192.0.2.10) and IPv6 (2001:db8::10)");
    expect(findings[0].message).toContain("intermediate");
  });

  it("does not fire for a valid certificate", () => {
    expect(lintLive(rule, { https: https(family()) })).toEqual([]);
  });
});
