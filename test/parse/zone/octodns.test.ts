import { describe, expect, it } from "vitest";
import type { MxData, TxtData } from "../../../src/model/zone.js";
import {
  OCTODNS_DEFAULT_TTL,
  parseOctodnsFile,
  parseOctodnsZone,
} from "../../../src/parse/zone/octodns.js";
import { only, readFixture } from "./helpers.js";

const FILE = "config/example.com.yaml";

function parse(text: string) {
  return parseOctodnsFile(text, { file: FILE, origin: "example.com" });
}

function lines(...l: string[]): string {
  return `${l.join("\n")}\n`;
}

function txt(result: ReturnType<typeof parse>, owner: string) {
  return only(result, owner, "TXT").data as TxtData;
}

describe("octoDNS zone files as the octoDNS docs write them (fixture octodns/example.com.yaml)", () => {
  const result = parse(readFixture("octodns/example.com.yaml"));

  it("reads every record without issues", () => {
    expect(result.issues).toEqual([]);
    const summary = result.records.map((r) => `${r.owner} ${r.type}`);
    expect(summary).toEqual([
      "example.com A",
      "example.com A",
      "example.com MX",
      "example.com MX",
      "example.com NS",
      "example.com NS",
      "example.com TXT",
      "example.com TXT",
      "*.example.com CNAME",
      "_dmarc.example.com TXT",
      "_mta-sts.example.com TXT",
      "_smtp._tls.example.com TXT",
      "google._domainkey.example.com TXT",
      "legacy.example.com MX",
      "mta-sts.example.com A",
      "mta-sts.example.com AAAA",
      "_sip._tcp.example.com SRV",
      "www.example.com CNAME",
    ]);
  });

  it("MX exchange/preference; the older value/priority form (octoDNS MxValue)", () => {
    const mx = result.records.filter((r) => r.type === "MX").map((r) => r.data as MxData);
    expect(mx.map((m) => [m.preference, m.exchange])).toEqual([
      [10, "mx1.example.com"],
      [20, "mx2.example.com"],
      [30, "mx3.example.com"],
    ]);
  });

  it("TTL: the record's, else octoDNS's default 3600", () => {
    expect(result.records.find((r) => r.type === "TXT" && r.owner === "example.com")?.ttl).toBe(
      300,
    );
    expect(only(result, "_mta-sts.example.com", "TXT").ttl).toBe(OCTODNS_DEFAULT_TTL);
    expect(only(result, "www.example.com", "CNAME").ttl).toBe(300);
  });

  it("unescapes \\; in plain and double-quoted values", () => {
    expect(txt(result, "_mta-sts.example.com").strings.map((s) => s.text)).toEqual([
      "v=STSv1; id=20240101T000000",
    ]);
    expect(txt(result, "_smtp._tls.example.com").strings[0].text).toBe(
      "v=TLSRPTv1; rua=mailto:tlsrpt@example.com",
    );
  });

  it("joins a value written in chunks and keeps a long value whole (octoDNS re-chunks it)", () => {
    const dkim = txt(result, "google._domainkey.example.com").strings;
    expect(dkim).toHaveLength(1);
    expect(dkim[0].text.startsWith("v=DKIM1; k=rsa; p=MIIB")).toBe(true);
    expect(dkim[0].text).toContain("ra9z0ppn");
    expect(dkim[0].text.length).toBeGreaterThan(255);
    expect(dkim[0].text).not.toContain('"');
  });

  it("keeps other types opaque and fills address and name data", () => {
    expect(only(result, "_sip._tcp.example.com", "SRV").data).toBeUndefined();
    expect(only(result, "mta-sts.example.com", "AAAA").data).toEqual({
      kind: "ADDRESS",
      address: "2001:db8::20",
    });
    expect(only(result, "*.example.com", "CNAME").data).toEqual({
      kind: "NAME",
      target: "www.example.com",
    });
  });

  it("points each record at its YAML value", () => {
    const mx2 = result.records.filter((r) => r.type === "MX")[1];
    // "      - exchange: mx2.example.com." is line 14 of the fixture.
    expect(mx2.span).toMatchObject({ line: 14, column: 19 });
    expect(only(result, "_mta-sts.example.com", "TXT").span).toMatchObject({
      line: 33,
      column: 10,
    });
  });
});

