import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/policy-syntax.js";
import { lintWith } from "../helpers/lint.js";

describe("policy-syntax (RFC 8461 §3.2 ABNF)", () => {
  it("corpus 038: indented lines are errors at the indentation, with the corrected line", () => {
    // Real-world policy 038 (every line indented by six spaces).
    const policy =
      "      version: STSv1\n      mode: testing\n      mx: mail.tutanota.de\n      mx: mail.tutanota.de\n      max_age: 604800\n";
    const findings = lintWith(rule, { policy });
    expect(findings).toHaveLength(5);
    const [first] = findings;
    expect(first.rule).toBe("policy-syntax");
    expect(first.severity).toBe("error");
    expect(first.area).toBe("policy");
    expect(first.location.file).toBe("mta-sts.txt");
    expect(first.location.span).toMatchObject({ line: 1, column: 1, endColumn: 7 });
    expect(first.message).toContain("postfix-mta-sts-resolver");
    expect(findings[1].fix).toBe("mode: testing");
  });

  it("corpus 052: prose instead of a policy gives one error per line without a colon", () => {
    const policy =
      "Nature's Infusions – MTA-STS Policy\n\nThis static website does not provide email services or accept SMTP connections.\n";
    const findings = lintWith(rule, { policy });
    expect(findings.map((f) => f.location.span?.line)).toEqual([1, 3]);
    expect(findings[0].message).toContain('no ":"');
  });

  it("RFC 8461 §3.2 with errata 6253: LF and CRLF policies are clean", () => {
    expect(
      lintWith(rule, {
        policy: "version: STSv1\nmode: enforce\nmx: mx.example.net\nmax_age: 604800\n",
      }),
    ).toEqual([]);
    expect(
      lintWith(rule, {
        policy: "version: STSv1\r\nmode: enforce\r\nmx: mx.example.net\r\nmax_age: 604800",
      }),
    ).toEqual([]);
  });

  it("an empty line is policy-blank-line, not a syntax error", () => {
    expect(lintWith(rule, { policy: "version: STSv1\n\nmode: none\nmax_age: 86400\n" })).toEqual(
      [],
    );
  });
});
