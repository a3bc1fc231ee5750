import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/mx-pattern-unused.js";
import { lintWith, policyText, zoneWith } from "../helpers/lint.js";

describe("mx-pattern-unused (RFC 8461 §4.1 patterns vs the zone's MX hosts)", () => {
  it("a pattern left from a former provider is a warning at the policy line", () => {
    const findings = lintWith(rule, {
      policy: policyText("enforce", "mx1.example.net", "mail.oldprovider.example"),
      zone: zoneWith("@ IN MX 10 mx1.example.net."),
    });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("mx-pattern-unused");
    expect(f.severity).toBe("warning");
    expect(f.area).toBe("mx");
    expect(f.location.file).toBe("mta-sts.txt");
    expect(f.location.span).toEqual({ line: 4, column: 1, endLine: 4, endColumn: 29 });
    expect(f.message).toContain('"mail.oldprovider.example"');
    expect(f.message).toContain('"mx1.example.net"');
    expect(f.message).toContain("_mta-sts");
    expect(f.fix).toBeUndefined();
  });

  it("RFC 8461 §4.1: *.example.com does not cover the MX example.com itself, and the message says why", () => {
    const findings = lintWith(rule, {
      policy: policyText("testing", "*.example.com"),
      zone: zoneWith("@ IN MX 10 example.com."),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].location.span?.line).toBe(3);
    expect(findings[0].message).toContain("does not cover the name itself");
  });

  it("RFC 8461 §4.1: *.example.net does not cover a.b.example.net", () => {
    const findings = lintWith(rule, {
      policy: policyText("enforce", "*.example.net"),
      zone: zoneWith("@ IN MX 10 a.b.example.net."),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("exactly one left-most label");
  });

  it("RFC 8461 §4.1: patterns covering a host (wildcard of one label, exact name in other case) are used", () => {
    const findings = lintWith(rule, {
      policy: policyText("enforce", "*.example.net", "MX.example.org"),
      zone: zoneWith("@ IN MX 10 mx1.example.net.", "@ IN MX 20 mx.example.org."),
    });
    expect(findings).toEqual([]);
  });

  it("rules.md Names: a pattern matches a zone MX host written as a U-label", () => {
    const findings = lintWith(rule, {
      policy: policyText("enforce", "xn--mil-qla.example.net"),
      zone: zoneWith("@ IN MX 10 mäil.example.net."),
    });
    expect(findings).toEqual([]);
  });

  it("rules.md Mode none: no finding for a policy in mode none", () => {
    const findings = lintWith(rule, {
      policy: policyText("none", "mail.oldprovider.example"),
      zone: zoneWith("@ IN MX 10 mx1.example.net."),
    });
    expect(findings).toEqual([]);
  });

  it("rules.md One root cause: with a null MX the patterns are not reported (mx-null is)", () => {
    const findings = lintWith(rule, {
      policy: policyText("enforce", "mx1.example.net"),
      zone: zoneWith("@ IN MX 0 ."),
    });
    expect(findings).toEqual([]);
  });

  it("no MX at all is mx-missing's single finding, not one per pattern", () => {
    const findings = lintWith(rule, {
      policy: policyText("enforce", "mx1.example.net", "mx2.example.net"),
      zone: zoneWith("www IN A 192.0.2.1"),
    });
    expect(findings).toEqual([]);
  });

  it("a zone MX missing its trailing dot still uses the pattern its author meant (mx-not-covered reports the slip)", () => {
    const findings = lintWith(rule, {
      policy: policyText("enforce", "mail.example.com"),
      zone: zoneWith("@ IN MX 10 mail.example.com"),
    });
    expect(findings).toEqual([]);
  });
});