describe("TXT positions", () => {
  it("gives each character its column in a plain value, \\; escapes skipped", () => {
    const r = parse(lines("_mta-sts:", "  type: TXT", "  value: v=STSv1\\; id=abc"));
    const s = txt(r, "_mta-sts.example.com").strings[0];
    expect(s.text).toBe("v=STSv1; id=abc");
    const idAt = s.text.indexOf("id=");
    // "  value: v=STSv1\; id=abc": "i" of id is at column 20.
    expect(s.columns?.[idAt]).toBe(20);
    expect(s.span).toEqual({ line: 3, column: 10, endLine: 3, endColumn: 26 });
  });

  it("maps quoted values: single quotes ('' is one quote) and double-quoted escapes", () => {
    const r = parse(
      lines(
        "a:",
        "  type: TXT",
        "  value: 'it''s\\; x=1'",
        "b:",
        "  type: TXT",
        '  value: "v=STSv1\\\\; id=\\x41"',
      ),
    );
    expect(r.issues.map((i) => i.message)).toEqual([]);
    const a = txt(r, "a.example.com").strings[0];
    expect(a.text).toBe("it's; x=1");
    expect(a.columns?.[a.text.indexOf("x")]).toBe(19);
    const b = txt(r, "b.example.com").strings[0];
    expect(b.text).toBe("v=STSv1; id=A");
    expect(b.columns?.[b.text.indexOf("A")]).toBe(25);
    expect(b.span.endColumn).toBe(29);
  });

  it("has no columns for a value over several lines (the record still has its span)", () => {
    const r = parse(lines("a:", "  type: TXT", "  value: >-", "    v=STSv1\\;", "    id=1"));
    const s = txt(r, "a.example.com").strings[0];
    expect(s.text).toBe("v=STSv1; id=1");
    expect(s.columns).toBeUndefined();
    expect(s.span.line).toBe(3);
  });
});

