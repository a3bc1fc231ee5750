/**
 * Policy-file vectors (RFC 8461 §3.2 ABNF, errata 6253) and the verdicts other
 * implementations' test suites encode (mox mtasts parse tests, postfix-mta-sts-resolver,
 * Stalwart), judged by rules.md: exact rule IDs with every rule running, and key positions.
 */
import { describe, expect, it } from "vitest";
import { lintAll, only, ruleIds, where } from "./vectors.js";

const V = "version: STSv1\n";
const policy = (mode: string, ...rest: string[]) => `${V}mode: ${mode}\n${rest.join("")}`;
const MX = "mx: mail.example.com\n";
const WEEK = "max_age: 604800\n";

interface Vector {
  name: string;
  body: string;
  ids: string[];
}

const valid: Vector[] = [
  {
    name: "RFC 8461 §3.2 example policy (domain example.com; *.example.net is not broad there)",
    body: `${V}mode: enforce\nmx: mail.example.com\nmx: *.example.net\nmx: backupmx.example.com\n${WEEK}`,
    ids: [],
  },
  {
    name: "CRLF line ends (§3.2 prose)",
    body: policy("enforce", MX, WEEK).replace(/\n/g, "\r\n"),
    ids: [],
  },
  {
    name: "LF line ends (errata 6253: sts-policy-term = LF / CRLF)",
    body: policy("enforce", MX, WEEK),
    ids: [],
  },
  {
    name: "LF and CRLF mixed (mox accepts both per line)",
    body: `version:STSv1\r\nmode:\tenforce\r\n${MX}${WEEK}`,
    ids: [],
  },
  {
    name: "no final line end ([sts-policy-term] is optional)",
    body: `${V}mode: enforce\n${MX}max_age: 604800`,
    ids: [],
  },
  {
    name: "no space after ':' (sts-policy-field-delim = \":\" *WSP)",
    body: "version:STSv1\nmode:enforce\nmx:mail.example.com\nmax_age:604800\n",
    ids: [],
  },
  {
    name: "tabs and spaces after ':' (mox: 'mx:  \\t\\t *.example.com')",
    body: `version:\tSTSv1\nmode: \t enforce\nmx:  \t\t mail.example.com\n${WEEK}`,
    ids: [],
  },
  {
    name: "trailing spaces and tabs after values (sts-policy-field *WSP)",
    body: `version: STSv1 \nmode: enforce\t\nmx: mail.example.com  \nmax_age: 604800 \n`,
    ids: [],
  },
  { name: "max_age of exactly 10 digits", body: `${V}mode: none\nmax_age: 0000086400\n`, ids: [] },
  {
    name: "max_age 31557600, the RFC maximum",
    body: policy("enforce", MX, "max_age: 31557600\n"),
    ids: [],
  },
  {
    name: "max_age 0 with mode none (1*10 DIGIT allows 0)",
    body: `${V}mode: none\nmax_age: 0\n`,
    ids: [],
  },
  {
    name: "mode none without mx (mx is required except for none)",
    body: `${V}mode: none\nmax_age: 86400\n`,
    ids: [],
  },
  { name: "mode none with an mx line", body: policy("none", MX, "max_age: 86400\n"), ids: [] },
  {
    name: "mx in upper case (Domain is case-insensitive)",
    body: policy("enforce", "mx: MAIL.EXAMPLE.COM\n", WEEK),
    ids: [],
  },
  {
    name: "mx with a 63-octet label",
    body: policy("enforce", `mx: ${"a".repeat(63)}.example.com\n`, WEEK),
    ids: [],
  },
  {
    name: "mx of one label (RFC 5321 Domain allows it)",
    body: policy("enforce", "mx: localhost\n", WEEK),
    ids: [],
  },
  { name: "fields in any order", body: `max_age: 604800\n${MX}mode: enforce\n${V}`, ids: [] },
];

