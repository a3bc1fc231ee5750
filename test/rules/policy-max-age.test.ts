import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/policy-max-age.js";
import { lintWith } from "../helpers/lint.js";

const HEAD = "version: STSv1\nmode: enforce\nmx: mx.example.net\n";

describe("policy-max-age (RFC 8461 §3.2: 1*10 DIGIT, at most 31557600)", () => {
  it("a value with a unit is an error at the value, the fix gives seconds", () => {
    const findings = lintWith(rule, { policy: `${HEAD}max_age: 1w\n` });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("policy-max-age");
    expect(f.severity).toBe("error");
    expect(f.location.span).toMatchObject({ line: 4, column: 10, endColumn: 12 });
    expect(f.message).toContain("not plain seconds");
    expect(f.message).toContain("sts-policy-invalid");
    expect(f.fix).toBe("max_age: 604800");
  });

  it("above 31557600 is an error; postfix-mta-sts-resolver rejects it; the fix is the limit", () => {
    const findings = lintWith(rule, { policy: `${HEAD}max_age: 31557601\n` });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("31557600");
    expect(findings[0].fix).toBe("max_age: 31557600");
  });

  it("more than 10 digits is an error", () => {
    const findings = lintWith(rule, { policy: `${HEAD}max_age: 00000000086400\n` });
    expect(findings[0].message).toContain("more than 10 digits");
  });

  it("a negative value has no computable fix", () => {
    const findings = lintWith(rule, { policy: `${HEAD}max_age: -1\n` });
    expect(findings).toHaveLength(1);
    expect(findings[0].fix).toBeUndefined();
  });

  it("a missing max_age is an error at the start of the policy", () => {
    const findings = lintWith(rule, { policy: HEAD });
    expect(findings).toHaveLength(1);
    expect(findings[0].location.span).toMatchObject({ line: 1, column: 1 });
    expect(findings[0].message).toContain('no "max_age" field');
  });

  it("max-age written with a hyphen points at that line", () => {
    const findings = lintWith(rule, { policy: `${HEAD}max-age: 86400\n` });
    expect(findings[0].location.span).toMatchObject({ line: 4, column: 1 });
    expect(findings[0].fix).toBe("max_age: 86400");
  });

  it("0, the limit and corpus 042's value before its comment are valid", () => {
    for (const v of ["0", "31557600", "604800              # 4. one week"]) {
      expect(lintWith(rule, { policy: `${HEAD}max_age: ${v}\n` })).toEqual([]);
    }
  });
});
