import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/policy-mode-testing.js";
import { lintWith } from "../helpers/lint.js";

describe("policy-mode-testing (RFC 8461 §5: testing reports, does not enforce)", () => {
  it("mode testing is a notice at the mode value", () => {
    const findings = lintWith(rule, {
      policy: "version: STSv1\nmode: testing\nmx: mx.example.net\nmax_age: 86400\n",
    });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("policy-mode-testing");
    expect(f.severity).toBe("notice");
    expect(f.location.span).toMatchObject({ line: 2, column: 7, endColumn: 14 });
    expect(f.message).toContain("still deliver");
    expect(f.message).toContain('"mode: enforce"');
  });

  it("does not fire for enforce, none, an invalid Testing, or a second testing after enforce", () => {
    for (const policy of [
      "version: STSv1\nmode: enforce\nmx: mx.example.net\nmax_age: 604800\n",
      "version: STSv1\nmode: none\nmax_age: 86400\n",
      "version: STSv1\nmode: Testing\nmx: mx.example.net\nmax_age: 86400\n",
      "version: STSv1\nmode: enforce\nmode: testing\nmx: mx.example.net\nmax_age: 604800\n",
    ]) {
      expect(lintWith(rule, { policy })).toEqual([]);
    }
  });
});