const findings: Vector[] = [
  // Extension fields (sts-policy-extension): valid, ignored by senders; a notice at most.
  {
    name: "extension with UTF-8 and inner spaces (sts-policy-vchar includes UTF8-2..4)",
    body: `${V}mode: none\nmax_age: 86400\ncomment: café  naïve\n`,
    ids: ["policy-unknown-field"],
  },
  {
    name: "extension name of 32 characters",
    body: `${V}mode: none\nmax_age: 86400\n${"a".repeat(32)}: x\n`,
    ids: ["policy-unknown-field"],
  },
  {
    name: "extension value with ':' and '=' (vchar)",
    body: `${V}mode: none\nmax_age: 86400\nurl: https://example.com/?a=b\n`,
    ids: ["policy-unknown-field"],
  },
  {
    name: "extension name of 33 characters (mox: long extension name)",
    body: `${V}mode: none\nmax_age: 86400\n${"a".repeat(33)}: x\n`,
    ids: ["policy-syntax"],
  },
  {
    name: "extension name starting with '_' (mox: bad ext name)",
    body: `${V}mode: none\nmax_age: 86400\n_bad: test\n`,
    ids: ["policy-syntax"],
  },
  {
    name: "extension without value (mox: empty extension)",
    body: `${V}mode: none\nmax_age: 86400\next:\n`,
    ids: ["policy-syntax"],
  },
  {
    name: "'more' is one edit from 'mode' (rules.md likely typos; mox's 'more:ext e  ns ion')",
    body: `version:STSv1\r\nmode:\tenforce\r\nmx: mail.example.com\nmax_age: 604800\nmore:ext e  ns ion`,
    ids: ["policy-unknown-field"],
  },
  // Required fields (§3.2: version, mode, max_age once; mx unless mode none).
  {
    name: "empty body (mox: missing version)",
    body: "",
    ids: ["policy-max-age", "policy-mode", "policy-version"],
  },
  {
    name: "version STSv0 (mox)",
    body: "version: STSv0\nmode: none\nmax_age: 0\n",
    ids: ["policy-version"],
  },
  {
    name: "version STSv10 (mox)",
    body: "version: STSv10\nmode: none\nmax_age: 0\n",
    ids: ["policy-version"],
  },
  {
    name: 'version in the wrong case (%s"STSv1" is case-sensitive)',
    body: "version: stsv1\nmode: none\nmax_age: 0\n",
    ids: ["policy-version"],
  },
  { name: "no version (mox)", body: "max_age: 0\nmode: none\n", ids: ["policy-version"] },
  { name: "no mode (mox)", body: `${V}max_age: 0\nmx: mail.example.com\n`, ids: ["policy-mode"] },
  { name: "mode 'bad' (mox)", body: `${V}mode: bad\nmax_age: 86400\n`, ids: ["policy-mode"] },
  {
    name: 'mode Enforce (%s"enforce" is case-sensitive)',
    body: policy("Enforce", MX, WEEK),
    ids: ["policy-mode"],
  },
  { name: "no max_age (mox)", body: `${V}mode: none\n`, ids: ["policy-max-age"] },
  {
    name: "max_age of 11 digits (1*10 DIGIT; mox)",
    body: `${V}mode: none\nmax_age: 01234567890\n`,
    ids: ["policy-max-age"],
  },
  {
    name: "max_age 31557601, one above the maximum",
    body: policy("enforce", MX, "max_age: 31557601\n"),
    ids: ["policy-max-age"],
  },
  { name: "max_age 'a' (mox)", body: `${V}mode: none\nmax_age: a\n`, ids: ["policy-max-age"] },
  {
    name: "max_age with a unit (1w)",
    body: policy("enforce", MX, "max_age: 1w\n"),
    ids: ["policy-max-age"],
  },
  {
    name: "max_age with a sign (-1)",
    body: policy("enforce", MX, "max_age: -1\n"),
    ids: ["policy-max-age"],
  },
  {
    name: "mode enforce without mx (mox)",
    body: `${V}max_age: 604800\nmode: enforce\n`,
    ids: ["policy-mx-required"],
  },
  {
    name: "mode testing without mx (mox)",
    body: `${V}max_age: 604800\nmode: testing\n`,
    ids: ["policy-mode-testing", "policy-mx-required"],
  },
  // A bad value is its field's own finding, never also policy-syntax or "field missing".
  {
    name: "'version:' without value",
    body: `version:\nmode: enforce\n${MX}${WEEK}`,
    ids: ["policy-version"],
  },
  { name: "'mode:' without value", body: `${V}mode:\n${MX}${WEEK}`, ids: ["policy-mode"] },
  {
    name: "'max_age:' without value",
    body: policy("enforce", MX, "max_age:\n"),
    ids: ["policy-max-age"],
  },
  {
    name: "'mx:' without value, the only mx (mox: missing value)",
    body: policy("enforce", "mx:\n", WEEK),
    ids: ["policy-mx-invalid"],
  },
  {
    name: "'mx:' without value beside a valid mx",
    body: policy("enforce", MX, "mx: \n", WEEK),
    ids: ["policy-mx-invalid"],
  },
  // max_age lifetimes (rules.md policy-max-age-short, policy-mode-none).
  {
    name: "max_age 0 with mode enforce (mox accepts it; senders cache nothing)",
    body: policy("enforce", MX, "max_age: 0\n"),
    ids: ["policy-max-age-short"],
  },
  {
    name: "max_age 86400 with mode enforce: notice below a week",
    body: policy("enforce", MX, "max_age: 86400\n"),
    ids: ["policy-max-age-short"],
  },
  {
    name: "max_age 86400 with mode testing: nothing (notice is for enforce only)",
    body: policy("testing", MX, "max_age: 86400\n"),
    ids: ["policy-mode-testing"],
  },
  {
    name: "max_age 3600 with mode testing: warning",
    body: policy("testing", MX, "max_age: 3600\n"),
    ids: ["policy-max-age-short", "policy-mode-testing"],
  },
  {
    name: "mode none with a week's max_age (§8.3 wants a short one)",
    body: `${V}mode: none\n${WEEK}`,
    ids: ["policy-mode-none"],
  },
  // Repeated fields (§3.2: all but the first are ignored; senders differ).
  {
    name: "mode twice with the same value",
    body: policy("enforce", "mode: enforce\n", MX, WEEK),
    ids: ["policy-duplicate-field"],
  },
  {
    name: "mode twice with different values",
    body: policy("testing", "mode: enforce\n", MX, WEEK),
    ids: ["policy-duplicate-field", "policy-mode-testing"],
  },
  {
    name: "max_age twice with different values",
    body: policy("enforce", MX, WEEK, "max_age: 86400\n"),
    ids: ["policy-duplicate-field"],
  },
  {
    name: "the same mx twice, in another case",
    body: policy("enforce", MX, "mx: MAIL.example.com\n", WEEK),
    ids: ["policy-mx-duplicate"],
  },
  // Wrong field names (rules.md likely typos): the typo, and the missing field it leaves.
  {
    name: "Mode instead of mode",
    body: `${V}Mode: enforce\n${MX}${WEEK}`,
    ids: ["policy-mode", "policy-unknown-field"],
  },
  {
    name: "max-age instead of max_age",
    body: `${V}mode: enforce\n${MX}max-age: 604800\n`,
    ids: ["policy-max-age", "policy-unknown-field"],
  },
  {
    name: "nmx instead of mx",
    body: `${V}mode: enforce\nnmx: mail.example.com\n${WEEK}`,
    ids: ["policy-mx-required", "policy-unknown-field"],
  },
  {
    name: "Mode beside a valid mode line: only the ignored typo",
    body: policy("enforce", "Mode: testing\n", MX, WEEK),
    ids: ["policy-unknown-field"],
  },
  // mx patterns (["*."] Domain, §3.2 and §4.1).
  {
    name: "mx *.*.example.com (mox: bad mx)",
    body: policy("enforce", "mx: *.*.example.com\n", WEEK),
    ids: ["policy-mx-invalid"],
  },
  {
    name: "mx **.example (mox)",
    body: policy("enforce", "mx: **.example\n", WEEK),
    ids: ["policy-mx-invalid"],
  },
  {
    name: "mx with a trailing hyphen (mox: test.example-)",
    body: policy("enforce", "mx: test.example-\n", WEEK),
    ids: ["policy-mx-invalid"],
  },
  {
    name: "mx as a U-label (mox: møx.example)",
    body: `${V}mode: none\nmax_age: 0\nmx: møx.example\n`,
    ids: ["policy-mx-invalid"],
  },
  {
    name: "mx with a trailing dot",
    body: policy("enforce", "mx: mail.example.com.\n", WEEK),
    ids: ["policy-mx-invalid"],
  },
  {
    name: "mx as an IP address",
    body: policy("enforce", "mx: 192.0.2.1\n", WEEK),
    ids: ["policy-mx-invalid"],
  },
  { name: "mx '*' alone", body: policy("enforce", "mx: *\n", WEEK), ids: ["policy-mx-invalid"] },
  {
    name: "mx with a '*' inside (mail.*.example.com)",
    body: policy("enforce", "mx: mail.*.example.com\n", WEEK),
    ids: ["policy-mx-invalid"],
  },
  {
    name: "mx with an underscore",
    body: policy("enforce", "mx: mail_1.example.com\n", WEEK),
    ids: ["policy-mx-invalid"],
  },
  {
    name: "mx with a 64-octet label",
    body: policy("enforce", `mx: ${"a".repeat(64)}.example.com\n`, WEEK),
    ids: ["policy-mx-invalid"],
  },
  {
    name: "two names on one mx line",
    body: policy("enforce", "mx: mx1.example.com, mx2.example.com\n", WEEK),
    ids: ["policy-mx-invalid"],
  },
  {
    name: "*.example.com for example.com (§10.4)",
    body: policy("enforce", "mx: *.example.com\n", WEEK),
    ids: ["policy-mx-wildcard-broad"],
  },
  // Line syntax.
  {
    name: "a blank line between fields",
    body: `${V}\nmode: enforce\n${MX}${WEEK}`,
    ids: ["policy-blank-line"],
  },
  {
    name: "two line ends at the end",
    body: `${policy("enforce", MX, WEEK)}\n`,
    ids: ["policy-blank-line"],
  },
  { name: "indented first line", body: ` ${policy("enforce", MX, WEEK)}`, ids: ["policy-syntax"] },
  {
    name: "space before ':'",
    body: `version : STSv1\nmode: enforce\n${MX}${WEEK}`,
    ids: ["policy-syntax"],
  },
  {
    name: "'=' instead of ':'",
    body: `version=STSv1\nmode: enforce\n${MX}${WEEK}`,
    ids: ["policy-syntax"],
  },
  {
    name: "a comment line",
    body: `# policy\n${policy("enforce", MX, WEEK)}`,
    ids: ["policy-syntax"],
  },
  {
    name: "a comment after a value",
    body: `${V}mode: enforce # yes\n${MX}${WEEK}`,
    ids: ["policy-syntax"],
  },
  {
    name: "a byte order mark",
    body: `\uFEFF${policy("enforce", MX, WEEK)}`,
    ids: ["policy-syntax"],
  },
  {
    name: "a bare CR line end",
    body: `version: STSv1\rmode: enforce\n${MX}${WEEK}`,
    ids: ["policy-syntax"],
  },
  {
    name: "a NUL after a value",
    body: `${V}mode: enforce\u0000\n${MX}${WEEK}`,
    ids: ["policy-syntax"],
  },
  {
    name: "a tab inside an extension value (only SP between vchars)",
    body: `${V}mode: none\nmax_age: 86400\next: a\tb\n`,
    ids: ["policy-syntax", "policy-unknown-field"],
  },
  { name: "mode testing", body: policy("testing", MX, WEEK), ids: ["policy-mode-testing"] },
];

