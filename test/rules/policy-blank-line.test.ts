import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/policy-blank-line.js";
import { lintWith } from "../helpers/lint.js";

describe("policy-blank-line (RFC 8461 §3.2: no empty lines)", () => {
  it("corpus 059: a policy starting with an empty line is a warning at line 1", () => {
    const policy =
      "\nversion: STSv1\nmode: enforce\nmx: mail.protonmail.ch\nmx: mailsec.protonmail.ch\nmax_age: 1209600";
    const findings = lintWith(rule, { policy });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("policy-blank-line");
    expect(f.severity).toBe("warning");
    expect(f.location.span).toMatchObject({ line: 1, column: 1 });
    expect(f.message).toContain("empty line");
  });

  it("more than one final line end is a warning at the extra line", () => {
    const findings = lintWith(rule, { policy: "version: STSv1\nmode: none\nmax_age: 86400\n\n" });
    expect(findings).toHaveLength(1);
    expect(findings[0].location.span?.line).toBe(4);
    expect(findings[0].message).toContain("more than one line end");
  });

  it("one final line end, or none, is fine", () => {
    expect(lintWith(rule, { policy: "version: STSv1\nmode: none\nmax_age: 86400\n" })).toEqual([]);
    expect(lintWith(rule, { policy: "version: STSv1\nmode: none\nmax_age: 86400" })).toEqual([]);
  });
});
