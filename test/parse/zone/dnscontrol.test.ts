import { describe, expect, it } from "vitest";
import type { TxtData, ZoneRecord } from "../../../src/model/zone.js";
import { DNSCONTROL_DEFAULT_TTL, parseDnscontrolIr } from "../../../src/parse/zone/dnscontrol.js";
import { MAX_JSON_DEPTH, parseJsonTree } from "../../../src/parse/zone/json-tree.js";
import { readFixture } from "./helpers.js";

const FILE = "ir.json";

function domain(text: string, name: string) {
  const ir = parseDnscontrolIr(text, FILE);
  const found = ir.domains.find((d) => d.name === name);
  if (!found) throw new Error(`no domain ${name} in ${ir.domains.map((d) => d.name)}`);
  return { ir, found };
}

function pick(records: ZoneRecord[], owner: string, type: string): ZoneRecord {
  const list = records.filter((r) => r.owner === owner && r.type === type);
  if (list.length !== 1) throw new Error(`expected one ${type} at ${owner}, got ${list.length}`);
  return list[0];
}

describe("DNSControl 4 print-ir (fixture dnscontrol/ir-v4.json: corpus zone 002's dnsconfig.js)", () => {
  const text = readFixture("dnscontrol/ir-v4.json");
  const { ir, found } = domain(text, "example.com");

  it("reads every domain and record, no issues", () => {
    expect(ir.issues).toEqual([]);
    expect(ir.domains.map((d) => d.name)).toEqual(["example.com", "example.org"]);
    expect(found.issues).toEqual([]);
    expect(found.records.map((r) => `${r.owner} ${r.type}`)).toEqual([
      "example.com MX",
      "example.com TXT",
      "_dmarc.example.com TXT",
      "_smtp._tls.example.com TXT",
      "_mta-sts.example.com TXT",
      "mta-sts.example.com CNAME",
      "example.com ALIAS",
      "blog.example.com AAAA",
      "example.com CF_TEMP_REDIRECT",
    ]);
  });

  it("MX from mxpreference and target; TXT whole in target", () => {
    expect(pick(found.records, "example.com", "MX").data).toEqual({
      kind: "MX",
      preference: 1,
      exchange: "smtp.google.com",
      exchangeText: "smtp.google.com.",
    });
    const sts = pick(found.records, "_mta-sts.example.com", "TXT").data as TxtData;
    expect(sts.strings.map((s) => s.text)).toEqual(["v=STSv1; id=202310191122;"]);
  });

  it("TTL as given; DNSControl's default 300 when absent", () => {
    expect(pick(found.records, "mta-sts.example.com", "CNAME").ttl).toBe(1);
    expect(pick(found.records, "example.com", "CF_TEMP_REDIRECT").ttl).toBe(DNSCONTROL_DEFAULT_TTL);
  });

  it("points records at the target in the JSON, TXT characters at their columns", () => {
    const sts = pick(found.records, "_mta-sts.example.com", "TXT");
    // `          "target": "v=STSv1; id=202310191122;"` is line 59.
    expect(sts.span).toMatchObject({ line: 59, column: 21 });
    const s = (sts.data as TxtData).strings[0];
    expect(s.columns?.[s.text.indexOf("id=")]).toBe(31);
    expect(s.span).toEqual({ line: 59, column: 22, endLine: 59, endColumn: 47 });
  });

  it("a null MX with the zero preference Go leaves out (omitempty)", () => {
    const org = domain(text, "example.org").found;
    expect(pick(org.records, "example.org", "MX").data).toMatchObject({
      preference: 0,
      exchange: "",
    });
  });
});

describe("DNSControl 3 print-ir (txtstrings)", () => {
  it("keeps each of txtstrings as a character-string", () => {
    const { found } = domain(readFixture("dnscontrol/ir-v3.json"), "example.net");
    const sts = pick(found.records, "_mta-sts.example.net", "TXT").data as TxtData;
    expect(sts.strings.map((s) => s.text)).toEqual(["v=STSv1; ", "id=2021"]);
    expect(sts.strings[1].span.line).toBe(20);
  });
});

