import { describe, expect, it } from "vitest";
import { parseMasterFile } from "../../../src/parse/zone/master.js";
import { parseLines } from "./helpers.js";

/** Parses one bad line followed by a good one; the good record must survive. */
function oneError(bad: string, options = {}) {
  const r = parseLines([bad, "ok 60 IN A 192.0.2.99"], options);
  expect(r.records.map((x) => x.owner)).toContain("ok.example.com");
  expect(r.issues).toHaveLength(1);
  return { issue: r.issues[0], records: r.records };
}

describe("syntax errors: an issue at the line, the record dropped, reading resumes (BIND rejects)", () => {
  it("RFC 1035 §3.3.9: MX preference out of range, pointing at the number", () => {
    const { issue, records } = oneError("@ 60 MX 70000 mx1");
    expect(issue.message).toBe("MX preference 70000 is out of range 0-65535");
    expect(issue.span).toEqual({ line: 1, column: 9, endLine: 1, endColumn: 14 });
    expect(issue.file).toBe("zones/example.com.zone");
    expect(records.some((x) => x.type === "MX")).toBe(false);
  });

  it("MX preference that is not a number, and an MX with a missing exchange", () => {
    expect(oneError("@ 60 MX ten mx1").issue.message).toContain(
      'MX preference "ten" is not a number',
    );
    const missing = oneError("@ 60 MX mx1.example.net.").issue;
    expect(missing.message).toContain("MX record is incomplete");
    expect(missing.span).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 25 });
  });

  it("unknown class or type", () => {
    const { issue } = oneError("www 60 FOO bar");
    expect(issue.message).toContain('unknown class or type "FOO"');
    expect(issue.span).toEqual({ line: 1, column: 8, endLine: 1, endColumn: 11 });
  });

  it("relative name but no $ORIGIN and no configured domain", () => {
    const r = parseLines(["www 60 A 192.0.2.1", "ok. 60 A 192.0.2.2"], { origin: undefined });
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].message).toContain('relative name "www" but no $ORIGIN is set');
    expect(r.issues[0].span.line).toBe(1);
    expect(r.records.map((x) => x.owner)).toEqual(["ok"]);
  });

  it("@ with no origin", () => {
    const r = parseLines(["@ 60 A 192.0.2.1"], { origin: undefined });
    expect(r.issues[0].message).toContain('"@" stands for the origin, but no $ORIGIN is set');
  });

  it("relative RDATA name with no origin points at the RDATA token", () => {
    const r = parseLines(["example.org. 60 MX 10 mx1"], { origin: undefined });
    expect(r.issues[0].message).toContain('MX exchange: relative name "mx1"');
    expect(r.issues[0].span).toEqual({ line: 1, column: 23, endLine: 1, endColumn: 26 });
  });

  it("unbalanced quotes: the string does not continue on the next line (BIND)", () => {
    const r = parseLines(['t 60 TXT "v=STSv1; id=1', "ok 60 A 192.0.2.1"]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].message).toContain("unbalanced quotes");
    expect(r.issues[0].span).toEqual({ line: 1, column: 10, endLine: 1, endColumn: 24 });
    expect(r.records.map((x) => x.owner)).toEqual(["ok.example.com"]);
  });

  it("a quoted string ending in a backslash at the end of the file is unbalanced, inside the line", () => {
    const r = parseMasterFile('t 60 TXT "abc\\', { file: "z", origin: "example.com" });
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].message).toContain("unbalanced quotes");
    expect(r.issues[0].span).toEqual({ line: 1, column: 10, endLine: 1, endColumn: 15 });
  });

  it("unclosed ( is reported at the line where it opened; reading resumes at the next owner", () => {
    const r = parseLines([
      "@ 60 SOA ns1 host ( 1 2",
      "   3 4 5",
      "www 60 A 192.0.2.1",
      "   60 AAAA 2001:db8::1",
    ]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].message).toContain('this "(" is never closed');
    expect(r.issues[0].span).toEqual({ line: 1, column: 19, endLine: 1, endColumn: 20 });
    expect(r.records.map((x) => `${x.owner} ${x.type} ${x.span.line}`)).toEqual([
      "www.example.com A 3",
      "www.example.com AAAA 4",
    ]);
  });

  it("an unclosed ( does not report the problems of the lines read again twice", () => {
    const r = parseLines(["@ 60 SOA ns1 host ( 1 2", 'bad 60 TXT "unclosed', "ok 60 A 192.0.2.1"]);
    expect(r.issues.map((i) => [i.span.line, i.message.slice(0, 24)])).toEqual([
      [1, "unbalanced parentheses: "],
      [2, "unbalanced quotes: this "],
    ]);
    expect(r.records.map((x) => x.owner)).toEqual(["ok.example.com"]);
  });

  it("a ) without ( is an issue at the parenthesis", () => {
    const { issue } = oneError("t 60 TXT a )");
    expect(issue.message).toContain('this ")" closes no "("');
    expect(issue.span).toEqual({ line: 1, column: 12, endLine: 1, endColumn: 13 });
  });

  it("RFC 1035 §5.1: an inherited owner with no previous record", () => {
    const r = parseLines(["  60 A 192.0.2.1", "ok 60 A 192.0.2.2"]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].message).toContain("no previous record");
    expect(r.issues[0].span.line).toBe(1);
  });

  it("bad addresses: a dotted quad out of range, leading zeros, an IPv6 address in an A record, a zone index", () => {
    expect(oneError("a 60 A 192.0.2.256").issue.message).toContain(
      '"192.0.2.256" is not a valid IPv4 address',
    );
    expect(oneError("a 60 A 01.2.3.4").issue.message).toContain("without leading zeros");
    expect(oneError("a 60 A 2001:db8::1").issue.message).toContain("use an AAAA record");
    expect(oneError("a 60 AAAA fe80::1%eth0").issue.message).toContain(
      "is not a valid IPv6 address",
    );
    expect(oneError("a 60 AAAA 192.0.2.1").issue.message).toContain("use an A record");
  });

  it("extra text after RDATA points at the extra words", () => {
    const { issue } = oneError("a 60 A 192.0.2.1 extra words");
    expect(issue.message).toContain('extra text after the A RDATA: "extra words"');
    expect(issue.span).toEqual({ line: 1, column: 18, endLine: 1, endColumn: 29 });
  });

  it("TTL errors: a bare number after units (BIND rejects 1h30), a bad unit", () => {
    const bare = oneError("a 1h30 A 192.0.2.1").issue;
    expect(bare.message).toContain('"1h30" is not a TTL: the last number has no unit');
    expect(bare.span).toEqual({ line: 1, column: 3, endLine: 1, endColumn: 7 });
    expect(oneError("a 5y A 192.0.2.1").issue.message).toContain('"y" is not a unit');
  });

  it("RFC 2181 §8: a TTL above 2^31-1 is an issue and is read as 0 (as BIND loads it)", () => {
    const r = parseLines(["a 4294967295 A 192.0.2.1"]);
    expect(r.issues[0].message).toContain("TTL 4294967295 is above 2147483647");
    expect(r.records[0].ttl).toBe(0);
  });

  it("names: empty label, label over 63 octets, name over 255 octets, bad escapes", () => {
    expect(oneError("a..b 60 A 192.0.2.1").issue.message).toContain("empty label");
    expect(oneError(`${"x".repeat(64)} 60 A 192.0.2.1`).issue.message).toContain(
      "longer than 63 octets",
    );
    const long = Array.from({ length: 5 }, () => "y".repeat(60)).join(".");
    expect(oneError(`${long} 60 A 192.0.2.1`).issue.message).toContain("longer than 255 octets");
    expect(oneError("a\\1x 60 A 192.0.2.1").issue.message).toContain("exactly three digits");
    expect(oneError("a\\256 60 A 192.0.2.1").issue.message).toContain("255 or less");
  });

  it("TXT: no strings, a string over 255 octets (RFC 1035 §3.3), a bad escape", () => {
    expect(oneError("t 60 TXT").issue.message).toContain("has no strings");
    const long = oneError(`t 60 TXT "${"a".repeat(256)}"`).issue;
    expect(long.message).toContain("256 octets long");
    expect(long.span.column).toBe(10);
    expect(oneError('t 60 TXT "a\\1"').issue.message).toContain("exactly three digits");
  });

  it("SOA: wrong field count, bad serial, bad timer", () => {
    expect(oneError("@ 60 SOA ns1 host 1 2 3 4").issue.message).toContain(
      "SOA record is incomplete",
    );
    expect(oneError("@ 60 SOA ns1 host 1x 2 3 4 5").issue.message).toContain('SOA serial "1x"');
    expect(oneError("@ 60 SOA ns1 host 1 2 3 4 5q").issue.message).toContain("SOA minimum");
  });

  it("RFC 3597: generic RDATA length mismatch, bad hex, wire data that is not the type", () => {
    expect(oneError("x 60 TYPE65280 \\# 3 abcd").issue.message).toContain(
      "length 3 does not match the 2 octets",
    );
    expect(oneError("x 60 TYPE65280 \\# 2 zzzz").issue.message).toContain("is not hexadecimal");
    expect(oneError("x 60 TXT \\# 3 616263").issue.message).toContain(
      "does not hold a valid TXT record",
    );
    expect(oneError("x 60 TYPE65280 abcd").issue.message).toContain("generic form");
  });

  it("types that cannot appear in a zone, and RDATA missing for a type", () => {
    expect(oneError("x 60 AXFR").issue.message).toContain("query type");
    expect(oneError("x 60 CAA").issue.message).toContain("CAA record has no RDATA");
  });

  it("a record with no type", () => {
    expect(oneError("x 60 IN").issue.message).toContain("this record has no type");
  });

  it("directives: unknown, and wrong argument counts", () => {
    expect(oneError("$FOO bar").issue.message).toContain('unknown directive "$FOO"');
    expect(oneError("$ORIGIN").issue.message).toContain("$ORIGIN takes exactly one domain name");
    expect(oneError("$TTL").issue.message).toContain("$TTL takes exactly one TTL");
    expect(oneError("$TTL 1h30").issue.message).toContain("$TTL:");
    expect(oneError("$INCLUDE").issue.message).toContain("$INCLUDE takes a file name");
  });

  it("$INCLUDE without a file reader is an issue, not a crash", () => {
    const { issue } = oneError("$INCLUDE other.zone");
    expect(issue.message).toContain('$INCLUDE "other.zone" is not read');
    expect(issue.span).toEqual({ line: 1, column: 10, endLine: 1, endColumn: 20 });
  });
});

