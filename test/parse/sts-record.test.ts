import { describe, expect, it } from "vitest";
import type { TagRecord } from "../../src/model/tag-record.js";
import { isStsRecordText, parseStsRecord, resemblesStsRecord } from "../../src/parse/sts-record.js";

/** Issues as "kind [start,end) text" so each test shows exactly what is pointed at. */
const where = (r: TagRecord) =>
  r.issues.map(
    (i) => `${i.kind} [${i.start},${i.end}) ${JSON.stringify(r.joined.slice(i.start, i.end))}`,
  );
const fieldsOf = (r: TagRecord) => r.fields.map((f) => `${f.name}=${f.value}`);
const parse = (...strings: string[]) => parseStsRecord(strings);

describe("parseStsRecord: valid records (RFC 8461 §3.1 ABNF)", () => {
  it("parses the RFC 8461 §3.1 example clean", () => {
    const r = parse("v=STSv1; id=20160831085700Z;");
    expect(r.issues).toEqual([]);
    expect(r.version).toEqual({ name: "v", value: "STSv1", start: 0, end: 7, valueStart: 2 });
    expect(r.fields).toEqual([
      { name: "id", value: "20160831085700Z", start: 9, end: 27, valueStart: 12 },
    ]);
  });

  it("accepts no delimiter at the end, no space, and *WSP after the final ';'", () => {
    for (const text of ["v=STSv1; id=1", "v=STSv1;id=1", "v=STSv1;\tid=1", "v=STSv1; id=1; "]) {
      expect(parse(text).issues, text).toEqual([]);
      expect(fieldsOf(parse(text)), text).toEqual(["id=1"]);
    }
  });

  it("joins character-strings with nothing between, as senders do", () => {
    const r = parse("v=STSv1; id=2019", "0101;");
    expect(r.joined).toBe("v=STSv1; id=20190101;");
    expect(r.strings).toEqual(["v=STSv1; id=2019", "0101;"]);
    expect(fieldsOf(r)).toEqual(["id=20190101"]);
  });

  it("keeps extension fields and does not judge the id's value (sts-record-id does)", () => {
    const r = parse("v=STSv1; id=not-valid!; ext.1=a:b");
    expect(r.issues).toEqual([]);
    expect(fieldsOf(r)).toEqual(["id=not-valid!", "ext.1=a:b"]);
  });

  it("does not complain about a missing id: that is sts-record-id's finding", () => {
    expect(parse("v=STSv1").issues).toEqual([]);
  });

  it("keeps duplicates in order for the duplicate-field rule", () => {
    expect(fieldsOf(parse("v=STSv1; id=1; id=2"))).toEqual(["id=1", "id=2"]);
  });
});

describe("parseStsRecord: the version tag", () => {
  it("reports the wrong case of the tag name and keeps what was written", () => {
    const r = parse("V=STSv1; id=1");
    expect(where(r)).toEqual(['syntax [0,7) "V=STSv1"']);
    expect(r.version).toMatchObject({ name: "V", value: "STSv1" });
    expect(r.issues[0].message).toContain('the tag name is "V", not "v"');
    expect(r.issues[0].fix).toBe("v=STSv1; id=1");
  });

  it("reports the wrong case of the version value", () => {
    const r = parse("v=stsv1; id=1");
    expect(r.issues[0].message).toContain('the version "stsv1" is written in the wrong case');
  });

  it("reports another version (v=STSv10)", () => {
    const r = parse("v=STSv10; id=1");
    expect(where(r)).toEqual(['syntax [0,8) "v=STSv10"']);
    expect(r.issues[0].message).toContain(
      'the version is "STSv10"; the only one defined is "STSv1"',
    );
  });

  it("reports whitespace around '=' in the version", () => {
    const r = parse("v = STSv1; id=1");
    expect(where(r)).toEqual(['syntax [0,9) "v = STSv1"']);
    expect(r.version).toMatchObject({ name: "v", value: "STSv1", valueStart: 4 });
    expect(r.issues[0].fix).toBe("v=STSv1; id=1");
  });

  it("reports a version that is not first, and moves it in the fix", () => {
    const r = parse("id=1; v=STSv1");
    expect(where(r)).toEqual(['syntax [6,13) "v=STSv1"']);
    expect(r.version).toBeUndefined();
    expect(r.issues[0].fix).toBe("v=STSv1; id=1");
  });

  it("reports a record with no version at all", () => {
    const r = parse("id=123");
    expect(where(r)).toEqual(['syntax [0,6) "id=123"']);
    expect(r.issues[0].fix).toBe("v=STSv1; id=123");
  });

  it("reports leading whitespace: the record must begin with v=STSv1", () => {
    const r = parse(" v=STSv1; id=1");
    expect(where(r)).toEqual(['syntax [0,1) " "']);
    expect(r.version?.start).toBe(1);
  });

  it("reports empty and whitespace-only records without a fix (no id to offer)", () => {
    expect(where(parse(""))).toEqual(['syntax [0,0) ""']);
    expect(where(parse("  "))).toEqual(['syntax [0,2) "  "']);
    expect(parse("").issues[0].fix).toBeUndefined();
  });
});

