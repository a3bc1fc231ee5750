import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/policy-mode.js";
import { lintWith } from "../helpers/lint.js";

describe("policy-mode (RFC 8461 §3.2: enforce, testing or none)", () => {
  it("corpus 024: mode live is an error at the value, listing the valid modes", () => {
    const policy = "version: STSv1\nmode: live\nmx: api1.cyberfear.com\nmax_age: 86400\n";
    const findings = lintWith(rule, { policy });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("policy-mode");
    expect(f.severity).toBe("error");
    expect(f.location.span).toMatchObject({ line: 2, column: 7, endColumn: 11 });
    expect(f.message).toContain('"live"');
    expect(f.message).toContain('"enforce"');
    expect(f.message).toContain("sts-policy-invalid");
    expect(f.fix).toBeUndefined();
  });

  it("corpus 042: a template placeholder with a trailing comment is named as a placeholder", () => {
    const policy =
      "version: STSv1\nmode: [enforce|testing|none] # 1. Decide your mode.\nmx: mx1.example.net\nmax_age: 604800\n";
    const findings = lintWith(rule, { policy });
    expect(findings).toHaveLength(1);
    expect(findings[0].location.span).toMatchObject({ line: 2, column: 7 });
    expect(findings[0].message).toContain("template placeholder");
  });

  it("case matters (%s-strings in the ABNF): Enforce gets the lowercase fix", () => {
    const findings = lintWith(rule, {
      policy: "version: STSv1\nmode: Enforce\nmx: mx.example.net\nmax_age: 604800\n",
    });
    expect(findings[0].fix).toBe("mode: enforce");
  });

  it("a missing mode is an error at the start of the policy", () => {
    const findings = lintWith(rule, { policy: "version: STSv1\nmx: mx.example.net\nmax_age: 1\n" });
    expect(findings).toHaveLength(1);
    expect(findings[0].location.span).toMatchObject({ line: 1, column: 1 });
    expect(findings[0].message).toContain('no "mode" field');
  });

  it("a mode written Mode: points at that line with the corrected line", () => {
    const findings = lintWith(rule, { policy: "version: STSv1\nMode: testing\nmax_age: 86400\n" });
    expect(findings[0].location.span).toMatchObject({ line: 2, column: 1 });
    expect(findings[0].fix).toBe("mode: testing");
  });

  it("the three valid modes, including corpus 066's trailing space, do not fire", () => {
    for (const mode of ["enforce", "testing", "none", "testing "]) {
      expect(lintWith(rule, { policy: `version: STSv1\nmode: ${mode}\nmax_age: 86400\n` })).toEqual(
        [],
      );
    }
  });
});