describe("policy vectors (RFC 8461 §3.2), all rules together", () => {
  it.each(valid)("$name: no finding", ({ body, ids }) => {
    expect(ruleIds(lintAll({ policy: body }))).toEqual(ids);
  });

  it.each(findings)("$name", ({ body, ids }) => {
    expect(ruleIds(lintAll({ policy: body }))).toEqual([...ids].sort());
  });
});

describe("policy vectors: where the findings point", () => {
  it("a bad value points at the value (max_age 31557601 on line 4, columns 10-18)", () => {
    const f = lintAll({ policy: policy("enforce", MX, "max_age: 31557601\n") });
    expect(where(only(f, "policy-max-age"))).toBe("4:10-4:18");
    expect(only(f, "policy-max-age").fix).toBe("max_age: 31557600");
  });

  it("an empty value points at the field (mode: on line 2)", () => {
    const f = lintAll({ policy: `${V}mode:\n${MX}${WEEK}` });
    expect(where(only(f, "policy-mode"))).toBe("2:1-2:6");
  });

  it("a missing field points at the start of the body", () => {
    expect(where(only(lintAll({ policy: `${V}mode: none\n` }), "policy-max-age"))).toBe("1:1-1:1");
  });

  it("the repeated line, not the first, carries policy-duplicate-field (rules.md Positions)", () => {
    const f = lintAll({ policy: policy("testing", "mode: enforce\n", MX, WEEK) });
    expect(only(f, "policy-duplicate-field").location.span?.line).toBe(3);
    expect(only(f, "policy-duplicate-field").severity).toBe("error");
  });

  it("a likely typo points at the name, at warning, with the renamed line", () => {
    const f = only(
      lintAll({ policy: policy("enforce", "nmx: backup.example.com\n", MX, WEEK) }),
      "policy-unknown-field",
    );
    expect([where(f), f.severity, f.fix]).toEqual(["3:1-3:4", "warning", "mx: backup.example.com"]);
  });

  it("no renamed line when the value does not fit the intended field ('more: ext' is no mode)", () => {
    const f = lintAll({ policy: `${policy("enforce", MX, WEEK)}more: ext e  ns ion\n` });
    expect(only(f, "policy-unknown-field").fix).toBeUndefined();
  });

  it("an extension is a notice over the whole field", () => {
    const f = only(
      lintAll({ policy: `${V}mode: none\nmax_age: 86400\nurl: https://x/\n` }),
      "policy-unknown-field",
    );
    expect([where(f), f.severity]).toEqual(["4:1-4:16", "notice"]);
  });

  it("policy-max-age-short is a warning below a day and a notice below a week (rules.md)", () => {
    const day = only(
      lintAll({ policy: policy("enforce", MX, "max_age: 86399\n") }),
      "policy-max-age-short",
    );
    const week = only(
      lintAll({ policy: policy("enforce", MX, "max_age: 604799\n") }),
      "policy-max-age-short",
    );
    expect([day.severity, week.severity]).toEqual(["warning", "notice"]);
    expect(lintAll({ policy: policy("enforce", MX, WEEK) })).toEqual([]);
  });

  it("the invalid mx is named at its value with the A-label in the fix", () => {
    const f = only(
      lintAll({ policy: `${V}mode: none\nmax_age: 0\nmx: møx.example\n` }),
      "policy-mx-invalid",
    );
    expect([where(f), f.fix]).toEqual(["4:5-4:16", "mx: xn--mx-lka.example"]);
  });
});
