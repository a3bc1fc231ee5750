import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/config-invalid.js";
import { lintModels } from "../helpers/lint.js";

const LOCATION = {
  file: ".mta-sts-lint.yml",
  span: { line: 4, column: 5, endLine: 4, endColumn: 13 },
};

describe("config-invalid (rules.md Partly usable config entries)", () => {
  it("an unknown key of a domain entry is an error at its line, naming the domain", () => {
    const findings = lintModels(
      rule,
      [],
      [
        {
          message: 'unknown key "zonefile" (did you mean "zone"?)',
          location: LOCATION,
          domain: "example.com",
        },
      ],
    );
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("config-invalid");
    expect(f.severity).toBe("error");
    expect(f.domain).toBe("example.com");
    expect(f.area).toBeUndefined();
    expect(f.location).toEqual(LOCATION);
    expect(f.message).toContain('unknown key "zonefile" (did you mean "zone"?).');
    expect(f.message).toContain("ignores this setting");
  });

  it("a run-wide problem (an unknown rule ID) carries no domain, and a final period is not doubled", () => {
    const findings = lintModels(
      rule,
      [],
      [{ message: 'unknown rule ID "tlsrpt-mising".', location: { file: ".mta-sts-lint.yml" } }],
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].domain).toBeUndefined();
    expect(findings[0].message.startsWith('unknown rule ID "tlsrpt-mising". The linter')).toBe(
      true,
    );
  });

  it("reports once per issue, even with several domains, and nothing without issues", () => {
    const domains = [
      { name: "example.com", problems: [] },
      { name: "example.org", problems: [] },
    ];
    expect(
      lintModels(rule, domains, [{ message: "timeout must be a number", location: {} }]),
    ).toHaveLength(1);
    expect(lintModels(rule, domains, [])).toEqual([]);
  });
});