describe("print-ir without --pretty: the whole IR on one line", () => {
  it("still points at each record by column; Go's \\u0026 escapes keep their columns", () => {
    const compact = JSON.stringify({
      domains: [
        {
          name: "example.com",
          records: [
            { type: "MX", name: "@", mxpreference: 10, target: "mx1.example.com." },
            { type: "TXT", name: "_dmarc", target: "v=DMARC1; p=none" },
          ],
        },
      ],
    }).replace("DMARC1;", "DMARC1\\u0026;");
    const { found } = domain(compact, "example.com");
    const [mx, dmarc] = found.records;
    expect(mx.span.line).toBe(1);
    expect(dmarc.span.column).toBeGreaterThan(mx.span.column);
    const s = (dmarc.data as TxtData).strings[0];
    expect(s.text).toBe("v=DMARC1&; p=none");
    const amp = s.text.indexOf("&");
    expect(s.columns?.[amp + 1]).toBe((s.columns?.[amp] ?? 0) + 6);
  });
});

describe("bad IR", () => {
  it("malformed JSON: an issue at its line and column", () => {
    const ir = parseDnscontrolIr('{\n  "domains": [\n    {"name": "example.com",}\n  ]\n}\n', FILE);
    expect(ir.domains).toEqual([]);
    expect(ir.issues).toHaveLength(1);
    expect(ir.issues[0].message).toMatch(/^JSON syntax error: expected a quoted property name/);
    expect(ir.issues[0].span).toMatchObject({ line: 3, column: 28 });
  });

  it("truncated JSON (an interrupted print-ir) points at the end", () => {
    const ir = parseDnscontrolIr('{"domains": [{"name": "example.com", "records": [', FILE);
    expect(ir.issues[0].span.line).toBe(1);
    expect(ir.issues[0].message).toMatch(/end of the file/);
  });

  it("JSON without domains, and wrong types inside records", () => {
    expect(parseDnscontrolIr('{"zones": []}', FILE).issues[0].message).toMatch(/no "domains" list/);
    const { found } = domain(
      JSON.stringify(
        {
          domains: [
            {
              name: "example.com",
              records: [
                { type: "MX", name: "@", target: "mx.example.com.", mxpreference: "ten" },
                { type: "A", name: "www", target: "not-an-ip" },
                { type: "TXT", name: "@", ttl: "300", target: "x" },
                { name: "@", target: "x" },
                "not a record",
              ],
            },
          ],
        },
        null,
        2,
      ),
      "example.com",
    );
    expect(found.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/mxpreference/),
      expect.stringMatching(/not a valid IPv4 address/),
      expect.stringMatching(/ttl "300" is not a number/),
      expect.stringMatching(/no "type"/),
      expect.stringMatching(/not an object/),
    ]);
    expect(found.issues.every((i) => i.span.line > 1)).toBe(true);
  });

  it("refuses absurd nesting instead of overflowing the stack", () => {
    const deep = `${"[".repeat(100000)}${"]".repeat(100000)}`;
    const result = parseJsonTree(deep);
    expect("error" in result && result.error).toMatch(
      new RegExp(`more than ${MAX_JSON_DEPTH} deep`),
    );
  });

  it("decodes escapes and keeps their columns", () => {
    const result = parseJsonTree('{"a": "x\\u0041\\"y"}');
    if (!("tree" in result) || result.tree.root.kind !== "object") throw new Error("parse failed");
    const a = result.tree.root.entries[0].value;
    if (a.kind !== "string") throw new Error("not a string");
    expect(a.value).toBe('xA"y');
    expect(result.tree.columns(a)).toEqual([8, 9, 15, 17]);
  });

  it("a split-horizon tag is not part of the domain name; D_EXTEND subdomains are applied", () => {
    const ir = parseDnscontrolIr(
      JSON.stringify({
        domains: [
          {
            name: "example.com!internal",
            records: [{ type: "A", name: "www", subdomain: "corp", target: "192.0.2.1" }],
          },
        ],
      }),
      FILE,
    );
    expect(ir.domains[0].name).toBe("example.com");
    expect(ir.domains[0].records[0].owner).toBe("www.corp.example.com");
  });
});
