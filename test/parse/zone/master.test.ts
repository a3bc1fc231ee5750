import { describe, expect, it } from "vitest";
import { declaredOriginOf, parseMasterFile } from "../../../src/parse/zone/master.js";
import { only, parseLines } from "./helpers.js";

describe("RFC 1035 §5.1 names and owners", () => {
  it("@ is the origin; relative names get the origin appended; absolute names are kept", () => {
    const r = parseLines([
      "@ 60 IN A 192.0.2.1",
      "www 60 IN A 192.0.2.2",
      "Mail.Example.NET. 60 IN A 192.0.2.3",
    ]);
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => x.owner)).toEqual([
      "example.com",
      "www.example.com",
      "mail.example.net",
    ]);
  });

  it("an owner omitted (line starts with a blank or tab) repeats the previous owner", () => {
    const r = parseLines(["www 60 IN A 192.0.2.1", " 60 IN AAAA 2001:db8::1", "\t60 IN TXT hello"]);
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => `${x.owner} ${x.type}`)).toEqual([
      "www.example.com A",
      "www.example.com AAAA",
      "www.example.com TXT",
    ]);
  });

  it("a record with an inherited owner spans from the line start (column 1)", () => {
    const r = parseLines(["www 60 IN A 192.0.2.1", "   60 IN AAAA 2001:db8::1"]);
    expect(r.records[1].span).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 26 });
  });

  it("$ORIGIN: absolute, then relative to the current origin; owners follow it", () => {
    const r = parseLines([
      "$ORIGIN example.org.",
      "a 60 A 192.0.2.1",
      "$ORIGIN sub",
      "b 60 A 192.0.2.2",
    ]);
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => x.owner)).toEqual(["a.example.org", "b.sub.example.org"]);
    expect(r.declaredOrigin).toBe("example.org");
  });

  it("declaredOrigin: the first $ORIGIN, else an SOA owner written absolute, else none", () => {
    expect(parseLines(["$ORIGIN Example.ORG.", "$ORIGIN other.test."]).declaredOrigin).toBe(
      "example.org",
    );
    const soa = "SOA ns1.example.net. h.example.net. 1 2 3 4 5";
    expect(parseLines([`example.org. 60 IN ${soa}`], { origin: undefined }).declaredOrigin).toBe(
      "example.org",
    );
    expect(parseLines([`@ 60 IN ${soa}`]).declaredOrigin).toBeUndefined();
    expect(parseLines([`example 60 IN ${soa}`]).declaredOrigin).toBeUndefined();
  });

  it("without a configured origin, absolute names still work (the origin is read from the file)", () => {
    const r = parseLines(["$ORIGIN example.org.", "@ 60 MX 10 mx1"], { origin: undefined });
    expect(r.issues).toEqual([]);
    expect(only(r, "example.org", "MX").data).toMatchObject({ exchange: "mx1.example.org" });
  });

  it("names are lowercased, U-labels become A-labels, an escaped dot stays escaped", () => {
    const r = parseLines([
      "WWW 60 A 192.0.2.1",
      "bücher 60 A 192.0.2.2",
      "a\\.b 60 A 192.0.2.3",
      "\\065x 60 A 192.0.2.4",
    ]);
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => x.owner)).toEqual([
      "www.example.com",
      "xn--bcher-kva.example.com",
      "a\\.b.example.com",
      "ax.example.com",
    ]);
  });

  it("the wildcard owner * and underscore labels are plain labels", () => {
    const r = parseLines(["* 60 A 192.0.2.1", "_mta-sts 60 TXT v=STSv1;"]);
    expect(r.records.map((x) => x.owner)).toEqual(["*.example.com", "_mta-sts.example.com"]);
  });
});

