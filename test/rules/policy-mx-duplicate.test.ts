import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/policy-mx-duplicate.js";
import { lintWith } from "../helpers/lint.js";

describe("policy-mx-duplicate (RFC 8461 §3.2 mx patterns)", () => {
  it("corpus 038: the same indented mx twice is a notice at the repeated field", () => {
    const policy =
      "      version: STSv1\n      mode: testing\n      mx: mail.tutanota.de\n      mx: mail.tutanota.de\n      max_age: 604800\n";
    const findings = lintWith(rule, { policy });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("policy-mx-duplicate");
    expect(f.severity).toBe("notice");
    expect(f.location.span).toMatchObject({ line: 4, column: 7, endColumn: 27 });
    expect(f.message).toContain("repeats line 3");
    expect(f.message).toContain("Delete line 4");
  });

  it("patterns compare as lowercase names without the trailing dot (RFC 8461 §4.1)", () => {
    const findings = lintWith(rule, {
      policy:
        "version: STSv1\nmode: enforce\nmx: mail.example.com\nmx: MAIL.Example.com.\nmax_age: 604800\n",
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].location.span?.line).toBe(4);
    expect(findings[0].message).toContain('("mail.example.com")');
  });

  it("different hosts, and a host next to a wildcard covering it, are not duplicates", () => {
    // Real-world policy 053: "noclocks.dev" and "*.noclocks.dev" are different patterns.
    const policy =
      "version: STSv1\nmode: testing\nmx: noclocks.dev\nmx: *.noclocks.dev\nmx: send.noclocks.dev\nmax_age: 604800\n";
    expect(lintWith(rule, { policy, domain: "noclocks.dev" })).toEqual([]);
  });
});
