import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseStsRecord } from "../../src/parse/sts-record.js";
import {
  MAX_ISSUES_PER_RECORD,
  parseTagRecord,
  type TagGrammar,
} from "../../src/parse/tag-record.js";

/** A grammar with nothing judged elsewhere: every value is checked as an extension value. */
const PLAIN: TagGrammar = {
  version: "TESTv1",
  recordName: "_test",
  rfc: "RFC 0000 §1",
  ownValueFields: [],
  listFields: [],
  consequence: "the record is ignored",
};

describe("parseTagRecord: the grammar decides what is judged", () => {
  it("checks the value of a field that no other rule owns", () => {
    const r = parseTagRecord(["v=TESTv1; id=a b"], PLAIN);
    expect(r.issues.map((i) => [i.kind, i.start, i.end])).toEqual([["syntax", 14, 15]]);
  });

  it("leaves the value of an owned field alone", () => {
    const r = parseTagRecord(["v=TESTv1; id=a b"], { ...PLAIN, ownValueFields: ["id"] });
    expect(r.issues).toEqual([]);
    expect(r.fields[0].value).toBe("a b");
  });

  it("treats ',' as a field separator unless the field is a list", () => {
    const text = "v=TESTv1; l=a,b=c";
    expect(parseTagRecord([text], PLAIN).fields.map((f) => f.name)).toEqual(["l", "b"]);
    const asList = parseTagRecord([text], { ...PLAIN, listFields: ["l"], ownValueFields: ["l"] });
    expect(asList.fields.map((f) => f.name)).toEqual(["l"]);
  });

  it("uses the grammar's words in messages", () => {
    const r = parseTagRecord(["v=TESTv2"], PLAIN);
    expect(r.issues[0].message).toContain("RFC 0000 §1");
    expect(r.issues[0].message).toContain("the record is ignored");
    expect(r.issues[0].message).toContain('"v=TESTv1"');
  });

  it("keeps the record's delimiter style in the fix", () => {
    expect(parseTagRecord(["v=TESTv1;a=1 ;b=2"], PLAIN).issues[0].fix).toBe("v=TESTv1;a=1;b=2");
    expect(parseTagRecord(["v=TESTv1; a=1 ; b=2"], PLAIN).issues[0].fix).toBe("v=TESTv1; a=1; b=2");
  });
});

describe("parseTagRecord properties", () => {
  const piece = fc.constantFrom(
    "v",
    "=",
    ";",
    " ",
    "\t",
    ",",
    "id",
    "rua",
    "STSv1",
    "TESTv1",
    "1",
    "_",
    "ä",
    "\0",
  );
  const record = fc.oneof(
    fc.array(piece, { maxLength: 30 }).map((p) => p.join("")),
    fc.string({ maxLength: 40 }),
  );
  const strings = fc.array(record, { minLength: 0, maxLength: 3 });

  it("never throws; offsets stay inside the joined text and fields read back", () => {
    fc.assert(
      fc.property(strings, fc.boolean(), (parts, owned) => {
        const grammar = owned ? { ...PLAIN, ownValueFields: ["id"], listFields: ["rua"] } : PLAIN;
        const r = parseTagRecord(parts, grammar);
        expect(r.joined).toBe(parts.join(""));
        for (const i of r.issues) {
          expect(0 <= i.start && i.start <= i.end && i.end <= r.joined.length).toBe(true);
        }
        for (const f of [...(r.version ? [r.version] : []), ...r.fields]) {
          expect(r.joined.slice(f.start).startsWith(f.name)).toBe(true);
          expect(r.joined.slice(f.valueStart, f.end)).toBe(f.value);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("a record built from the ABNF parses clean, every field in order", () => {
    const name = fc
      .stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/)
      .filter((n) => n.toLowerCase() !== "v");
    const value = fc.stringMatching(/^[!-:<>-~]{1,12}$/);
    const delim = fc.constantFrom(";", "; ", " ;", "\t;\t").map((d) => d.replace(/^[ \t]+/, ""));
    fc.assert(
      fc.property(
        fc.array(fc.record({ name, value, delim }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (fields, finalDelim) => {
          let text = "v=TESTv1";
          for (const f of fields) text += `${f.delim}${f.name}=${f.value}`;
          if (finalDelim) text += ";";
          const r = parseTagRecord([text], PLAIN);
          expect(r.issues).toEqual([]);
          expect(r.fields.map((f) => [f.name, f.value])).toEqual(
            fields.map((f) => [f.name, f.value]),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("a record that is mostly garbage", () => {
  it("lists the first problems and sums up the rest in one issue (bounded report size)", () => {
    const joined = `v=STSv1; id=1${"; =x".repeat(2000)}`;
    const r = parseStsRecord([joined]);
    expect(r.issues).toHaveLength(MAX_ISSUES_PER_RECORD + 1);
    expect(r.issues.at(-1)!.message).toMatch(
      /^\d+ more problems in the rest of this _mta-sts record/,
    );
    expect(r.issues.at(-1)!.fix).toBeUndefined();
  });
});