describe("RFC 1035 §5.1 TTL and class", () => {
  it("TTL and class in either order, both optional, case-insensitive", () => {
    const r = parseLines([
      "$TTL 100",
      "a 60 IN A 192.0.2.1",
      "b in 70 a 192.0.2.2",
      "c IN A 192.0.2.3",
      "d 80 A 192.0.2.4",
      "e A 192.0.2.5",
    ]);
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => [x.ttl, x.class, x.type])).toEqual([
      [60, "IN", "A"],
      [70, "IN", "A"],
      [100, "IN", "A"],
      [80, "IN", "A"],
      [100, "IN", "A"],
    ]);
  });

  it("TTL units (BIND): 1h30m, 1w2d, 2H, 30M, 45s", () => {
    const r = parseLines([
      "a 1h30m A 192.0.2.1",
      "b 1w2d A 192.0.2.1",
      "c 2H A 192.0.2.1",
      "d 30M A 192.0.2.1",
      "e 45s A 192.0.2.1",
    ]);
    expect(r.records.map((x) => x.ttl)).toEqual([5400, 777600, 7200, 1800, 45]);
  });

  it("default TTL: $TTL first", () => {
    const r = parseLines(["$TTL 2h", "@ SOA ns1 host 1 2 3 4 300", "a A 192.0.2.1"]);
    expect(r.records.map((x) => x.ttl)).toEqual([7200, 7200]);
  });

  it("default TTL: without $TTL, the SOA minimum (BIND: 'using SOA MINTTL instead')", () => {
    const r = parseLines(["@ SOA ns1 host 1 2 3 4 5m", "a A 192.0.2.1"]);
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => x.ttl)).toEqual([300, 300]);
  });

  it("default TTL: without $TTL, the last TTL written (RFC 1035 §5.1; BIND 'RFC1035 TTL semantics')", () => {
    const r = parseLines([
      "@ 7200 SOA ns1 host 1 2 3 4 300",
      "a A 192.0.2.1",
      "b 60 A 192.0.2.2",
      "c A 192.0.2.3",
    ]);
    expect(r.records.map((x) => x.ttl)).toEqual([7200, 7200, 60, 60]);
  });

  it("default TTL: options.defaultTtl, else 3600, when nothing in the file gives one", () => {
    expect(parseLines(["a A 192.0.2.1"], { defaultTtl: 300 }).records[0].ttl).toBe(300);
    expect(parseLines(["a A 192.0.2.1"]).records[0].ttl).toBe(3600);
  });

  it("classes: CLASS1 is IN; records of another class than the zone's are rejected (BIND)", () => {
    const r = parseLines(["a CLASS1 60 A 192.0.2.1", "b CH 60 A 192.0.2.2"]);
    expect(r.records.map((x) => x.class)).toEqual(["IN"]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].span).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 5 });
    expect(r.issues[0].message).toContain("class CH differs from the zone's class IN");
  });
});

describe("RFC 1035 §5.1 entries: parentheses, comments, quotes", () => {
  it("parentheses continue a record over lines; the span runs to the last token", () => {
    const r = parseLines(["@ 60 IN SOA ns1 host (", "   1 ; serial", "   2 3 4", "   5 )  ; end"]);
    expect(r.issues).toEqual([]);
    const soa = only(r, "example.com", "SOA");
    expect(soa.data).toEqual({
      kind: "SOA",
      mname: "ns1.example.com",
      rname: "host.example.com",
      serial: 1,
      refresh: 2,
      retry: 3,
      expire: 4,
      minimum: 5,
    });
    expect(soa.span).toEqual({ line: 1, column: 1, endLine: 4, endColumn: 5 });
    expect(soa.rdata).toBe("ns1 host 1 2 3 4 5");
  });

  it("; starts a comment outside quotes only; ; and ( inside quotes are text", () => {
    const r = parseLines(['t 60 TXT "a;b (c" ; comment "not a string"']);
    expect(r.issues).toEqual([]);
    const txt = only(r, "t.example.com", "TXT");
    expect(txt.data).toMatchObject({ kind: "TXT", strings: [{ text: "a;b (c" }] });
    expect(txt.span.endColumn).toBe(18);
  });

  it("CRLF and lone CR line ends are line ends", () => {
    const r = parseLines(["a 60 A 192.0.2.1\r\nb 60 A 192.0.2.2\rc 60 A 192.0.2.3"]);
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => [x.owner, x.span.line])).toEqual([
      ["a.example.com", 1],
      ["b.example.com", 2],
      ["c.example.com", 3],
    ]);
  });

  it("blank lines and comment-only lines are skipped", () => {
    const r = parseLines(["", "; comment", "   ; indented comment", "\t", "a 60 A 192.0.2.1"]);
    expect(r.issues).toEqual([]);
    expect(r.records).toHaveLength(1);
    expect(r.records[0].span.line).toBe(5);
  });
});

