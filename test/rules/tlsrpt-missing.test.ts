import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/tlsrpt-missing.js";
import { rule as syntax } from "../../src/rules/tlsrpt-syntax.js";
import { rule as wrongName } from "../../src/rules/tlsrpt-wrong-name.js";
import { lintWith, zoneWith } from "../helpers/lint.js";

describe("tlsrpt-missing (RFC 8460 §3)", () => {
  it("warns at the SOA record when _smtp._tls has no v=TLSRPTv1 record", () => {
    const findings = lintWith(rule, { zone: zoneWith('_mta-sts IN TXT "v=STSv1; id=1"') });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("tlsrpt-missing");
    expect(f.severity).toBe("warning");
    expect(f.location.span).toMatchObject({ line: 3, column: 1 });
    expect(f.message).toContain("_smtp._tls.example.com");
    expect(f.message).toContain("sts-policy-fetch-error");
    expect(f.message).toContain("rua=mailto:tls-reports@example.com");
  });

  it("does not fire when the record exists (RFC 8460 §3.1.1 example)", () => {
    const zone = zoneWith('_smtp._tls IN TXT "v=TLSRPTv1;rua=mailto:reports@example.com"');
    expect(lintWith(rule, { zone })).toEqual([]);
  });

  it("does not fire for a CNAME at _smtp._tls (real-world wblondel/my-dns-zones delegation)", () => {
    const zone = zoneWith("_smtp._tls IN CNAME _smtp._tls.williamblondel.fr.");
    expect(lintWith(rule, { zone })).toEqual([]);
  });

  it("a record only at _tlsrpt is tlsrpt-wrong-name alone (one root cause, one finding)", () => {
    const zone = zoneWith('_tlsrpt IN TXT "v=TLSRPTv1; rua=mailto:tls@example.com"');
    const findings = lintWith([rule, wrongName], { zone });
    expect(findings.map((f) => f.rule)).toEqual(["tlsrpt-wrong-name"]);
  });

  it("a resembling record (v=tlsrptv1) is tlsrpt-syntax, not missing (rules.md)", () => {
    const zone = zoneWith('_smtp._tls IN TXT "v=tlsrptv1; rua=mailto:tls@example.com"');
    const findings = lintWith([rule, syntax], { zone });
    expect(findings.map((f) => f.rule)).toEqual(["tlsrpt-syntax"]);
  });

  it("an unrelated record at _smtp._tls does not count", () => {
    const [f] = lintWith(rule, { zone: zoneWith('_smtp._tls IN TXT "v=spf1 -all"') });
    expect(f.rule).toBe("tlsrpt-missing");
  });

  it("skips a domain without a zone", () => {
    expect(lintWith(rule, {})).toEqual([]);
  });
});
