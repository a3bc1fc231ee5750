import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/policy-version.js";
import { lintWith } from "../helpers/lint.js";

const REST = "mode: enforce\nmx: mx.example.net\nmax_age: 604800\n";

describe("policy-version (RFC 8461 §3.2: version STSv1, required once)", () => {
  it("a wrong-case value is an error at the value, with the corrected line", () => {
    const findings = lintWith(rule, { policy: `version: STSV1\n${REST}` });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("policy-version");
    expect(f.severity).toBe("error");
    expect(f.location.span).toMatchObject({ line: 1, column: 10, endColumn: 15 });
    expect(f.message).toContain('"STSV1"');
    expect(f.message).toContain("case-sensitive");
    expect(f.message).toContain("sts-policy-invalid");
    expect(f.fix).toBe("version: STSv1");
  });

  it("a missing version is an error at the start, the fix inserts the line", () => {
    const findings = lintWith(rule, { policy: REST });
    expect(findings).toHaveLength(1);
    expect(findings[0].location.span).toMatchObject({ line: 1, column: 1, endColumn: 1 });
    expect(findings[0].message).toContain('no "version" field');
    expect(findings[0].fix).toBe("version: STSv1\n");
  });

  it("a misspelt version line is named: the finding points at it", () => {
    const findings = lintWith(rule, { policy: `mode: enforce\nVersion: STSv1\n` });
    expect(findings).toHaveLength(1);
    expect(findings[0].location.span).toMatchObject({ line: 2, column: 1 });
    expect(findings[0].message).toContain('"Version"');
  });

  it("corpus 012: trailing whitespace after STSv1 is allowed by the ABNF (*WSP)", () => {
    expect(lintWith(rule, { policy: `version: STSv1 \n${REST}` })).toEqual([]);
  });

  it("an indented (recovered) version line still counts: one mistake, one finding", () => {
    expect(lintWith(rule, { policy: `  version: STSv1\n${REST}` })).toEqual([]);
  });

  it("first-wins: a later wrong version is policy-duplicate-field's business", () => {
    expect(lintWith(rule, { policy: `version: STSv1\n${REST}version: STSv2\n` })).toEqual([]);
  });
});