describe("RFC 1035 §3.3.14 TXT (and RFC 7208 SPF) character-strings", () => {
  it("multi-string TXT: quoted strings and unquoted words, each with its span and columns", () => {
    const r = parseLines(['_mta-sts 60 TXT "v=STSv1; " id=1']);
    const txt = only(r, "_mta-sts.example.com", "TXT");
    expect(txt.data?.kind).toBe("TXT");
    if (txt.data?.kind !== "TXT") return;
    const [a, b] = txt.data.strings;
    expect(a.text).toBe("v=STSv1; ");
    expect(a.span).toEqual({ line: 1, column: 17, endLine: 1, endColumn: 28 });
    expect(a.columns).toEqual([18, 19, 20, 21, 22, 23, 24, 25, 26]);
    expect(b.text).toBe("id=1");
    expect(b.columns).toEqual([29, 30, 31, 32]);
    expect(txt.rdata).toBe('"v=STSv1; " id=1');
  });

  it("\\X and \\DDD escapes are decoded; columns point at the backslash of an escape", () => {
    const r = parseLines(['t 60 TXT "a\\"b\\059c" x\\ y \\255']);
    const txt = only(r, "t.example.com", "TXT");
    if (txt.data?.kind !== "TXT") throw new Error("no TXT data");
    expect(txt.data.strings.map((s) => s.text)).toEqual(['a"b;c', "x y", "\u00ff"]);
    expect(txt.data.strings[0].columns).toEqual([11, 12, 14, 15, 19]);
  });

  it("strings split over lines in parentheses keep one-line columns each", () => {
    const r = parseLines(['t 60 TXT ( "v=TLSRPTv1; "', '          "rua=mailto:a@example.com" )']);
    const txt = only(r, "t.example.com", "TXT");
    if (txt.data?.kind !== "TXT") throw new Error("no TXT data");
    expect(txt.data.strings[1].span).toEqual({ line: 2, column: 11, endLine: 2, endColumn: 37 });
    expect(txt.data.strings[1].columns?.[0]).toBe(12);
  });

  it("SPF records carry TXT data", () => {
    const r = parseLines(['@ 60 SPF "v=spf1 -all"']);
    expect(only(r, "example.com", "SPF").data).toMatchObject({
      kind: "TXT",
      strings: [{ text: "v=spf1 -all" }],
    });
  });

  it("a string of exactly 255 octets is accepted (RFC 1035 §3.3)", () => {
    const r = parseLines([`t 60 TXT "${"a".repeat(255)}"`]);
    expect(r.issues).toEqual([]);
  });
});

describe("RDATA of the types the rules read", () => {
  it("RFC 1035 §3.3.9 MX: preference and exchange, relative exchange gets the origin", () => {
    const r = parseLines(["@ 60 MX 10 mx1", "@ 60 MX 65535 MX2.Example.NET."]);
    expect(r.records.map((x) => x.data)).toEqual([
      { kind: "MX", preference: 10, exchange: "mx1.example.com", exchangeText: "mx1" },
      {
        kind: "MX",
        preference: 65535,
        exchange: "mx2.example.net",
        exchangeText: "MX2.Example.NET.",
      },
    ]);
  });

  it("RFC 7505 null MX: the exchange '.' is the empty name", () => {
    const r = parseLines(["@ 60 MX 0 ."]);
    expect(r.records[0].data).toEqual({
      kind: "MX",
      preference: 0,
      exchange: "",
      exchangeText: ".",
    });
  });

  it("CNAME, NS, PTR, DNAME give NameData", () => {
    const r = parseLines([
      "a 60 CNAME b",
      "@ 60 NS ns1.example.net.",
      "p 60 PTR @",
      "d 60 DNAME example.net.",
    ]);
    expect(r.records.map((x) => [x.type, x.data])).toEqual([
      ["CNAME", { kind: "NAME", target: "b.example.com" }],
      ["NS", { kind: "NAME", target: "ns1.example.net" }],
      ["PTR", { kind: "NAME", target: "example.com" }],
      ["DNAME", { kind: "NAME", target: "example.net" }],
    ]);
  });

  it("A and AAAA addresses (RFC 1035 §3.4.1, RFC 3596 §2.4)", () => {
    const r = parseLines([
      "a 60 A 192.0.2.1",
      "a 60 AAAA 2001:DB8::1",
      "a 60 AAAA ::ffff:192.0.2.1",
    ]);
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => x.data)).toEqual([
      { kind: "ADDRESS", address: "192.0.2.1" },
      { kind: "ADDRESS", address: "2001:db8::1" },
      { kind: "ADDRESS", address: "::ffff:192.0.2.1" },
    ]);
  });

  it("SOA timers may use TTL units; the serial may not", () => {
    const r = parseLines(["@ 60 SOA ns1 host 2026112801 2h 30m 1w2d 5m"]);
    expect(r.records[0].data).toMatchObject({
      serial: 2026112801,
      refresh: 7200,
      retry: 1800,
      expire: 777600,
      minimum: 300,
    });
  });

  it("types the rules do not read stay opaque: rdata text, no data", () => {
    const r = parseLines(['@ 60 CAA 0 issue "letsencrypt.org"', "_sip._tcp 60 srv 0 5 5060 sip"]);
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => [x.type, x.rdata, x.data])).toEqual([
      ["CAA", '0 issue "letsencrypt.org"', undefined],
      ["SRV", "0 5 5060 sip", undefined],
    ]);
  });
});