describe("what octoDNS rejects is a zone-syntax issue at the YAML value", () => {
  it("an unescaped ; (octoDNS: unescaped ; in ...), pointed at the ;", () => {
    const r = parse(lines("_mta-sts:", "  type: TXT", "  value: v=STSv1; id=1"));
    expect(r.records).toEqual([]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].message).toMatch(/unescaped ";"/);
    expect(r.issues[0].span).toEqual({ line: 3, column: 17, endLine: 3, endColumn: 18 });
  });

  it("an explicit key with no value (`? [a]`) is an issue at the key, not a crash", () => {
    // YAML's explicit-key form leaves the value empty; the parser once pointed at that value.
    const r = parse(lines("www:", "  type: A", "  value: 192.0.2.1", "? [a]"));
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].message).toMatch(/record name .* is not a name/);
    expect(r.issues[0].span.line).toBe(4);
    expect(r.records.map((rec) => rec.owner)).toEqual(["www.example.com"]);
    const bare = parse(lines("? www"));
    expect(bare.issues[0].message).toMatch(/not a mapping with type and value/);
    expect(bare.issues[0].span.line).toBe(1);
  });

  it("a ; after a blank is accepted as octoDNS accepts it (its check is \\w;)", () => {
    const r = parse(lines("a:", "  type: TXT", "  value: v=STSv1 ; id=1"));
    expect(r.issues).toEqual([]);
    expect(txt(r, "a.example.com").strings[0].text).toBe("v=STSv1 ; id=1");
  });

  it("a double-escaped ; and non-ASCII text", () => {
    const r = parse(
      lines(
        "a:",
        "  type: TXT",
        "  value: 'v=STSv1\\\\; id=1'",
        "b:",
        "  type: TXT",
        "  value: café",
      ),
    );
    expect(r.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/double escaped/),
      expect.stringMatching(/non-ASCII/),
    ]);
  });

  it("an MX exchange or CNAME without the trailing dot", () => {
    const r = parse(
      lines(
        "'':",
        "  type: MX",
        "  value:",
        "    exchange: mx1.example.com",
        "    preference: 10",
        "www:",
        "  type: CNAME",
        "  value: example.net",
      ),
    );
    expect(r.records).toEqual([]);
    expect(r.issues.map((i) => [i.span.line, i.message])).toEqual([
      [4, expect.stringMatching(/must end with a dot.*"mx1\.example\.com\."/)],
      [8, expect.stringMatching(/must end with a dot/)],
    ]);
  });

  it("wrong types: a number as TXT, a non-integer ttl, a preference that is no number, no type", () => {
    const r = parse(
      lines(
        "a:",
        "  type: TXT",
        "  value: 12345",
        "b:",
        "  ttl: soon",
        "  type: A",
        "  value: 192.0.2.1",
        "c:",
        "  type: MX",
        "  value: {exchange: mx.example.com., preference: high}",
        "d:",
        "  value: 192.0.2.1",
        "e: just a string",
        "f:",
        "  type: A",
        "  value: 300.1.1.1",
      ),
    );
    expect(r.issues.map((i) => i.span.line)).toEqual([3, 5, 10, 12, 13, 16]);
    expect(only(r, "b.example.com", "A").ttl).toBe(3600);
  });

  it("a second record set of the same type at a name (octoDNS: duplicate record)", () => {
    const r = parse(
      lines(
        "_mta-sts:",
        "  - type: TXT",
        "    value: v=STSv1\\; id=1",
        "  - type: TXT",
        "    value: v=STSv1\\; id=2",
      ),
    );
    expect(r.records).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ span: { line: 4 } });
    expect(r.issues[0].message).toMatch(/second TXT record set.*line 2/);
  });

  it("a lower-case type is reported and read as meant", () => {
    const r = parse(lines("a:", "  type: txt", "  value: hello"));
    expect(r.issues[0].message).toMatch(/upper case/);
    expect(only(r, "a.example.com", "TXT")).toBeDefined();
  });

  it("malformed YAML: an issue at the parser's line, no records", () => {
    const r = parse(lines("'':", "  type: MX", "  values: [", "a: 1"));
    expect(r.records).toEqual([]);
    expect(r.issues.length).toBeGreaterThan(0);
    expect(r.issues[0].message).toMatch(/^YAML syntax error/);
    expect(r.issues[0].span.line).toBeGreaterThanOrEqual(3);
  });

  it("duplicate keys are a YAML error (a name written twice)", () => {
    const r = parse(
      lines("a:", "  type: A", "  value: 192.0.2.1", "a:", "  type: A", "  value: 192.0.2.2"),
    );
    expect(r.issues[0]).toMatchObject({ span: { line: 4 } });
  });

  it("refuses a YAML bomb (billion laughs) with an issue instead of expanding it", () => {
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
      "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
      "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
      "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
      "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
      "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]",
      "h: [*g,*g,*g,*g,*g,*g,*g,*g,*g]",
    ];
    const r = parse(lines(...bomb));
    expect(r.records).toEqual([]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].message).toMatch(/billion laughs/);
    expect(r.issues[0].span.line).toBe(2);
  });

  it("one anchor used on hundreds of records is a normal zone, not a bomb", () => {
    // A shared TTL (`ttl: *t`) on every record: yaml's default limit of 100 alias uses once
    // refused such zones as "billion laughs".
    const records = Array.from({ length: 500 }, (_, i) =>
      lines(`host${i}:`, "  type: A", "  ttl: *t", `  value: 192.0.2.${i % 250}`),
    );
    const r = parse(
      lines("'':", "  type: A", "  ttl: &t 300", "  value: 192.0.2.1") + records.join(""),
    );
    expect(r.issues).toEqual([]);
    expect(r.records).toHaveLength(501);
    expect(r.records.every((rec) => rec.ttl === 300)).toBe(true);
  });

  it("a shared MX list used on many names, and opaque values built from many aliases", () => {
    // yaml's own toJS limit (100 alias uses per anchor) refused such opaque values too.
    const srv = "      - {priority: *p, weight: *p, port: *p, target: sip.example.com.}";
    const names = Array.from({ length: 300 }, (_, i) =>
      lines(`n${i}:`, "  - type: MX", "    values: *mx", "  - type: SRV", "    values: *srv"),
    );
    const head = lines(
      "'':",
      "  - type: MX",
      "    values: &mx",
      "      - {exchange: mx1.example.com., preference: 10}",
      "      - {exchange: mx2.example.com., preference: 20}",
      "  - type: SRV",
      "    values: &srv",
      "      - {priority: &p 1, weight: *p, port: *p, target: sip.example.com.}",
      ...Array.from({ length: 40 }, () => srv),
    );
    const r = parse(head + names.join(""));
    expect(r.issues).toEqual([]);
    const at = (owner: string, type: string) =>
      r.records.filter((rec) => rec.owner === owner && rec.type === type);
    expect(at("n299.example.com", "MX")).toHaveLength(2);
    expect(at("n299.example.com", "SRV")).toHaveLength(41);
    expect(at("n299.example.com", "SRV")[0].rdata).toContain('"port":1');
  });

  it("a few anchors for shared values are fine", () => {
    const r = parse(
      lines(
        "'':",
        "  type: MX",
        "  values: &mx",
        "    - {exchange: mx1.example.com., preference: 10}",
        "mail:",
        "  type: MX",
        "  values: *mx",
      ),
    );
    expect(r.issues).toEqual([]);
    expect(only(r, "mail.example.com", "MX").data).toMatchObject({ exchange: "mx1.example.com" });
  });

  it("an application tag (!include) is reported once, not misread", () => {
    const r = parse(
      lines("'': !include common/apex.yaml", "www:", "  type: A", "  value: 192.0.2.1"),
    );
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].message).toMatch(/YAML tag !include is not read/);
    expect(r.issues[0].span).toMatchObject({ line: 1, column: 5 });
    expect(r.records.map((x) => x.owner)).toEqual(["www.example.com"]);
  });

  it("a file that is not a mapping, and an empty file", () => {
    expect(parse("- a\n- b\n").issues[0].message).toMatch(/mapping of record names/);
    expect(parse("---\n# nothing yet\n")).toEqual({ records: [], issues: [] });
  });

  it("a large zone reads in one pass (5,000 names)", () => {
    const big: string[] = [];
    for (let i = 0; i < 5000; i++)
      big.push(`host${i}:`, "  type: A", `  value: 192.0.2.${i % 250}`);
    const r = parse(lines(...big));
    expect(r.issues).toEqual([]);
    expect(r.records).toHaveLength(5000);
  });
});

