import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/policy-mx-wildcard-broad.js";
import { lintWith } from "../helpers/lint.js";

describe("policy-mx-wildcard-broad (RFC 8461 §10.4: weak policy constraints)", () => {
  it("corpus 053: *.noclocks.dev in the policy of noclocks.dev is a notice at the pattern", () => {
    const policy =
      "version: STSv1\nmode: testing\nmx: noclocks.dev\nmx: *.noclocks.dev\nmx: send.noclocks.dev\nmax_age: 604800\n";
    const findings = lintWith(rule, { policy, domain: "noclocks.dev" });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("policy-mx-wildcard-broad");
    expect(f.severity).toBe("notice");
    expect(f.domain).toBe("noclocks.dev");
    expect(f.location.span).toMatchObject({ line: 4, column: 5, endColumn: 19 });
    expect(f.message).toContain("§10.4");
    expect(f.message).toContain("dhcp-123.noclocks.dev");
  });

  it("the comparison ignores case and a trailing dot", () => {
    const findings = lintWith(rule, {
      policy: "version: STSv1\nmode: enforce\nmx: *.Example.COM.\nmax_age: 604800\n",
    });
    expect(findings).toHaveLength(1);
  });

  it("does not fire for a provider's wildcard, a deeper wildcard, or the same pattern for another domain", () => {
    const policy =
      "version: STSv1\nmode: enforce\nmx: *.mail.protection.outlook.com\nmx: *.mx.example.com\nmx: *.noclocks.dev\nmax_age: 604800\n";
    expect(lintWith(rule, { policy, domain: "example.com" })).toEqual([]);
  });
});
