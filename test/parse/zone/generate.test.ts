// biome-ignore-all lint/suspicious/noTemplateCurlyInString: $GENERATE templates use ${offset,width,base}
import { describe, expect, it } from "vitest";
import { parseLines } from "./helpers.js";

// BIND's $GENERATE directive (BIND 9 ARM, "BIND Master File Extension: the $GENERATE
// Directive"); outputs checked with named-checkzone 9.18.
describe("$GENERATE", () => {
  it("one record per value; $ in owner and RDATA", () => {
    const r = parseLines(["$GENERATE 1-3 host$ A 192.0.2.$"]);
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => [x.owner, x.data])).toEqual([
      ["host1.example.com", { kind: "ADDRESS", address: "192.0.2.1" }],
      ["host2.example.com", { kind: "ADDRESS", address: "192.0.2.2" }],
      ["host3.example.com", { kind: "ADDRESS", address: "192.0.2.3" }],
    ]);
    expect(r.records[0].span).toEqual({ line: 1, column: 15, endLine: 1, endColumn: 32 });
  });

  it("step, ${offset,width,base}, TTL and class, $$ and \\$ for a literal $", () => {
    const r = parseLines([
      "$GENERATE 250-252/2 c${0,4,X} 30 IN A 192.0.2.$",
      "$GENERATE 1-1 g${1,3,x} CNAME h${-1}",
      '$GENERATE 1-1 t$$ TXT "x\\$y$"',
    ]);
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => `${x.owner} ${x.ttl} ${x.rdata}`)).toEqual([
      "c00fa.example.com 30 192.0.2.250",
      "c00fc.example.com 30 192.0.2.252",
      // No $TTL: the last TTL written stays in force (RFC 1035 §5.1), as in BIND.
      "g002.example.com 30 h0",
      "t$.example.com 30 x\\$y1",
    ]);
    expect(r.records[3].data).toMatchObject({ strings: [{ text: "x$y1" }] });
  });

  it("a quoted RDATA template is read again as RDATA text (BIND): two strings", () => {
    const r = parseLines(['$GENERATE 1-1 b$ TXT "x y"']);
    expect(r.records[0].data).toMatchObject({ strings: [{ text: "x" }, { text: "y" }] });
    if (r.records[0].data?.kind !== "TXT") throw new Error("no TXT data");
    expect(r.records[0].data.strings[0].columns).toBeUndefined();
  });

  it("errors: bad range, an empty range, too few fields, a bad modifier, nibble mode", () => {
    const messages = parseLines([
      "$GENERATE 1-x h$ A 192.0.2.$",
      "$GENERATE 5-1 h$ A 192.0.2.$",
      "$GENERATE 1-3 h$",
      "$GENERATE 1-3 h${1,2,q} A 192.0.2.$",
      "$GENERATE 1-3 ${0,4,n} PTR h$",
    ]).issues.map((i) => [i.span.line, i.message]);
    expect(messages).toHaveLength(5);
    expect(messages[0]).toEqual([1, '$GENERATE range "1-x" is not start-stop or start-stop/step']);
    expect(messages[1][1]).toContain("is empty");
    expect(messages[2][1]).toContain("$GENERATE needs a range");
    expect(messages[3][1]).toContain('modifier "${1,2,q}"');
    expect(messages[4][1]).toContain("nibble format");
  });

  it("modifiers that would misbehave are refused: an inherited property name as base, a huge width", () => {
    const r = parseLines([
      "$GENERATE 1-2 h${0,2,constructor} A 192.0.2.$",
      "$GENERATE 1-2 h${0,99999} A 192.0.2.$",
    ]);
    expect(r.records).toEqual([]);
    expect(r.issues.map((i) => i.span.line)).toEqual([1, 2]);
    expect(r.issues[1].message).toContain("pads wider than 63 characters");
  });

  it("a bad generated record is reported once, not once per value", () => {
    const r = parseLines(["$GENERATE 1-100 h$ A 192.0.2.$"]);
    expect(r.records).toHaveLength(100);
    expect(r.issues).toHaveLength(0);
    const bad = parseLines(["$GENERATE 250-260 h$ A 192.0.2.$"]);
    expect(bad.records).toHaveLength(6);
    expect(bad.issues).toHaveLength(1);
    expect(bad.issues[0].message).toContain('"192.0.2.256" is not a valid IPv4 address');
  });

  it("a huge range is refused instead of filling memory", () => {
    const r = parseLines(["$GENERATE 0-4294967295 h$ A 192.0.2.1"]);
    expect(r.records).toHaveLength(0);
    expect(r.issues[0].message).toContain("more than 100000 records");
  });
});