describe("characters that do not belong outside quotes (rules.md: Text or not)", () => {
  it("a NUL or other control character outside quotes is an issue at its column", () => {
    const r = parseLines([
      "a\u0000b 60 A 192.0.2.1",
      "c 60 A 192.0.2.2\u0007",
      "ok 60 A 192.0.2.3",
    ]);
    expect(r.issues.map((i) => [i.span.line, i.span.column])).toEqual([
      [1, 2],
      [2, 17],
    ]);
    expect(r.issues[0].message).toContain("a NUL character outside quotes");
    expect(r.issues[1].message).toContain("U+0007");
    expect(r.records.map((x) => x.owner)).toEqual(["ok.example.com"]);
  });

  it("invalid UTF-8 (decoded as U+FFFD) outside quotes is an issue; inside quotes it is data", () => {
    const r = parseLines(["t\ufffd 60 A 192.0.2.1", 't 60 TXT "caf\ufffd"']);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].message).toContain("not valid UTF-8");
    expect(r.issues[0].span).toEqual({ line: 1, column: 2, endLine: 1, endColumn: 3 });
    expect(r.records[0].data).toMatchObject({ strings: [{ text: "caf\ufffd" }] });
  });

  it("control characters inside quotes and inside comments are left alone", () => {
    const r = parseLines(['t 60 TXT "a\u0001b" ; \u0000 comment']);
    expect(r.issues).toEqual([]);
    expect(r.records).toHaveLength(1);
  });

  it("a byte order mark is an issue; the records after it are still read with their columns", () => {
    const r = parseMasterFile("\ufeff@ 60 A 192.0.2.1", { file: "z", origin: "example.com" });
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].message).toContain("byte order mark");
    expect(r.records[0].owner).toBe("example.com");
    expect(r.records[0].span.column).toBe(2);
  });
});

describe("several errors in one file (fixture errors.zone, checked against named-checkzone)", () => {
  it("reports each at the line BIND reports, and keeps every good record", async () => {
    const { readFixture } = await import("./helpers.js");
    const r = parseMasterFile(readFixture("errors.zone"), {
      file: "errors.zone",
      origin: "example.com",
    });
    expect(r.issues.map((i) => i.span.line)).toEqual([7, 9, 11, 13, 15, 17]);
    expect(r.records.filter((x) => x.owner.startsWith("ok")).map((x) => x.owner)).toEqual([
      "ok1.example.com",
      "ok2.example.com",
      "ok3.example.com",
      "ok4.example.com",
      "ok5.example.com",
      "ok6.example.com",
    ]);
  });
});
