/**
 * `_mta-sts` TXT record vectors (RFC 8461 §3.1 ABNF, errata 6285) and the verdicts of other
 * implementations' suites (mox mtasts ParseRecord, postfix-mta-sts-resolver's record parser),
 * judged by rules.md, with every rule running over a zone that is otherwise valid.
 */
import { describe, expect, it } from "vitest";
import {
  GOOD_POLICY,
  lineOf,
  lintAll,
  only,
  quotedString,
  ruleIds,
  where,
  zone,
} from "./vectors.js";

/** The rule IDs for a zone whose `_mta-sts` record holds `text` (one character-string). */
const idsFor = (text: string) =>
  ruleIds(lintAll({ policy: GOOD_POLICY, zone: zone({ sts: quotedString(text) }) }));

// `_mta-sts IN TXT "` is 17 characters: the record's first character is in column 18.
const COL = 18;

describe("_mta-sts record vectors (RFC 8461 §3.1), all rules together", () => {
  it.each([
    ["RFC 8461 §3.1 example with the final ';'", "v=STSv1; id=20160831085700Z;"],
    ["without the final ';' ([sts-field-delim] is optional)", "v=STSv1; id=20160831085700Z"],
    ["no space after ';' (postfix-mta-sts-resolver)", "v=STSv1;id=20160831085700Z"],
    ["spaces and tabs after ';' (*WSP)", "v=STSv1;\t  id=1"],
    ["whitespace after the final ';' (field-delim = *WSP \";\" *WSP)", "v=STSv1; id=1; "],
    ["an id of 32 characters (1*32)", `v=STSv1; id=${"a1".repeat(16)}`],
    ["an id of one character (mox: id=a)", "v=STSv1; id=a"],
    ["extensions after the id (mox: more=a; ext=2)", "v=STSv1; id=a; more=a; ext=2"],
    ["an extension before the id (order not significant)", "v=STSv1; ext=1; id=a"],
    ["an extension name of 32 characters", `v=STSv1; id=a; ${"b".repeat(32)}=1`],
    ["an extension value with ':' '/' and '.'", "v=STSv1; id=a; ext=https://x.example/y"],
  ])("%s: no finding", (_name, text) => {
    expect(idsFor(text)).toEqual([]);
  });

  it.each([
    // The id (sts-id = %s"id=" 1*32(ALPHA / DIGIT)), reported by its own rule only.
    ["no id (mox: v=STSv1)", "v=STSv1", ["sts-record-id"]],
    ["no id after ';' (mox: v=STSv1;)", "v=STSv1;", ["sts-record-id"]],
    ["an extension but no id (mox: ext=1)", "v=STSv1; ext=1", ["sts-record-id"]],
    ["an empty id (mox: id=)", "v=STSv1; id=", ["sts-record-id"]],
    ["an id of 33 characters (mox)", `v=STSv1; id=${"0123456789".repeat(3)}012`, ["sts-record-id"]],
    ["an id with '-' (mox: test-123)", "v=STSv1; id=test-123", ["sts-record-id"]],
    ["an id with '.'", "v=STSv1; id=2024.01.01", ["sts-record-id"]],
    ["'=' inside the id", "v=STSv1; id=a=b", ["sts-record-id"]],
    ["ID in upper case (names are %s case-sensitive)", "v=STSv1; ID=1", ["sts-record-id"]],
    // The version (sts-version = %s"v=STSv1", first).
    ["v=STSv0 (mox), without id", "v=STSv0", ["sts-record-id", "sts-record-syntax"]],
    ["v=STSv10 (mox)", "v=STSv10; id=1", ["sts-record-syntax"]],
    ["v=STSv2", "v=STSv2; id=1", ["sts-record-syntax"]],
    ["V=STSv1 (case)", "V=STSv1; id=1", ["sts-record-syntax"]],
    ["v=stsv1 (case)", "v=stsv1; id=1", ["sts-record-syntax"]],
    ["whitespace around '=' in the version", "v = STSv1; id=1", ["sts-record-syntax"]],
    ["the version not first", "id=1; v=STSv1", ["sts-record-syntax"]],
    ["leading whitespace", " v=STSv1; id=1", ["sts-record-syntax"]],
    // Delimiters and extensions.
    ["',' as separator", "v=STSv1, id=1", ["sts-record-syntax"]],
    ["a space as separator", "v=STSv1 id=1", ["sts-record-syntax"]],
    ["a tab as separator", "v=STSv1\tid=1", ["sts-record-syntax"]],
    ["whitespace around '=' in a field", "v=STSv1; id = 1", ["sts-record-syntax"]],
    ["':' instead of '='", "v=STSv1; id:1", ["sts-record-syntax"]],
    ["';;' (mox: additional semicolon)", "v=STSv1; id=a;;", ["sts-record-syntax"]],
    [
      "';;;' is one mistake (postfix-mta-sts-resolver vector)",
      "v=STSv1; id=1;;;",
      ["sts-record-syntax"],
    ],
    ["an extension without value (mox: more=)", "v=STSv1; id=a; more=", ["sts-record-syntax"]],
    [
      "an extension name of 33 characters (mox)",
      `v=STSv1; id=a; a${"1".repeat(32)}=1`,
      ["sts-record-syntax"],
    ],
    ["an invalid extension name (mox: 1%=a)", "v=STSv1; id=a; 1%=a", ["sts-record-syntax"]],
    ["'=' inside an extension value (mox: test==)", "v=STSv1; id=a; test==", ["sts-record-syntax"]],
    [
      "non-ASCII in an extension value (records are US-ASCII)",
      "v=STSv1; id=a; ext=café",
      ["sts-record-syntax"],
    ],
    // Whitespace (rules.md sts-record-whitespace).
    ["'v=STSv1 ;' (errata 6285)", "v=STSv1 ; id=1", ["sts-record-whitespace"]],
    [
      "whitespace before a later ';' (mox: id=...  \\t;)",
      "v=STSv1; \t id=20160831085700Z  \t;",
      ["sts-record-whitespace"],
    ],
    [
      "trailing whitespace without a final ';' (postfix-mta-sts-resolver)",
      "v=STSv1;        id=20160831085700Z   ",
      ["sts-record-whitespace"],
    ],
    // Repeated fields.
    ["id twice, same value", "v=STSv1; id=1; id=1", ["sts-record-duplicate-field"]],
    ["id twice, different values", "v=STSv1; id=1; id=2", ["sts-record-duplicate-field"]],
    ["the version twice", "v=STSv1; v=STSv1; id=1", ["sts-record-duplicate-field"]],
    // Not an MTA-STS record at all.
    ["an SPF record only", "v=spf1 -all", ["sts-record-missing", "sts-record-unrelated"]],
  ])("%s", (_name, text, ids) => {
    expect(idsFor(text as string)).toEqual([...(ids as string[])].sort());
  });
});

