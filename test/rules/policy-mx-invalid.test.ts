import { describe, expect, it } from "vitest";
import { checkMxPattern } from "../../src/model/mx-pattern.js";
import { rule } from "../../src/rules/policy-mx-invalid.js";
import { lintWith } from "../helpers/lint.js";

const withMx = (...mx: string[]) =>
  `version: STSv1\nmode: enforce\n${mx.map((m) => `mx: ${m}\n`).join("")}max_age: 604800\n`;

describe('policy-mx-invalid (RFC 8461 §3.2: mx value is ["*."] Domain)', () => {
  it("corpus 023: mx . is an error at the value that names the null MX", () => {
    const policy = "version: STSv1\r\nmode: testing\r\nmax_age: 86401\r\nmx: .";
    const findings = lintWith(rule, { policy });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("policy-mx-invalid");
    expect(f.severity).toBe("error");
    expect(f.location.span).toMatchObject({ line: 4, column: 5, endColumn: 6 });
    expect(f.message).toContain("null MX");
    expect(f.message).toContain("mode testing");
    expect(f.message).toContain('"mode: none"');
    expect(f.fix).toBeUndefined();
  });

  it("corpus 042: a template host with an underscore is an error, named as a template", () => {
    const policy =
      "version: STSv1\nmode: testing\nmx: mx1.your_domain.tld      # 2. Add your primary mailserver\nmax_age: 604800\n";
    const findings = lintWith(rule, { policy });
    expect(findings).toHaveLength(1);
    expect(findings[0].location.span).toMatchObject({ line: 3, column: 5, endColumn: 24 });
    expect(findings[0].message).toContain('"_" is not allowed');
    expect(findings[0].message).toContain("template");
  });

  it("a trailing dot is fixed by removing it", () => {
    const findings = lintWith(rule, { policy: withMx("mail.example.com.") });
    expect(findings[0].message).toContain("ends with a dot");
    expect(findings[0].fix).toBe("mx: mail.example.com");
  });

  it("RFC 8461 §3.2 IDN: a U-label gets the A-label", () => {
    const findings = lintWith(rule, { policy: withMx("*.bücher.example") });
    expect(findings[0].message).toContain("A-label");
    expect(findings[0].fix).toBe("mx: *.xn--bcher-kva.example");
  });

  it("two names on one line get one line each, in the policy's line ends", () => {
    const findings = lintWith(rule, {
      policy:
        "version: STSv1\r\nmode: enforce\r\nmx: a.example.net, b.example.net\r\nmax_age: 604800\r\n",
    });
    expect(findings[0].fix).toBe("mx: a.example.net\r\nmx: b.example.net");
  });

  it("RFC 8461 §4.1: a misplaced wildcard, an IP address, an empty or long label have no fix", () => {
    for (const value of [
      "*",
      "mail.*.example.com",
      "*mail.example.com",
      "192.0.2.25",
      "mail..example.com",
      `${"a".repeat(64)}.example.com`,
    ]) {
      const findings = lintWith(rule, { policy: withMx(value) });
      expect(findings, value).toHaveLength(1);
      expect(findings[0].fix, value).toBeUndefined();
    }
  });

  it("valid patterns do not fire: corpus 005 upper case, wildcards, corpus 053's apex host", () => {
    expect(
      lintWith(rule, {
        policy: withMx(
          "SMTP.GOOGLE.COM",
          "*.mail.protection.outlook.com",
          "noclocks.dev",
          "mx-1.example.net",
        ),
      }),
    ).toEqual([]);
  });

  it("checkMxPattern names every problem and only repairs mechanical ones", () => {
    expect(checkMxPattern("mail.example.com").problems).toEqual([]);
    expect(checkMxPattern("https://mail.example.com/").corrected).toEqual(["mail.example.com"]);
    expect(checkMxPattern("mail.example.com:25").corrected).toEqual(["mail.example.com"]);
    expect(checkMxPattern("-mail.example.com").problems[0]).toContain('starts or ends with "-"');
    expect(checkMxPattern("mail_1.example.com").corrected).toBeUndefined();
  });
});
