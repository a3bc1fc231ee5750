import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/policy-max-age-short.js";
import { lintWith } from "../helpers/lint.js";

const policy = (mode: string, maxAge: string) =>
  `version: STSv1\nmode: ${mode}\nmx: mx.example.net\nmax_age: ${maxAge}\n`;

describe("policy-max-age-short (RFC 8461 §3.2: max_age in the range of weeks)", () => {
  it("corpus 026: max_age 3600 in testing is a warning at the value", () => {
    // Real-world policy 026 puts max_age before the mx lines.
    const text =
      "version: STSv1\nmode: testing\nmax_age: 3600\nmx: aspmx.l.google.com\nmx: *.aspmx.l.google.com\n";
    const findings = lintWith(rule, { policy: text });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("policy-max-age-short");
    expect(f.severity).toBe("warning");
    expect(f.location.span).toMatchObject({ line: 3, column: 10, endColumn: 14 });
    expect(f.message).toContain("1 hour");
    expect(f.message).toContain("under one day");
    expect(f.fix).toBe("max_age: 86400");
  });

  it("corpus 006: 60480 (a week missing a digit) in testing is a warning", () => {
    const findings = lintWith(rule, { policy: policy("testing", "60480") });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("warning");
    expect(findings[0].message).toContain("16 hours 48 minutes");
  });

  it("under a day in enforce is a warning suggesting a week", () => {
    const findings = lintWith(rule, { policy: policy("enforce", "3600") });
    expect(findings[0].severity).toBe("warning");
    expect(findings[0].fix).toBe("max_age: 604800");
  });

  it("a day to a week in enforce is a notice; 604799 still is", () => {
    for (const v of ["86400", "604799"]) {
      const findings = lintWith(rule, { policy: policy("enforce", v) });
      expect(findings).toHaveLength(1);
      expect(findings[0].severity).toBe("notice");
      expect(findings[0].message).toContain("shorter than a week");
    }
  });

  it("does not fire: a week in enforce, a day in testing, any value in mode none, an invalid mode", () => {
    expect(lintWith(rule, { policy: policy("enforce", "604800") })).toEqual([]);
    expect(lintWith(rule, { policy: policy("testing", "86400") })).toEqual([]);
    expect(lintWith(rule, { policy: policy("none", "60") })).toEqual([]);
    expect(lintWith(rule, { policy: policy("live", "60") })).toEqual([]);
    expect(lintWith(rule, { policy: policy("enforce", "1w") })).toEqual([]);
  });
});