describe("_mta-sts records in the zone (RFC 8461 §3.1 discovery), all rules together", () => {
  const lint = (extra: string[], sts: string | null = null) =>
    lintAll({ policy: GOOD_POLICY, zone: zone({ sts, extra }) });
  const rec = (text: string) => `_mta-sts IN TXT ${quotedString(text)}`;

  it("two records beginning with v=STSv1: sts-record-multiple at the second", () => {
    const text = zone({ sts: null, extra: [rec("v=STSv1; id=1"), rec("v=STSv1; id=2")] });
    const f = lintAll({ policy: GOOD_POLICY, zone: text });
    expect(ruleIds(f)).toEqual(["sts-record-multiple"]);
    expect(only(f, "sts-record-multiple").location.span?.line).toBe(
      lineOf(text, '_mta-sts IN TXT "v=STSv1; id=2'),
    );
  });

  it("the record and an SPF record: sts-record-unrelated only", () => {
    expect(ruleIds(lint([rec("v=spf1 -all"), rec("v=STSv1; id=1")]))).toEqual([
      "sts-record-unrelated",
    ]);
  });

  it("'v=STSv1 ;' beside another TXT record (errata 6285): whitespace and unrelated", () => {
    expect(ruleIds(lint([rec("v=spf1 -all"), rec("v=STSv1 ; id=1")]))).toEqual([
      "sts-record-unrelated",
      "sts-record-whitespace",
    ]);
  });

  it("a near miss beside the real record is discarded by senders: unrelated, not syntax", () => {
    expect(ruleIds(lint([rec("v=STSv1; id=1"), rec("V=STSv1; id=2")]))).toEqual([
      "sts-record-unrelated",
    ]);
  });

  it("a near miss alone is sts-record-syntax, not sts-record-missing (rules.md)", () => {
    expect(ruleIds(lint([rec("v=STSv10; id=1")]))).toEqual(["sts-record-syntax"]);
  });

  it("no record: sts-record-missing; with mode none a notice (§8.3 removal)", () => {
    expect(ruleIds(lint([]))).toEqual(["sts-record-missing"]);
    const none = lintAll({
      policy: "version: STSv1\nmode: none\nmax_age: 86400\n",
      zone: zone({ sts: null }),
    });
    expect(only(none, "sts-record-missing").severity).toBe("notice");
  });

  it("the record at the apex only: sts-record-at-apex alone (rules.md one root cause)", () => {
    expect(ruleIds(lint(['@ IN TXT "v=STSv1; id=1"']))).toEqual(["sts-record-at-apex"]);
  });

  it("a CNAME at _mta-sts (§3.1, §8.2 delegation): no finding", () => {
    expect(ruleIds(lint(["_mta-sts IN CNAME _mta-sts.provider.example."]))).toEqual([]);
  });

  it("strings joined without spaces (§3.1): a split after ';' is fine, inside a token warns", () => {
    expect(ruleIds(lint(['_mta-sts IN TXT "v=STSv1; " "id=1"']))).toEqual([]);
    const text = zone({ sts: '"v=STSv1; id=2024" "0101"' });
    const f = lintAll({ policy: GOOD_POLICY, zone: text });
    expect(ruleIds(f)).toEqual(["sts-record-split"]);
    const line = lineOf(text, "_mta-sts");
    expect(where(only(f, "sts-record-split"))).toBe(`${line}:${COL + 9}-${line}:${COL + 23}`);
  });

  it("a TTL above 3600: sts-record-ttl-long notice", () => {
    const f = lint(['_mta-sts 86400 IN TXT "v=STSv1; id=1"']);
    expect(ruleIds(f)).toEqual(["sts-record-ttl-long"]);
    expect(f[0].severity).toBe("notice");
  });
});