describe("split zones", () => {
  it("reads the split-zone fixture (octodns/split/example.net./, catch-all $example.net.yaml)", () => {
    const dir = "octodns/split/example.net.";
    const names = ["$example.net.yaml", "_mta-sts.yaml", "mta-sts.yaml"];
    const r = parseOctodnsZone(
      names.map((n) => ({ file: `${dir}/${n}`, text: readFixture(`${dir}/${n}`) })),
      { origin: "example.net" },
    );
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => `${x.owner} ${x.type}`)).toEqual([
      "example.net MX",
      "_mta-sts.example.net TXT",
      "mta-sts.example.net CNAME",
    ]);
    expect(txt(r, "_mta-sts.example.net").strings[0].text).toBe("v=STSv1; id=2024050101");
  });

  it("merges the files of a zone; a record set defined in two files is a duplicate", () => {
    const r = parseOctodnsZone(
      [
        {
          file: "config/example.com./$example.com.yaml",
          text: lines("'':", "  type: TXT", "  value: hello"),
        },
        {
          file: "config/example.com./_mta-sts.yaml",
          text: lines("_mta-sts:", "  type: TXT", "  value: v=STSv1\\; id=1"),
        },
        {
          file: "config/example.com./again.yaml",
          text: lines("_mta-sts:", "  type: TXT", "  value: v=STSv1\\; id=2"),
        },
      ],
      { origin: "example.com" },
    );
    expect(r.records.map((x) => [x.owner, x.file])).toEqual([
      ["example.com", "config/example.com./$example.com.yaml"],
      ["_mta-sts.example.com", "config/example.com./_mta-sts.yaml"],
    ]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].file).toBe("config/example.com./again.yaml");
  });
});
