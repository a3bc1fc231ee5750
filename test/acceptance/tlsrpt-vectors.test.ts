/**
 * `_smtp._tls` TLS-RPT record vectors (RFC 8460 §3 ABNF and §3.1 examples) and the verdicts of
 * other implementations' suites (mox tlsrpt ParseRecord and Lookup, sys4 tlsrpt-rr-parser),
 * judged by rules.md with every rule running over a zone that is otherwise valid.
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

const idsFor = (text: string) =>
  ruleIds(lintAll({ policy: GOOD_POLICY, zone: zone({ tlsrpt: quotedString(text) }) }));

// `_smtp._tls IN TXT "` is 19 characters: the record's first character is in column 20.
const COL = 20;

describe("TLS-RPT record vectors (RFC 8460 §3), all rules together", () => {
  it.each([
    ["RFC 8460 §3.1.1 mailto example", "v=TLSRPTv1;rua=mailto:reports@example.com"],
    ["RFC 8460 §3.1.2 https example", "v=TLSRPTv1; rua=https://reporting.example.com/v1/tlsrpt"],
    ["with the final ';' (mox)", "v=TLSRPTv1; rua=mailto:tlsrpt@example.com;"],
    ["two URIs, mailto and https", "v=TLSRPTv1; rua=mailto:a@b.c,https://x/y"],
    [
      "two mailto URIs (sys4 tlsrpt-rr-parser)",
      "v=TLSRPTv1;rua=mailto:reports@example.com,mailto:postmaster@example.com",
    ],
    [
      'whitespace around the comma (*WSP "," *WSP)',
      "v=TLSRPTv1; rua=mailto:a@example.com , \t https://example.com/r",
    ],
    ["an extension (mox: ext=yes)", "v=TLSRPTv1; rua=mailto:tlsrpt@example.com; ext=yes"],
    [
      "two rua fields (the ABNF repeats fields; §3 'more than one rua'; mox keeps both)",
      "v=TLSRPTv1; rua=mailto:x@example.com; rua=mailto:y@example.com",
    ],
    ["a percent-encoded ',' in a URI", "v=TLSRPTv1; rua=mailto:a%2Cb@example.com"],
    ["a mailto query", "v=TLSRPTv1; rua=mailto:tls@example.com?subject=tlsrpt"],
    ["an https URI with a port and query", "v=TLSRPTv1; rua=https://example.com:8443/r?a=1&b=2"],
    [
      "the scheme in upper case (RFC 3986 schemes are case-insensitive)",
      "v=TLSRPTv1; rua=MAILTO:tls@example.com",
    ],
  ])("%s: no finding", (_name, text) => {
    expect(idsFor(text)).toEqual([]);
  });

  it.each([
    // rua (required; mailto: or https:; ',' '!' ';' encoded).
    ["no rua (mox: v=TLSRPTv1)", "v=TLSRPTv1", ["tlsrpt-rua"]],
    ["no rua after ';' (mox)", "v=TLSRPTv1;", ["tlsrpt-rua"]],
    ["an extension but no rua (mox: ext=1)", "v=TLSRPTv1; ext=1", ["tlsrpt-rua"]],
    ["an empty rua (mox: rua=)", "v=TLSRPTv1; rua=", ["tlsrpt-rua"]],
    ["a URI without scheme (mox: noscheme)", "v=TLSRPTv1; rua=noscheme", ["tlsrpt-rua"]],
    ["only empty URIs, one finding (mox: rua=,, ,)", "v=TLSRPTv1; rua=,, ,", ["tlsrpt-rua"]],
    ["a trailing comma", "v=TLSRPTv1; rua=mailto:tls@example.com,", ["tlsrpt-rua"]],
    ["http: (mox: http://bad/%)", "v=TLSRPTv1; rua=http://bad/%", ["tlsrpt-rua"]],
    ["'!!' (sys4 tlsrpt-rr-parser: broken record)", "v=TLSRPTv1; rua=!!", ["tlsrpt-rua"]],
    ["a DMARC size suffix (unencoded '!')", "v=TLSRPTv1; rua=mailto:a@b.c!10m", ["tlsrpt-rua"]],
    ["a bare address", "v=TLSRPTv1; rua=tls@example.com", ["tlsrpt-rua"]],
    ["mailto: without address", "v=TLSRPTv1; rua=mailto:", ["tlsrpt-rua"]],
    ["https: without host", "v=TLSRPTv1; rua=https://", ["tlsrpt-rua"]],
    ["ftp:", "v=TLSRPTv1; rua=ftp://example.com/x", ["tlsrpt-rua"]],
    [
      "a space between URIs (mox: trailing characters)",
      "v=TLSRPTv1; rua=mailto:x@example.com other",
      ["tlsrpt-rua"],
    ],
    [
      "an unencoded ',' inside an https URI",
      "v=TLSRPTv1; rua=https://example.com/a,b",
      ["tlsrpt-rua"],
    ],
    [
      "RUA in upper case (names are case-sensitive)",
      "v=TLSRPTv1; RUA=mailto:tls@example.com",
      ["tlsrpt-rua"],
    ],
    // Version and syntax (tlsrpt-version = %s"v=TLSRPTv1", first).
    ["v=TLSRPTv0 without rua (mox)", "v=TLSRPTv0", ["tlsrpt-rua", "tlsrpt-syntax"]],
    ["v=TLSRPTv10 (mox)", "v=TLSRPTv10; rua=mailto:tls@example.com", ["tlsrpt-syntax"]],
    ["v=tlsrptv1 (case)", "v=tlsrptv1; rua=mailto:tls@example.com", ["tlsrpt-syntax"]],
    ["V=TLSRPTv1 (case)", "V=TLSRPTv1; rua=mailto:tls@example.com", ["tlsrpt-syntax"]],
    ["the version not first", "rua=mailto:tls@example.com; v=TLSRPTv1", ["tlsrpt-syntax"]],
    ["',' as field separator", "v=TLSRPTv1, rua=mailto:tls@example.com", ["tlsrpt-syntax"]],
    ["whitespace around '=' in rua", "v=TLSRPTv1; rua = mailto:tls@example.com", ["tlsrpt-syntax"]],
    [
      "an extension without value (mox: more=)",
      "v=TLSRPTv1; rua=mailto:x@example.com; more=",
      ["tlsrpt-syntax"],
    ],
    [
      "an extension name of 33 characters (mox)",
      `v=TLSRPTv1; rua=mailto:x@example.com; a${"1".repeat(32)}=1`,
      ["tlsrpt-syntax"],
    ],
    [
      "an invalid extension name (mox: 1%=a)",
      "v=TLSRPTv1; rua=mailto:x@example.com; 1%=a",
      ["tlsrpt-syntax"],
    ],
    [
      "'=' inside an extension value (mox: test==)",
      "v=TLSRPTv1; rua=mailto:x@example.com; test==",
      ["tlsrpt-syntax"],
    ],
    [
      "';;' (mox: additional semicolon)",
      "v=TLSRPTv1; rua=mailto:x@example.com;;",
      ["tlsrpt-syntax"],
    ],
    [
      "non-ASCII in an extension value",
      "v=TLSRPTv1; rua=mailto:x@example.com; ext=café",
      ["tlsrpt-syntax"],
    ],
    [
      "a field without '=' and no rua (mox Lookup: 'v=TLSRPTv1; bad')",
      "v=TLSRPTv1; bad",
      ["tlsrpt-rua", "tlsrpt-syntax"],
    ],
    // Whitespace (rules.md tlsrpt-whitespace).
    [
      "trailing whitespace (mox accepts it; invalid ABNF)",
      "v=TLSRPTv1; rua=mailto:tls@example.com ",
      ["tlsrpt-whitespace"],
    ],
    [
      "'v=TLSRPTv1 ;' (discarded beside other records)",
      "v=TLSRPTv1 ; rua=mailto:tls@example.com",
      ["tlsrpt-whitespace"],
    ],
    // Not a TLS-RPT record.
    ["a DMARC record at _smtp._tls", "v=DMARC1; p=none", ["tlsrpt-missing"]],
  ])("%s", (_name, text, ids) => {
    expect(idsFor(text as string)).toEqual([...(ids as string[])].sort());
  });
});

describe("TLS-RPT records in the zone (RFC 8460 §3 discovery), all rules together", () => {
  const lint = (extra: string[]) =>
    lintAll({ policy: GOOD_POLICY, zone: zone({ tlsrpt: null, extra }) });
  const rec = (owner: string, text: string) => `${owner} IN TXT ${quotedString(text)}`;
  const GOOD = "v=TLSRPTv1; rua=mailto:tls@example.com";

  it("no record: tlsrpt-missing (warning)", () => {
    const f = lint([]);
    expect(ruleIds(f)).toEqual(["tlsrpt-missing"]);
    expect(f[0].severity).toBe("warning");
  });

  it("two records (mox Lookup: multiple): tlsrpt-multiple", () => {
    expect(
      ruleIds(
        lint([rec("_smtp._tls", GOOD), rec("_smtp._tls", "v=TLSRPTv1; rua=mailto:b@example.com")]),
      ),
    ).toEqual(["tlsrpt-multiple"]);
  });

  it("the record beside another TXT record (mox Lookup: one): no finding", () => {
    expect(ruleIds(lint([rec("_smtp._tls", GOOD), rec("_smtp._tls", "other")]))).toEqual([]);
  });

  it("only another TXT record (mox Lookup: other): tlsrpt-missing", () => {
    expect(ruleIds(lint([rec("_smtp._tls", "other")]))).toEqual(["tlsrpt-missing"]);
  });

  it.each(["_tlsrpt", "_smtp-tlsrpt", "@"])(
    "a record only at %s: tlsrpt-wrong-name alone (rules.md)",
    (owner) => {
      expect(ruleIds(lint([rec(owner, GOOD)]))).toEqual(["tlsrpt-wrong-name"]);
    },
  );

  it("a near miss alone: tlsrpt-syntax, not tlsrpt-missing (rules.md)", () => {
    expect(ruleIds(lint([rec("_smtp._tls", "v=TLSRPTv2; rua=mailto:tls@example.com")]))).toEqual([
      "tlsrpt-syntax",
    ]);
  });

  it("a CNAME at _smtp._tls (delegation to a provider): no finding", () => {
    expect(ruleIds(lint(["_smtp._tls IN CNAME _smtp._tls.provider.example."]))).toEqual([]);
  });

  it("strings joined without spaces (§3, RFC 7208 §3.3)", () => {
    expect(
      ruleIds(lint(['_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls@exa" "mple.com"'])),
    ).toEqual([]);
  });
});

describe("TLS-RPT vectors: where the findings point", () => {
  const at = (text: string, rule: string) => {
    const zoneText = zone({ tlsrpt: quotedString(text) });
    const line = lineOf(zoneText, "_smtp._tls");
    return { f: only(lintAll({ policy: GOOD_POLICY, zone: zoneText }), rule), line };
  };

  it("a bad URI points at that URI, with the corrected record", () => {
    const { f, line } = at(
      "v=TLSRPTv1; rua=mailto:tls@example.com,http://r.example.com/x",
      "tlsrpt-rua",
    );
    expect(where(f)).toBe(`${line}:${COL + 39}-${line}:${COL + 61}`);
    expect(f.fix).toBe("v=TLSRPTv1; rua=mailto:tls@example.com,https://r.example.com/x");
  });

  it("a '!10m' suffix: the fix drops it", () => {
    const { f, line } = at("v=TLSRPTv1; rua=mailto:a@example.com!10m", "tlsrpt-rua");
    expect(where(f)).toBe(`${line}:${COL + 16}-${line}:${COL + 40}`);
    expect(f.fix).toBe("v=TLSRPTv1; rua=mailto:a@example.com");
  });

  it("a missing rua points at the record", () => {
    const { f, line } = at("v=TLSRPTv1;", "tlsrpt-rua");
    expect(f.location.span).toMatchObject({ line, column: 1 });
  });

  it("trailing whitespace points at it, warning", () => {
    const { f, line } = at("v=TLSRPTv1; rua=mailto:tls@example.com  ", "tlsrpt-whitespace");
    expect([where(f), f.severity]).toEqual([`${line}:${COL + 38}-${line}:${COL + 40}`, "warning"]);
  });

  it("a wrong version case points at the tag", () => {
    const { f, line } = at("v=tlsrptv1; rua=mailto:tls@example.com", "tlsrpt-syntax");
    expect(where(f)).toBe(`${line}:${COL}-${line}:${COL + 10}`);
  });
});
