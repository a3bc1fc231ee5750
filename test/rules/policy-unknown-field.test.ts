import { describe, expect, it } from "vitest";
import { likelyIntendedField } from "../../src/model/field-names.js";
import { editDistance } from "../../src/model/text-similarity.js";
import { rule } from "../../src/rules/policy-unknown-field.js";
import { lintWith } from "../helpers/lint.js";

const BASE = "version: STSv1\nmode: enforce\nmx: mx.example.net\nmax_age: 604800\n";

describe("policy-unknown-field (RFC 8461 §3.2: unknown fields are ignored)", () => {
  it("nmx is a likely typo of mx: a warning at the name with the corrected line", () => {
    const findings = lintWith(rule, { policy: `${BASE}nmx: backup.example.net\n` });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("policy-unknown-field");
    expect(f.severity).toBe("warning");
    expect(f.location.span).toMatchObject({ line: 5, column: 1, endColumn: 4 });
    expect(f.message).toContain('looks like "mx"');
    expect(f.message).toContain("validation-failure");
    expect(f.fix).toBe("mx: backup.example.net");
  });

  it("Mode as the only mode line: the policy has no mode, strict senders reject it", () => {
    const findings = lintWith(rule, {
      policy: "version: STSv1\nMode: enforce\nmx: mx.example.net\nmax_age: 604800\n",
    });
    expect(findings[0].severity).toBe("warning");
    expect(findings[0].message).toContain('has no "mode"');
    expect(findings[0].fix).toBe("mode: enforce");
  });

  it("Jekyll leftovers (corpus 041, 054) are extension fields: notices", () => {
    const findings = lintWith(rule, {
      policy: `layout: none\npermalink: /.well-known/mta-sts.txt\n${BASE}`,
    });
    expect(findings.map((f) => [f.severity, f.location.span?.line])).toEqual([
      ["notice", 1],
      ["notice", 2],
    ]);
    expect(findings[0].message).toContain('"layout" is not a field of RFC 8461');
    expect(findings[0].fix).toBeUndefined();
  });

  it("rules.md 'Likely typos': case, - and _ ignored; distance 1 of mode/mx, 2 of version/max_age", () => {
    expect(likelyIntendedField("Mode")).toBe("mode");
    expect(likelyIntendedField("max-age")).toBe("max_age");
    expect(likelyIntendedField("MaxAge")).toBe("max_age");
    expect(likelyIntendedField("MX")).toBe("mx");
    expect(likelyIntendedField("more")).toBe("mode");
    expect(likelyIntendedField("nmx")).toBe("mx");
    expect(likelyIntendedField("verison")).toBe("version");
    expect(likelyIntendedField("vresoin")).toBe("version");
    expect(likelyIntendedField("max_aeg")).toBe("max_age");
    expect(likelyIntendedField("maxag")).toBe("max_age");
    // Not typos: farther away, or the known names themselves.
    expect(likelyIntendedField("id")).toBeUndefined();
    expect(likelyIntendedField("modes_x")).toBeUndefined();
    expect(likelyIntendedField("layout")).toBeUndefined();
    expect(likelyIntendedField("mode")).toBeUndefined();
    expect(editDistance("mdoe", "mode")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("the four known fields never fire, even indented (recovered)", () => {
    expect(lintWith(rule, { policy: BASE })).toEqual([]);
    expect(
      lintWith(rule, { policy: "  version: STSv1\n  mode: none\n  max_age: 86400\n" }),
    ).toEqual([]);
  });
});

describe("policy-unknown-field next to the real field", () => {
  it("suggests removing a misspelt line when the field is already set (renaming would duplicate it)", () => {
    const findings = lintWith(rule, {
      policy: "version: STSv1\nmode: enforce\nMode: testing\nmx: mx.example.com\nmax_age: 604800\n",
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].location.span?.line).toBe(3);
    expect(findings[0].fix).toBeUndefined();
    expect(findings[0].message).toContain('already sets "mode" on line 2; remove this line');
  });
});
