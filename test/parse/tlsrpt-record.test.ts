import { describe, expect, it } from "vitest";
import {
  isTlsrptRecordText,
  parseTlsrptRecord,
  resemblesTlsrptRecord,
  splitRuaUris,
} from "../../src/parse/tlsrpt-record.js";

const fieldsOf = (strings: string[]) =>
  parseTlsrptRecord(strings).fields.map((f) => `${f.name}=${f.value}`);

describe("parseTlsrptRecord (RFC 8460 §3)", () => {
  it("parses the RFC 8460 §3.1.1 mailto example clean", () => {
    const r = parseTlsrptRecord(["v=TLSRPTv1;rua=mailto:reports@example.com"]);
    expect(r.issues).toEqual([]);
    expect(r.version).toMatchObject({ name: "v", value: "TLSRPTv1" });
    expect(r.fields).toEqual([
      { name: "rua", value: "mailto:reports@example.com", start: 11, end: 41, valueStart: 15 },
    ]);
  });

  it("parses the RFC 8460 §3.1.2 https example, split in two strings, clean", () => {
    const r = parseTlsrptRecord(["v=TLSRPTv1; ", "rua=https://reporting.example.com/v1/tlsrpt"]);
    expect(r.issues).toEqual([]);
    expect(fieldsOf(r.strings)).toEqual(["rua=https://reporting.example.com/v1/tlsrpt"]);
  });

  it("keeps a comma-separated rua list as one value: its commas separate URIs, not fields", () => {
    const list = "mailto:a@example.com, https://r.example/?a=b,mailto:c@example.com";
    const r = parseTlsrptRecord([`v=TLSRPTv1; rua=${list}`]);
    expect(r.issues).toEqual([]);
    expect(fieldsOf(r.strings)).toEqual([`rua=${list}`]);
  });

  it("does not judge rua values (tlsrpt-rua does)", () => {
    expect(parseTlsrptRecord(["v=TLSRPTv1; rua=ftp://x y"]).issues).toEqual([]);
  });

  it("reports a space used as a field separator after the version", () => {
    const r = parseTlsrptRecord(["v=TLSRPTv1 rua=mailto:a@example.com"]);
    expect(r.issues.map((i) => [i.kind, i.start, i.end])).toEqual([["syntax", 10, 11]]);
    expect(r.issues[0].fix).toBe("v=TLSRPTv1; rua=mailto:a@example.com");
  });

  it("reports the wrong version case", () => {
    const r = parseTlsrptRecord(["v=tlsrptv1; rua=mailto:a@example.com"]);
    expect(r.issues.map((i) => [i.kind, i.start, i.end])).toEqual([["syntax", 0, 10]]);
    expect(r.issues[0].message).toContain("RFC 8460 §3");
    expect(r.issues[0].message).toContain("not wanting TLS reports");
  });

  it("reports trailing whitespace as whitespace (tlsrpt-whitespace)", () => {
    const r = parseTlsrptRecord(["v=TLSRPTv1; rua=mailto:a@example.com "]);
    expect(r.issues.map((i) => [i.kind, i.start, i.end])).toEqual([["whitespace", 36, 37]]);
  });
});

describe("splitRuaUris (rua = tlsrpt-uri *(*WSP ',' *WSP tlsrpt-uri))", () => {
  it("splits on ',' with optional whitespace and returns offsets in the record", () => {
    expect(splitRuaUris("mailto:a@x.example, https://r.example", 15)).toEqual([
      { uri: "mailto:a@x.example", start: 15, end: 33 },
      { uri: "https://r.example", start: 35, end: 52 },
    ]);
  });

  it("keeps empty entries so the rule can point at them", () => {
    expect(splitRuaUris("a,,b,", 0)).toEqual([
      { uri: "a", start: 0, end: 1 },
      { uri: "", start: 2, end: 2 },
      { uri: "b", start: 3, end: 4 },
      { uri: "", start: 5, end: 5 },
    ]);
  });

  it("returns one URI for a value without commas", () => {
    expect(splitRuaUris("mailto:a@x.example", 4)).toEqual([
      { uri: "mailto:a@x.example", start: 4, end: 22 },
    ]);
  });
});

describe("isTlsrptRecordText / resemblesTlsrptRecord (rules.md 'What counts as the record')", () => {
  it("takes a record that begins with exactly v=TLSRPTv1", () => {
    expect(isTlsrptRecordText("v=TLSRPTv1; rua=mailto:a@x")).toBe(true);
    expect(isTlsrptRecordText("v=TLSRPTv1")).toBe(true);
    expect(isTlsrptRecordText("v=TLSRPTv10;")).toBe(false);
    expect(isTlsrptRecordText("v=tlsrptv1;")).toBe(false);
  });

  it("recognises attempts at the record", () => {
    for (const t of ["v=tlsrptv1", "V = TLSRPT", "rua=mailto:a@x; v=TLSRPTv1", "v=TLSRPTv2"]) {
      expect(resemblesTlsrptRecord(t), t).toBe(true);
    }
    for (const t of ["v=spf1 -all", "v=STSv1; id=1", "tlsrpt=yes"]) {
      expect(resemblesTlsrptRecord(t), t).toBe(false);
    }
  });
});