describe("RFC 3597 unknown types and generic RDATA", () => {
  it("TYPEnnn of a known type is reported by its mnemonic; \\# RDATA is decoded for it", () => {
    const r = parseLines([
      "t 60 TYPE16 \\# 8 07763d5354537631",
      "a 60 TYPE1 \\# 4 C0000201",
      "m 60 MX \\# 3 000a 00",
    ]);
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => x.type)).toEqual(["TXT", "A", "MX"]);
    expect(r.records[0].data).toMatchObject({ kind: "TXT", strings: [{ text: "v=STSv1" }] });
    expect(r.records[1].data).toEqual({ kind: "ADDRESS", address: "192.0.2.1" });
    expect(r.records[2].data).toEqual({
      kind: "MX",
      preference: 10,
      exchange: "",
      exchangeText: ".",
    });
  });

  it("an unknown TYPEnnn keeps its generic RDATA as opaque text", () => {
    const r = parseLines(["x 60 TYPE65280 \\# 2 ABCD", "y 60 type65281 \\# 0"]);
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => [x.type, x.rdata, x.data])).toEqual([
      ["TYPE65280", "\\# 2 ABCD", undefined],
      ["TYPE65281", "\\# 0", undefined],
    ]);
  });

  it("generic AAAA and CNAME RDATA decode to the usual forms", () => {
    const r = parseLines([
      "a 60 AAAA \\# 16 20010db8000000000000000000000001",
      "c 60 CNAME \\# 17 03777777076578616d706c6503636f6d00",
    ]);
    expect(r.issues).toEqual([]);
    expect(r.records[0].data).toEqual({ kind: "ADDRESS", address: "2001:db8::1" });
    expect(r.records[1].data).toEqual({ kind: "NAME", target: "www.example.com" });
  });
});

describe("declaredOrigin (interface.md: where the domain comes from)", () => {
  it("is the $ORIGIN written before the first record", () => {
    const r = parseMasterFile("$ORIGIN example.com.\n@ 300 IN MX 10 mail\n", { file: "z" });
    expect(r.declaredOrigin).toBe("example.com");
  });

  it("ignores a later $ORIGIN (a sub-zone block) and falls back to the absolute SOA owner", () => {
    const text = [
      "example.com. 300 IN SOA ns1.example.com. host.example.com. 1 2 3 4 5",
      "$ORIGIN eu.example.com.",
      "www 300 IN A 192.0.2.1",
      "",
    ].join("\n");
    expect(parseMasterFile(text, { file: "z" }).declaredOrigin).toBe("example.com");
  });
});

describe("declaredOriginOf reads only as far as needed, with the full parser's answer", () => {
  const cases = [
    "$ORIGIN example.com.\n@ 300 IN MX 10 mail\n",
    "example.com. 300 IN SOA ns1.example.com. host.example.com. 1 2 3 4 5\n$ORIGIN eu.example.com.\nwww 300 IN A 192.0.2.1\n",
    "$TTL 300\nwww.example.org. IN A 192.0.2.1\nexample.org. IN SOA ns1.example.org. h.example.org. 1 2 3 4 5\n",
    "@ 300 IN A 192.0.2.1\n",
    "",
  ];
  it.each(cases)("%j", (text) => {
    expect(declaredOriginOf(text, "z")).toBe(parseMasterFile(text, { file: "z" }).declaredOrigin);
  });

  it("does not read past the origin: a broken tail does not matter", () => {
    const text = `$ORIGIN example.net.\n${"bad line here\n".repeat(1000)}`;
    expect(declaredOriginOf(text, "z")).toBe("example.net");
  });
});
