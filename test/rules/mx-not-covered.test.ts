import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/mx-not-covered.js";
import { lintWith, policyText, zoneWith } from "../helpers/lint.js";

// zoneWith() puts its extra lines from line 5 on.
const FIRST_LINE = 5;

describe("mx-not-covered (RFC 8461 §4.1 MX host validation)", () => {
  it("RFC 8461 §5 enforce: an uncovered MX host is an error naming the host, the patterns and the mx line to add", () => {
    const findings = lintWith(rule, {
      policy: policyText("enforce", "mx1.example.net"),
      zone: zoneWith("@ IN MX 10 mx1.example.net.", "@ IN MX 20 mx2.example.net."),
    });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("mx-not-covered");
    expect(f.severity).toBe("error");
    expect(f.domain).toBe("example.com");
    expect(f.area).toBe("mx");
    expect(f.location.file).toBe("zones/example.com.zone");
    expect(f.location.span?.line).toBe(FIRST_LINE + 1);
    expect(f.location.span?.column).toBe(1);
    expect(f.message).toContain('"mx2.example.net"');
    expect(f.message).toContain('"mx1.example.net"');
    expect(f.message).toContain("Google");
    expect(f.message).toContain("validation-failure");
    expect(f.message).toContain("_mta-sts");
    expect(f.message).toContain("id");
    expect(f.fix).toBe("mx: mx2.example.net");
  });

  it("RFC 8461 §5 testing: the same gap is a warning (senders deliver but report validation-failure)", () => {
    const findings = lintWith(rule, {
      policy: policyText("testing", "mx1.example.net"),
      zone: zoneWith("@ IN MX 20 mx2.example.net."),
    });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["mx-not-covered", "warning"]]);
    expect(findings[0].message).toContain("mode testing");
    expect(findings[0].message).toContain("validation-failure");
  });

  it("RFC 8461 §4.1: a wildcard covers exactly one left-most label, so *.example.net does not cover a.b.example.net", () => {
    const findings = lintWith(rule, {
      policy: policyText("enforce", "*.example.net"),
      zone: zoneWith("@ IN MX 10 mx1.example.net.", "@ IN MX 20 a.b.example.net."),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].location.span?.line).toBe(FIRST_LINE + 1);
    expect(findings[0].message).toContain("exactly one left-most label");
    expect(findings[0].fix).toBe("mx: a.b.example.net");
  });

  it("RFC 8461 §4.1: *.example.net does not cover example.net itself", () => {
    const findings = lintWith(rule, {
      domain: "example.com",
      policy: policyText("enforce", "*.example.net"),
      zone: zoneWith("@ IN MX 10 example.net."),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("does not cover the name itself");
    expect(findings[0].fix).toBe("mx: example.net");
  });

  it("a plain pattern is not a suffix: mx: example.net does not cover mail.example.net", () => {
    const findings = lintWith(rule, {
      policy: policyText("enforce", "example.net"),
      zone: zoneWith("@ IN MX 10 mail.example.net."),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('without "*."');
  });

  it("RFC 8461 §4.1: a wildcard covering one label, and a case/trailing-dot difference, are covered", () => {
    const findings = lintWith(rule, {
      policy: policyText("enforce", "*.example.net", "MX.Example.ORG"),
      zone: zoneWith("@ IN MX 10 mx1.example.net.", "@ IN MX 20 mx.example.org."),
    });
    expect(findings).toEqual([]);
  });

  it("rules.md Names: a zone MX host written as a U-label is matched as its A-label", () => {
    const covered = lintWith(rule, {
      policy: policyText("enforce", "xn--mil-qla.example.net"),
      zone: zoneWith("@ IN MX 10 mäil.example.net."),
    });
    expect(covered).toEqual([]);

    const uncovered = lintWith(rule, {
      policy: policyText("enforce", "mx1.example.net"),
      zone: zoneWith("@ IN MX 10 mäil.example.net."),
    });
    expect(uncovered).toHaveLength(1);
    expect(uncovered[0].message).toContain("xn--mil-qla.example.net");
    // U-labels in the policy are policy-mx-invalid: the fix is the A-label.
    expect(uncovered[0].fix).toBe("mx: xn--mil-qla.example.net");
  });

  it("rules.md Mode none: a policy in mode none changes no delivery, so nothing fires", () => {
    const findings = lintWith(rule, {
      policy: policyText("none", "mx1.example.net"),
      zone: zoneWith("@ IN MX 20 mx2.example.net."),
    });
    expect(findings).toEqual([]);
  });

  it("rules.md One root cause: a null MX is not an MX host", () => {
    const findings = lintWith(rule, {
      policy: policyText("enforce", "mx1.example.net"),
      zone: zoneWith("@ IN MX 0 ."),
    });
    expect(findings).toEqual([]);
  });

  it("a policy without mx lines is policy-mx-required's finding, not one per host", () => {
    const findings = lintWith(rule, {
      policy: policyText("enforce"),
      zone: zoneWith("@ IN MX 10 mx1.example.net."),
    });
    expect(findings).toEqual([]);
  });

  it("an exchange written as an IP address is mx-target-invalid's finding", () => {
    const findings = lintWith(rule, {
      policy: policyText("enforce", "mx1.example.net"),
      zone: zoneWith("@ IN MX 10 192.0.2.25."),
    });
    expect(findings).toEqual([]);
  });

  it("needs both a policy and a zone", () => {
    expect(lintWith(rule, { policy: policyText("enforce", "mx1.example.net") })).toEqual([]);
    expect(lintWith(rule, { zone: zoneWith("@ IN MX 10 mx2.example.net.") })).toEqual([]);
  });

  it("only MX records at the policy domain count, not those of subdomains", () => {
    const findings = lintWith(rule, {
      policy: policyText("enforce", "mx1.example.net"),
      zone: zoneWith("@ IN MX 10 mx1.example.net.", "lists IN MX 10 other.example.org."),
    });
    expect(findings).toEqual([]);
  });

  it("real-world slip: an exchange without its trailing dot gets the origin appended; the fix is the corrected record", () => {
    const findings = lintWith(rule, {
      policy: policyText("enforce", "mail.example.com"),
      zone: zoneWith("@ 3600 IN MX 10 mail.example.com"),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].message).toContain('"mail.example.com.example.com"');
    expect(findings[0].message).toContain("trailing dot");
    expect(findings[0].fix).toBe("example.com. 3600 IN MX 10 mail.example.com.");
  });
});
