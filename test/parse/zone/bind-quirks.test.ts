import { describe, expect, it } from "vitest";
import { parseMasterFile } from "../../../src/parse/zone/master.js";
import { canonicalRecords } from "./bind-oracle.js";
import { memoryIncluder, parseLines, readFixture } from "./helpers.js";

// Each expectation below is named-checkzone 9.18's reading of the same text (recorded with
// `named-checkzone -D -o - example.com <file>`); differential.test.ts re-checks the fixtures
// against BIND itself when it is installed.

const HEADER = ["$TTL 300", "@ SOA ns1 hostmaster 1 3600 1800 604800 300", "\tNS ns1"];

function ttlsOf(lines: string[], owner: string): number[] {
  const r = parseLines([...HEADER, ...lines]);
  expect(r.issues).toEqual([]);
  return r.records.filter((x) => x.owner === owner).map((x) => x.ttl);
}

describe("RRsets as BIND loads them (RFC 2181 §5.2: one TTL per RRset)", () => {
  it("within one run of an owner the first TTL wins ('TTL set to prior TTL')", () => {
    expect(
      ttlsOf(["a 100 A 192.0.2.2", "a 200 A 192.0.2.3", "a A 192.0.2.4"], "a.example.com"),
    ).toEqual([100, 100, 100]);
  });

  it("a later run of the owner sets the TTL of the whole RRset", () => {
    const lines = ["d 120 TXT a", "e A 192.0.2.1", "d 60 TXT b", "d 30 TXT c"];
    expect(ttlsOf(lines, "d.example.com")).toEqual([60, 60, 60]);
  });

  it("the prior TTL becomes the TTL of the next record that gives none (no $TTL)", () => {
    const r = parseLines(["@ 60 TXT a", "@ 120 TXT b", "x TXT c"]);
    expect(r.records.map((x) => x.ttl)).toEqual([60, 60, 60]);
  });

  it("an $INCLUDE ends the run: records after it set the RRset's TTL again", () => {
    const r = parseMasterFile(["$INCLUDE inc.zone", "@ 4H MX 10 mx1", ""].join("\n"), {
      file: "main.zone",
      origin: "example.com",
      include: memoryIncluder({ "inc.zone": "@ 1h MX 20 mx2\n" }),
    });
    expect(r.records.map((x) => x.ttl)).toEqual([14400, 14400]);
  });

  it("a record written twice is served once: no false 'more than one STS record'", () => {
    const r = parseLines([
      ...HEADER,
      '_mta-sts TXT "v=STSv1; id=1"',
      "_mta-sts TXT v=STSv1\\;\\ id=1",
      "@ MX 10 MX1",
      "@ MX 010 mx1.example.com.",
      "v6 AAAA 2001:DB8:0:0::1",
      "v6 AAAA 2001:db8::1",
    ]);
    expect(r.issues).toEqual([]);
    expect(r.records.filter((x) => x.type === "TXT")).toHaveLength(1);
    expect(r.records.filter((x) => x.type === "MX")).toHaveLength(1);
    expect(r.records.filter((x) => x.type === "AAAA")).toHaveLength(1);
  });
});

describe("zone contents BIND rejects at a line", () => {
  it("RFC 1034 §3.6.2: a CNAME with other data, and two CNAMEs or SOAs, at the line BIND names", () => {
    const r = parseMasterFile(readFixture("nasty-errors.zone"), {
      file: "nasty-errors.zone",
      origin: "example.com",
    });
    const lines = r.issues.map((i) => i.span.line);
    // BIND: 8 and 12 "multiple RRs of singleton type", 10 "CNAME and other data", 13 an
    // indented $TTL, 14 "a(b)", 15 a TTL over 32 bits, 16 "\256", 17 "$TTL" without line end.
    expect(lines).toEqual([8, 10, 12, 13, 14, 15, 16, 17]);
    expect(r.issues[1].message).toMatch(/CNAME and TXT records/);
    // The records stay visible to the rules, which report their own findings about them.
    expect(r.records.filter((x) => x.owner === "_mta-sts.example.com").map((x) => x.type)).toEqual([
      "CNAME",
      "TXT",
    ]);
  });

  it("KEY, NSEC and RRSIG may sit next to a CNAME (RFC 4035 §2.5)", () => {
    const r = parseLines([...HEADER, "k CNAME x", "k NSEC x A", "k KEY 256 3 8 AwEAAQ=="]);
    expect(r.issues).toEqual([]);
  });

  it("$TTL, $ORIGIN and $GENERATE need a line end when they end the file; a record does not", () => {
    for (const last of ["$TTL 60", "$ORIGIN example.com.", "$GENERATE 1-2 g$ A 192.0.2.$"]) {
      const r = parseMasterFile(`@ 60 A 192.0.2.1\n${last}`, { file: "z", origin: "example.com" });
      expect(
        r.issues.map((i) => i.span.line),
        last,
      ).toEqual([2]);
    }
    const ok = parseMasterFile("$TTL 60\n@ A 192.0.2.1", { file: "z", origin: "example.com" });
    expect(ok.issues).toEqual([]);
  });
});

describe("line ends inside strings and comments, as BIND's lexer reads them", () => {
  it('a "\\" before an LF continues a quoted string with a newline in the text', () => {
    const r = parseLines(['esc TXT "line1\\', 'line2" after']);
    expect(r.issues).toEqual([]);
    expect(canonicalRecords(r)).toEqual(['esc.example.com. 3600 IN TXT "line1\\10line2" "after"']);
    expect(r.records[0].span).toMatchObject({ line: 1, endLine: 2 });
  });

  it('"\\" before a CRLF escapes the CR only: the string is still unbalanced', () => {
    const r = parseMasterFile('esc TXT "a\\\r\n b"\r\nok A 192.0.2.1\r\n', {
      file: "z",
      origin: "example.com",
    });
    expect(r.issues.map((i) => i.span.line)).toEqual([1, 2]);
    expect(r.records.map((x) => x.owner)).toEqual(["ok.example.com"]);
  });

  it("a lone CR inside quotes is data; outside quotes it ends the record", () => {
    const r = parseMasterFile('g TXT "a\rb"\rh TXT y\n', { file: "z", origin: "example.com" });
    expect(r.issues).toEqual([]);
    expect(canonicalRecords(r)).toEqual([
      'g.example.com. 3600 IN TXT "a\\13b"',
      'h.example.com. 3600 IN TXT "y"',
    ]);
  });

  it("a comment runs to the LF: a lone CR in it does not end it", () => {
    const r = parseMasterFile("a A 192.0.2.1 ; note\rb A 192.0.2.2\nc A 192.0.2.3\n", {
      file: "z",
      origin: "example.com",
    });
    expect(r.records.map((x) => x.owner)).toEqual(["a.example.com", "c.example.com"]);
    expect(r.records[1].span.line).toBe(3);
  });
});
