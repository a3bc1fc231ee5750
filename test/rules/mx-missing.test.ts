import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/mx-missing.js";
import { lintWith, policyText, zoneWith } from "../helpers/lint.js";

describe("mx-missing (RFC 8461 §4.1: enforce and testing need MX hosts to validate)", () => {
  it("mode enforce without MX records is an error at the SOA record", () => {
    const findings = lintWith(rule, {
      policy: policyText("enforce", "mx1.example.net"),
      zone: zoneWith("www IN A 192.0.2.1"),
    });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("mx-missing");
    expect(f.severity).toBe("error");
    expect(f.area).toBe("mx");
    expect(f.location.file).toBe("zones/example.com.zone");
    // zoneWith(): line 3 is the SOA record.
    expect(f.location.span?.line).toBe(3);
    expect(f.location.span?.column).toBe(1);
    expect(f.message).toContain('"example.com"');
    expect(f.message).toContain("validation-failure");
    // The suggestion uses the policy's own exact pattern.
    expect(f.message).toContain("example.com. 3600 IN MX 10 mx1.example.net.");
  });

  it("mode testing without MX records fires too", () => {
    const findings = lintWith(rule, {
      policy: policyText("testing", "*.example.net"),
      zone: zoneWith(),
    });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["mx-missing", "error"]]);
    expect(findings[0].message).toContain("mode testing");
  });

  it("RFC 5321 §5.1 implicit MX: when a pattern names the domain itself, the message says the records are likely just missing", () => {
    const findings = lintWith(rule, {
      policy: policyText("enforce", "example.com"),
      zone: zoneWith("@ IN A 192.0.2.1"),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("implicit MX");
    expect(findings[0].message).toContain("missing from the zone");
  });

  it("a zone without SOA is pointed at its line 1", () => {
    const findings = lintWith(rule, {
      policy: policyText("enforce", "mx1.example.net"),
      zone: "$ORIGIN example.com.\n$TTL 3600\nwww IN A 192.0.2.1\n",
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].location).toEqual({
      file: "zones/example.com.zone",
      span: { line: 1, column: 1, endLine: 1, endColumn: 1 },
    });
  });

  it("MX records at a subdomain do not count for the policy domain", () => {
    const findings = lintWith(rule, {
      policy: policyText("enforce", "mx1.example.net"),
      zone: zoneWith("lists IN MX 10 mx1.example.net."),
    });
    expect(findings).toHaveLength(1);
  });

  it("rules.md Mode none: no finding for a policy in mode none", () => {
    expect(lintWith(rule, { policy: policyText("none"), zone: zoneWith() })).toEqual([]);
  });

  it("rules.md One root cause: a null MX is mx-null, not mx-missing", () => {
    const findings = lintWith(rule, {
      policy: policyText("enforce", "mx1.example.net"),
      zone: zoneWith("@ IN MX 0 ."),
    });
    expect(findings).toEqual([]);
  });

  it("an apex MX record silences the rule", () => {
    const findings = lintWith(rule, {
      policy: policyText("enforce", "mx1.example.net"),
      zone: zoneWith("@ IN MX 10 mx1.example.net."),
    });
    expect(findings).toEqual([]);
  });

  it("needs both a policy and a zone", () => {
    expect(lintWith(rule, { policy: policyText("enforce", "mx1.example.net") })).toEqual([]);
    expect(lintWith(rule, { zone: zoneWith() })).toEqual([]);
  });
});
