import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/policy-mode-none.js";
import { lintWith } from "../helpers/lint.js";

describe("policy-mode-none (RFC 8461 §8.3: removal with a small max_age)", () => {
  it("corpus 013: mode none with max_age 604800 is a warning at max_age", () => {
    const policy =
      "version: STSv1\nmode: none\nmx: mx1.privateemail.com\nmx: mx2.privateemail.com\nmax_age: 604800\n";
    const findings = lintWith(rule, { policy });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("policy-mode-none");
    expect(f.severity).toBe("warning");
    expect(f.location.span).toMatchObject({ line: 5, column: 10, endColumn: 16 });
    expect(f.message).toContain("7 days");
    expect(f.message).toContain("§8.3");
    expect(f.fix).toBe("max_age: 86400");
  });

  it("does not fire at 86400 or below, nor for other modes", () => {
    expect(lintWith(rule, { policy: "version: STSv1\nmode: none\nmax_age: 86400\n" })).toEqual([]);
    expect(lintWith(rule, { policy: "version: STSv1\nmode: none\nmax_age: 600\n" })).toEqual([]);
    expect(
      lintWith(rule, {
        policy: "version: STSv1\nmode: enforce\nmx: a.example.net\nmax_age: 604800\n",
      }),
    ).toEqual([]);
  });
});
