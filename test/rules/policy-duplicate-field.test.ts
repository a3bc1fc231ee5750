import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/policy-duplicate-field.js";
import { lintWith } from "../helpers/lint.js";

describe("policy-duplicate-field (RFC 8461 §3.2: non-mx fields once, first wins)", () => {
  it("a repeated mode with a different value is an error at the repeated line", () => {
    const findings = lintWith(rule, {
      policy: "version: STSv1\nmode: enforce\nmx: mx.example.net\nmax_age: 604800\nmode: testing\n",
    });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("policy-duplicate-field");
    expect(f.severity).toBe("error");
    expect(f.location.span).toMatchObject({ line: 5, column: 1, endColumn: 14 });
    expect(f.message).toContain('line 2 says "enforce"');
    expect(f.message).toContain("postfix-mta-sts-resolver uses the last");
  });

  it("a repeated field with the same value is a warning", () => {
    const findings = lintWith(rule, {
      policy: "version: STSv1\nmode: none\nmax_age: 86400\nmax_age: 86400\n",
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("warning");
    expect(findings[0].location.span?.line).toBe(4);
    expect(findings[0].message).toContain("same value as line 3");
  });

  it("mx repeats by design, and Mode is another (unknown) field than mode", () => {
    expect(
      lintWith(rule, {
        policy:
          "version: STSv1\nmode: enforce\nMode: testing\nmx: a.example.net\nmx: a.example.net\nmax_age: 604800\n",
      }),
    ).toEqual([]);
  });
});