describe("_mta-sts record vectors: where the findings point", () => {
  const at = (text: string, rule: string) => {
    const zoneText = zone({ sts: quotedString(text) });
    const line = lineOf(zoneText, "_mta-sts");
    const f = only(lintAll({ policy: GOOD_POLICY, zone: zoneText }), rule);
    return { f, line };
  };

  it("a bad id points at the id field", () => {
    const { f, line } = at("v=STSv1; id=test-123", "sts-record-id");
    expect(where(f)).toBe(`${line}:${COL + 9}-${line}:${COL + 20}`);
    expect(f.severity).toBe("error");
  });

  it("a missing id points at the record", () => {
    const { f, line } = at("v=STSv1;", "sts-record-id");
    expect(f.location.span).toMatchObject({ line, column: 1 });
  });

  it("a wrong version points at the version tag, with the corrected record", () => {
    const { f, line } = at("V=STSv1; id=1", "sts-record-syntax");
    expect(where(f)).toBe(`${line}:${COL}-${line}:${COL + 7}`);
    expect(f.fix).toBe("v=STSv1; id=1");
  });

  it("'v=STSv1 ;' points at the space, warning, with the corrected record", () => {
    const { f, line } = at("v=STSv1 ; id=1", "sts-record-whitespace");
    expect([where(f), f.severity, f.fix]).toEqual([
      `${line}:${COL + 7}-${line}:${COL + 8}`,
      "warning",
      "v=STSv1; id=1",
    ]);
  });

  it("';;;' is one finding over the extra delimiters", () => {
    const { f, line } = at("v=STSv1; id=1;;;", "sts-record-syntax");
    expect(where(f)).toBe(`${line}:${COL + 14}-${line}:${COL + 16}`);
    expect(f.fix).toBe("v=STSv1; id=1;");
  });

  it("a repeated id with another value is an error at the repetition", () => {
    const { f, line } = at("v=STSv1; id=1; id=2", "sts-record-duplicate-field");
    expect([where(f), f.severity]).toEqual([`${line}:${COL + 15}-${line}:${COL + 19}`, "error"]);
  });
});
