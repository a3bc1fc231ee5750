import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/policy-mx-required.js";
import { lintWith } from "../helpers/lint.js";

describe("policy-mx-required (RFC 8461 §3.2: mx required unless mode none)", () => {
  it("enforce without mx is an error at the mode value", () => {
    const findings = lintWith(rule, { policy: "version: STSv1\nmode: enforce\nmax_age: 604800\n" });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("policy-mx-required");
    expect(f.severity).toBe("error");
    expect(f.location.span).toMatchObject({ line: 2, column: 7, endColumn: 14 });
    expect(f.message).toContain('at least one "mx" line');
    expect(f.message).toContain("mail.example.com");
    expect(f.message).toContain("sts-policy-invalid");
  });

  it("testing with only a misspelt nmx line points at it and fixes the name", () => {
    const findings = lintWith(rule, {
      policy: "version: STSv1\nmode: testing\nnmx: mx.example.net\nmax_age: 86400\n",
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].location.span).toMatchObject({ line: 3, column: 1, endColumn: 4 });
    expect(findings[0].fix).toBe("mx: mx.example.net");
  });

  it("does not fire for mode none, a policy with mx, an indented mx, or an invalid mode", () => {
    expect(lintWith(rule, { policy: "version: STSv1\nmode: none\nmax_age: 86400\n" })).toEqual([]);
    expect(
      lintWith(rule, { policy: "version: STSv1\nmode: enforce\nmx: .\nmax_age: 86400\n" }),
    ).toEqual([]);
    expect(
      lintWith(rule, {
        policy: "version: STSv1\nmode: enforce\n  mx: a.example.net\nmax_age: 86400\n",
      }),
    ).toEqual([]);
    expect(lintWith(rule, { policy: "version: STSv1\nmode: live\nmax_age: 86400\n" })).toEqual([]);
  });
});