describe("parseStsRecord: delimiters and separators", () => {
  it("reports whitespace before ';' after the version (errata 6285) as whitespace", () => {
    const r = parse("v=STSv1 ;id=1");
    expect(where(r)).toEqual(['whitespace [7,8) " "']);
    expect(r.issues[0].message).toContain("errata 6285");
    expect(r.issues[0].fix).toBe("v=STSv1;id=1");
  });

  it("reports whitespace before a later ';' once", () => {
    const r = parse("v=STSv1; id=1 \t;");
    expect(where(r)).toEqual(['whitespace [13,15) " \\t"']);
    expect(fieldsOf(r)).toEqual(["id=1"]);
  });

  it("reports trailing whitespace after the last field when no ';' follows", () => {
    const r = parse("v=STSv1; id=1  ");
    expect(where(r)).toEqual(['whitespace [13,15) "  "']);
    expect(r.issues[0].fix).toBe("v=STSv1; id=1");
  });

  it("reports ';;' as an empty field", () => {
    const r = parse("v=STSv1;; id=1");
    expect(where(r)).toEqual(['syntax [8,9) ";"']);
    expect(r.issues[0].message).toContain('empty field (";;")');
    expect(r.issues[0].fix).toBe("v=STSv1; id=1");
  });

  it("reports a second final ';'", () => {
    expect(where(parse("v=STSv1; id=1;;"))).toEqual(['syntax [14,15) ";"']);
  });

  it("reports ',' between fields and still reads both", () => {
    const r = parse("v=STSv1, id=1");
    expect(where(r)).toEqual(['syntax [7,9) ", "']);
    expect(r.version?.value).toBe("STSv1");
    expect(fieldsOf(r)).toEqual(["id=1"]);
    expect(r.issues[0].fix).toBe("v=STSv1; id=1");
  });

  it("reports a bare space between fields", () => {
    const r = parse("v=STSv1 id=1");
    expect(where(r)).toEqual(['syntax [7,8) " "']);
    expect(r.issues[0].message).toContain("separated by a space");
  });

  it("reports whitespace around '=' of a field, once, and recovers it", () => {
    const r = parse("v=STSv1; id = 1");
    expect(where(r)).toEqual(['syntax [11,14) " = "']);
    expect(r.fields[0]).toEqual({ name: "id", value: "1", start: 9, end: 15, valueStart: 14 });
    expect(r.issues[0].fix).toBe("v=STSv1; id=1");
  });

  it("reports a field without '=' and suggests one for a known name", () => {
    expect(where(parse("v=STSv1; id"))).toEqual(['syntax [9,11) "id"']);
    const r = parse("v=STSv1; id:123");
    expect(r.issues[0].fix).toBe("v=STSv1; id=123");
    expect(fieldsOf(r)).toEqual(["id=123"]);
  });
});

describe("parseStsRecord: extensions (sts-ext-name, sts-ext-value)", () => {
  it("reports an invalid name and leaves the field out", () => {
    const r = parse("v=STSv1; id=1; _x=1");
    expect(where(r)).toEqual(['syntax [15,17) "_x"']);
    expect(fieldsOf(r)).toEqual(["id=1"]);
    expect(r.issues[0].fix).toBeUndefined();
  });

  it("reports a name longer than 32 characters", () => {
    const long = "a".repeat(33);
    expect(parse(`v=STSv1; id=1; ${long}=1`).issues[0].message).toContain("33 characters long");
  });

  it("reports a space, '=' and non-ASCII inside an extension value at the character", () => {
    expect(where(parse("v=STSv1; id=1; e=a b"))).toEqual(['syntax [18,19) " "']);
    expect(where(parse("v=STSv1; id=1; e=a=b"))).toEqual(['syntax [18,19) "="']);
    const r = parse("v=STSv1; id=1; e=ä");
    expect(where(r)).toEqual(['syntax [17,18) "ä"']);
    expect(r.issues[0].message).toContain('"ä" (U+00E4)');
  });

  it("reports an empty extension value", () => {
    expect(where(parse("v=STSv1; id=1; e="))).toEqual(['syntax [15,17) "e="']);
  });
});

describe("isStsRecordText / resemblesStsRecord (rules.md 'What counts as the record')", () => {
  it("takes a record that begins with exactly v=STSv1 then ';', whitespace or the end", () => {
    for (const t of ["v=STSv1; id=1", "v=STSv1 ;id=1", "v=STSv1", "v=STSv1\tid=1"]) {
      expect(isStsRecordText(t), t).toBe(true);
    }
    for (const t of [
      "v=STSv10; id=1",
      "V=STSv1; id=1",
      " v=STSv1; id=1",
      "v = STSv1",
      "id=1; v=STSv1",
    ]) {
      expect(isStsRecordText(t), t).toBe(false);
    }
  });

  it("recognises attempts at the record", () => {
    for (const t of ["v=STSv10", "V=STSv1", "v = stsv1", "id=1; v=STSv1", "v=sts"]) {
      expect(resemblesStsRecord(t), t).toBe(true);
    }
    for (const t of ["v=spf1 -all", "google-site-verification=abc", "v=TLSRPTv1; rua=x"]) {
      expect(resemblesStsRecord(t), t).toBe(false);
    }
  });
});
