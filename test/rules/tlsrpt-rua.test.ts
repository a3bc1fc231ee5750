import { describe, expect, it } from "vitest";
import { checkRuaUri } from "../../src/model/rua.js";
import { rule } from "../../src/rules/tlsrpt-rua.js";
import { lintWith, zoneWith } from "../helpers/lint.js";

const txt = (value: string) => zoneWith(`_smtp._tls IN TXT "${value}"`);
// `_smtp._tls IN TXT "v=TLSRPTv1; rua=` is 35 characters: the first URI starts at column 36.
const FIRST_URI = 36;

describe("tlsrpt-rua (RFC 8460 §3: rua = mailto: or https: URIs, ',' '!' ';' encoded)", () => {
  it('fires on a record without rua (real-world bhdicaire/dnsConfiguration: "v=TLSRPTv1;")', () => {
    const findings = lintWith(rule, { zone: txt("v=TLSRPTv1;") });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("tlsrpt-rua");
    expect(f.severity).toBe("error");
    expect(f.location.span).toMatchObject({ line: 5, column: 1 });
    expect(f.message).toContain('no "rua"');
    expect(f.message).toContain("rua=mailto:tls-reports@example.com");
  });

  it("fires on a DMARC-style !size suffix, at the URI, dropping the suffix in the fix", () => {
    const [f] = lintWith(rule, { zone: txt("v=TLSRPTv1; rua=mailto:tls@example.com!10m") });
    expect(f.severity).toBe("error");
    expect(f.location.span).toEqual({
      line: 5,
      column: FIRST_URI,
      endLine: 5,
      endColumn: FIRST_URI + 26,
    });
    expect(f.message).toContain('"!"');
    expect(f.message).toContain("size");
    expect(f.fix).toBe("v=TLSRPTv1; rua=mailto:tls@example.com");
  });

  it("fires on the second of two URIs only, pointing at it", () => {
    const findings = lintWith(rule, {
      zone: txt("v=TLSRPTv1; rua=mailto:tls@example.com,http://reports.example.com/tlsrpt"),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].location.span).toMatchObject({ column: FIRST_URI + 23 });
    expect(findings[0].fix).toBe(
      "v=TLSRPTv1; rua=mailto:tls@example.com,https://reports.example.com/tlsrpt",
    );
  });

  it("fires on URIs separated by a space instead of a comma", () => {
    const [f] = lintWith(rule, {
      zone: txt("v=TLSRPTv1; rua=mailto:a@example.com mailto:b@example.com"),
    });
    expect(f.message).toContain("commas");
    expect(f.fix).toBe("v=TLSRPTv1; rua=mailto:a@example.com,mailto:b@example.com");
  });

  it("fires on a trailing comma (an empty URI) and drops it in the fix", () => {
    const [f] = lintWith(rule, { zone: txt("v=TLSRPTv1; rua=mailto:a@example.com,") });
    expect(f.message).toContain("empty");
    expect(f.fix).toBe("v=TLSRPTv1; rua=mailto:a@example.com");
  });

  it("fires on RUA= in upper case: field names are case-sensitive", () => {
    const [f] = lintWith(rule, { zone: txt("v=TLSRPTv1; RUA=mailto:a@example.com") });
    expect(f.message).toContain("case-sensitive");
    expect(f.fix).toBe("v=TLSRPTv1; rua=mailto:a@example.com");
  });

  it("judges every URI of a repeated rua field, and not the repetition (RFC 8460 §3: 'more than one rua'; mox keeps both)", () => {
    // The ABNF repeats tlsrpt-field freely; a second rua is valid, its URIs still count.
    expect(
      lintWith(rule, {
        zone: txt("v=TLSRPTv1; rua=mailto:a@example.com; rua=mailto:b@example.com"),
      }),
    ).toEqual([]);
    const both = lintWith(rule, {
      zone: txt("v=TLSRPTv1; rua=mailto:a@example.com; rua=b@example.com"),
    });
    expect(both.map((x) => x.message)).toEqual([expect.stringContaining('no "mailto:" scheme')]);
  });

  it("reports the empty entries of one rua list once (mox vector 'rua=,, ,')", () => {
    const findings = lintWith(rule, { zone: txt("v=TLSRPTv1; rua=,, ,") });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("empty");
  });

  it.each([
    ["the RFC 8460 §3.1.1 mailto example", "v=TLSRPTv1;rua=mailto:reports@example.com"],
    [
      "the RFC 8460 §3.1.2 https example",
      "v=TLSRPTv1; rua=https://reporting.example.com/v1/tlsrpt",
    ],
    [
      "two mailto URIs (real-world wblondel/my-dns-zones)",
      "v=TLSRPTv1; rua=mailto:26e6fd52@in.mailhardener.com,mailto:tls-reports@williamblondel.fr",
    ],
    [
      "URIs with spaces around the comma",
      "v=TLSRPTv1; rua=mailto:a@example.com , https://r.example.net/",
    ],
    ["a percent-encoded '!'", "v=TLSRPTv1; rua=mailto:a%21b@example.com"],
  ])("does not fire on %s", (_name, value) => {
    expect(lintWith(rule, { zone: txt(value) })).toEqual([]);
  });

  it("does not judge unrelated records", () => {
    expect(lintWith(rule, { zone: txt("v=spf1 -all") })).toEqual([]);
  });
});

describe("checkRuaUri (one rua URI, RFC 8460 §3)", () => {
  it.each([
    ["mailto:", "no address"],
    ["mailto:?subject=x", "no address"],
    ["mailto:reports", "not an e-mail address"],
    ["mailto:a@exa_mple.com", "not a valid host name"],
    ["https://", "no host"],
    ["https:/reports.example.com", "no host"],
    ["ftp://reports.example.com/", '"ftp:"'],
    ["mailto:a@example.com;x", "unencoded"],
    ["mailto:a b@example.com", "whitespace"],
    ["https://r.example.com/a%zz", '"%"'],
    ["https://r.example.com/<x>", "percent-encoded"],
    ["reports.example.com", "no scheme"],
  ])("rejects %s (%s)", (uri, words) => {
    expect(checkRuaUri(uri)?.problem).toContain(words);
  });

  it("suggests mailto: for a bare address and https: for http:", () => {
    expect(checkRuaUri("tls@example.com")?.fix).toBe("mailto:tls@example.com");
    expect(checkRuaUri("http://r.example.com/x")?.fix).toBe("https://r.example.com/x");
    expect(checkRuaUri("mailto://tls@example.com")?.fix).toBe("mailto:tls@example.com");
  });

  it("accepts mailto and https URIs, scheme case-insensitive (RFC 3986 §3.1)", () => {
    for (const uri of [
      "mailto:tls@example.com",
      "MAILTO:tls@example.com",
      "https://192.0.2.1/r",
      "https://r.example.com:8443/v1?x=1",
    ]) {
      expect(checkRuaUri(uri), uri).toBeUndefined();
    }
  });
});
