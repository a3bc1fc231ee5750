import { describe, expect, it } from "vitest";
import type { PolicyDoc } from "../../src/model/policy.js";
import { parsePolicy } from "../../src/parse/policy.js";

const SOURCE = { file: "mta-sts.txt" };
const parse = (input: string | Uint8Array) => parsePolicy(input, SOURCE);

/** Issues as "kind line:col-endLine:endCol" so a test reads like the annotation it becomes. */
function where(doc: PolicyDoc): string[] {
  return doc.issues.map(
    (i) => `${i.kind} ${i.span.line}:${i.span.column}-${i.span.endLine}:${i.span.endColumn}`,
  );
}

const fieldPairs = (doc: PolicyDoc) => doc.fields.map((f) => [f.name, f.value, f.recovered]);

const RFC_EXAMPLE = [
  "version: STSv1",
  "mode: enforce",
  "mx: mail.example.com",
  "mx: *.example.net",
  "mx: backupmx.example.com",
  "max_age: 604800",
].join("\r\n");

describe("parsePolicy: valid policies (RFC 8461 §3.2 ABNF)", () => {
  it("parses the RFC 8461 §3.2 example without issues", () => {
    const doc = parse(`${RFC_EXAMPLE}\r\n`);
    expect(doc.issues).toEqual([]);
    expect(fieldPairs(doc)).toEqual([
      ["version", "STSv1", false],
      ["mode", "enforce", false],
      ["mx", "mail.example.com", false],
      ["mx", "*.example.net", false],
      ["mx", "backupmx.example.com", false],
      ["max_age", "604800", false],
    ]);
    expect(doc.lineEnding).toBe("CRLF");
    expect(doc.lineCount).toBe(6);
    expect(doc.byteLength).toBe(RFC_EXAMPLE.length + 2);
    expect(doc.source).toBe(SOURCE);
  });

  it("accepts LF line ends (errata 6253) and a missing final line end", () => {
    const doc = parse("version: STSv1\nmode: none\nmax_age: 86400");
    expect(doc.issues).toEqual([]);
    expect(doc.lineEnding).toBe("LF");
    expect(doc.lineCount).toBe(3);
  });

  it("reports mixed line ends without an issue: each sts-policy-term may be LF or CRLF", () => {
    const doc = parse("version: STSv1\r\nmode: none\nmax_age: 1\n");
    expect(doc.lineEnding).toBe("mixed");
    expect(doc.issues).toEqual([]);
  });

  it("says 'none' for a one-line body", () => {
    expect(parse("version: STSv1").lineEnding).toBe("none");
  });

  it("strips trailing WSP after a value: sts-policy-field *WSP is valid (corpus 012, 066)", () => {
    const doc = parse("version: STSv1 \t\nmode: testing \n");
    expect(doc.issues).toEqual([]);
    expect(doc.fields[0]).toMatchObject({ value: "STSv1", valueSpan: span(1, 10, 15) });
  });

  it("allows no space, or several, after the colon (sts-policy-field-delim = ':' *WSP)", () => {
    const doc = parse("mode:enforce\nmx:\t  mail.example.com\n");
    expect(doc.issues).toEqual([]);
    expect(doc.fields.map((f) => f.value)).toEqual(["enforce", "mail.example.com"]);
    expect(doc.fields[1].valueSpan).toEqual(span(2, 7, 23));
  });

  it("keeps names as written: case is the unknown-field rule's business", () => {
    const doc = parse("Mode: enforce\n");
    expect(doc.issues).toEqual([]);
    expect(doc.fields[0].name).toBe("Mode");
  });

  it("accepts extension fields with spaces and UTF-8 inside the value (sts-policy-ext-value)", () => {
    const doc = parse("note: café au lait\nx-y.z_1: a\n");
    expect(doc.issues).toEqual([]);
    expect(fieldPairs(doc)).toEqual([
      ["note", "café au lait", false],
      ["x-y.z_1", "a", false],
    ]);
  });

  it("fills in exact spans for line, name and value", () => {
    const doc = parse("version: STSv1\nmax_age: 86400\n");
    expect(doc.fields[1]).toEqual({
      name: "max_age",
      value: "86400",
      line: 2,
      lineSpan: span(2, 1, 15),
      nameSpan: span(2, 1, 8),
      valueSpan: span(2, 10, 15),
      recovered: false,
    });
  });

  it("counts bytes of the original input, not characters", () => {
    expect(parse("note: é").byteLength).toBe(8);
    expect(parse(Buffer.from("note: é")).byteLength).toBe(8);
  });

  it("parses an empty body to no fields and no issues (the field rules say what is missing)", () => {
    const doc = parse("");
    expect(doc).toMatchObject({ fields: [], issues: [], lineCount: 1, lineEnding: "none" });
  });
});

describe("parsePolicy: whitespace in the wrong place is recovered", () => {
  it("reports leading whitespace and still returns the field (corpus 035: indented policy)", () => {
    const doc = parse("  version: STSv1\n\tmode: testing\n");
    expect(where(doc)).toEqual(["syntax 1:1-1:3", "syntax 2:1-2:2"]);
    expect(fieldPairs(doc)).toEqual([
      ["version", "STSv1", true],
      ["mode", "testing", true],
    ]);
    expect(doc.issues.map((i) => i.fix)).toEqual(["version: STSv1", "mode: testing"]);
    expect(doc.issues[0].message).toContain("starts with 2 spaces before the field name");
    expect(doc.issues[1].message).toContain("starts with a tab");
    expect(doc.fields[0].nameSpan).toEqual(span(1, 3, 10));
  });

  it("reports whitespace before ':' and recovers the trimmed name", () => {
    const doc = parse("mode : enforce\n");
    expect(where(doc)).toEqual(["syntax 1:5-1:6"]);
    expect(doc.issues[0].message).toContain('between the field name "mode" and ":"');
    expect(doc.issues[0].fix).toBe("mode: enforce");
    expect(fieldPairs(doc)).toEqual([["mode", "enforce", true]]);
  });

  it("gives both problems of one line the same corrected line", () => {
    const doc = parse("  mx  :  mail.example.com  \n");
    expect(where(doc)).toEqual(["syntax 1:1-1:3", "syntax 1:5-1:7"]);
    expect(doc.issues.map((i) => i.fix)).toEqual(["mx: mail.example.com", "mx: mail.example.com"]);
  });

  it("recovers a known field written with '=' or without separator", () => {
    const doc = parse("version=STSv1\nmode enforce\nnote text\n");
    expect(fieldPairs(doc)).toEqual([
      ["version", "STSv1", true],
      ["mode", "enforce", true],
    ]);
    expect(doc.issues.map((i) => [where({ ...doc, issues: [i] })[0], i.fix])).toEqual([
      ["syntax 1:1-1:14", "version: STSv1"],
      ["syntax 2:1-2:13", "mode: enforce"],
      ["syntax 3:1-3:10", undefined],
    ]);
    expect(doc.issues[0].message).toContain('uses "=" (the TXT record\'s syntax)');
  });

  it("cuts an inline '# comment' off the four RFC fields (corpus 042 template)", () => {
    const doc = parse("max_age: 604800     # one week\n");
    expect(where(doc)).toEqual(["syntax 1:16-1:31"]);
    expect(doc.issues[0].fix).toBe("max_age: 604800");
    expect(fieldPairs(doc)).toEqual([["max_age", "604800", true]]);
    expect(doc.fields[0].valueSpan).toEqual(span(1, 10, 16));
  });

  it("leaves '#' in an extension value alone: the ABNF allows it there", () => {
    const doc = parse("note: see # here\n");
    expect(doc.issues).toEqual([]);
    expect(doc.fields[0].value).toBe("see # here");
  });
});

describe("parsePolicy: lines that are not fields", () => {
  it("reports a comment line at its '#' and yields no field (corpus 041, 046)", () => {
    const doc = parse("version: STSv1\n  # note: x\n");
    expect(where(doc)).toEqual(["syntax 2:3-2:12"]);
    expect(doc.issues[0].message).toContain("is a comment");
    expect(doc.fields).toHaveLength(1);
  });

  it("reports a line without ':' over its text", () => {
    const doc = parse("version: STSv1\n---\n");
    expect(where(doc)).toEqual(["syntax 2:1-2:4"]);
    expect(doc.issues[0].message).toContain('has no ":"');
  });

  it("reports a missing name", () => {
    const doc = parse(": enforce\n");
    expect(where(doc)).toEqual(["syntax 1:1-1:2"]);
    expect(doc.fields).toEqual([]);
  });

  it("reports an invalid extension name at the name (sts-policy-ext-name)", () => {
    const doc = parse(`max age: 86400\n_x: 1\n${"a".repeat(33)}: 1\n`);
    expect(where(doc)).toEqual(["syntax 1:1-1:8", "syntax 2:1-2:3", "syntax 3:1-3:34"]);
    expect(doc.issues[0].message).toContain("it contains a space");
    expect(doc.issues[1].message).toContain('it starts with "_"');
    expect(doc.issues[2].message).toContain("33 characters long");
    expect(doc.fields).toEqual([]);
  });

  it("keeps an RFC field with an empty value for its own rule (rules.md: one root cause, one finding)", () => {
    // "mx:" is a bad mx value (policy-mx-invalid), not a line the generic syntax rule owns.
    const doc = parse("mx:   \n");
    expect(where(doc)).toEqual([]);
    expect(fieldPairs(doc)).toEqual([["mx", "", false]]);
    expect(doc.fields[0].valueSpan).toEqual({ line: 1, column: 7, endLine: 1, endColumn: 7 });
  });

  it("reports an extension with an empty value from the colon to the line end (sts-policy-ext-value)", () => {
    const doc = parse("note:   \n");
    expect(where(doc)).toEqual(["syntax 1:5-1:9"]);
    expect(doc.issues[0].message).toContain('"note" on line 1 has no value');
    expect(doc.fields).toEqual([]);
  });

  it("reports a tab inside a value (only SP may separate value characters)", () => {
    const doc = parse("note: a\tb\n");
    expect(where(doc)).toEqual(["syntax 1:8-1:9"]);
    expect(doc.issues[0].fix).toBe("note: a b");
    expect(fieldPairs(doc)).toEqual([["note", "a\tb", true]]);
  });
});

describe("parsePolicy: blank lines", () => {
  it("reports an empty line between fields, and a whitespace-only one", () => {
    const doc = parse("version: STSv1\n\nmode: none\n  \nmax_age: 1\n");
    expect(where(doc)).toEqual(["blank-line 2:1-2:1", "blank-line 4:1-4:3"]);
    expect(doc.issues[0].message).toContain("several parsers stop at an empty line");
    expect(doc.issues[1].message).toContain("only spaces or tabs");
  });

  it("reports a leading empty line (corpus 059)", () => {
    expect(where(parse("\nversion: STSv1\n"))).toEqual(["blank-line 1:1-1:1"]);
  });

  it("reports several final line ends once, over the extra lines", () => {
    const doc = parse("version: STSv1\n\n\n\n");
    expect(where(doc)).toEqual(["blank-line 2:1-4:1"]);
    expect(doc.issues[0].message).toContain("Lines 2–4 are empty lines at the end");
    expect(doc.lineCount).toBe(4);
  });

  it("reports one extra final line end, also CRLF and whitespace-only", () => {
    expect(where(parse("version: STSv1\r\n\r\n"))).toEqual(["blank-line 2:1-2:1"]);
    expect(where(parse("version: STSv1\n  "))).toEqual(["blank-line 2:1-2:3"]);
  });

  it("reports a body of only line ends once", () => {
    const doc = parse("\n\n");
    expect(where(doc)).toEqual(["blank-line 1:1-2:1"]);
    expect(doc.issues[0].message).toContain("the policy has no field at all");
  });
});

describe("parsePolicy: characters the ABNF excludes", () => {
  it("reports a BOM at 1:1 and marks the first field recovered", () => {
    const doc = parse(Buffer.from("\uFEFFversion: STSv1\nmode: none\n"));
    expect(where(doc)).toEqual(["syntax 1:1-1:1"]);
    expect(doc.issues[0].message).toContain("byte order mark");
    expect(fieldPairs(doc)).toEqual([
      ["version", "STSv1", true],
      ["mode", "none", false],
    ]);
    expect(doc.byteLength).toBe(29);
  });

  it("reports a BOM given as a string too", () => {
    expect(where(parse("\uFEFFversion: STSv1"))).toEqual(["syntax 1:1-1:1"]);
  });

  it("reports a bare CR at its column and keeps both lines' fields, recovered", () => {
    const doc = parse("version: STSv1\rmode: none\n");
    expect(where(doc)).toEqual(["syntax 1:15-1:16"]);
    expect(doc.issues[0].message).toContain("carriage return (CR) that no line feed follows");
    expect(fieldPairs(doc)).toEqual([
      ["version", "STSv1", true],
      ["mode", "none", true],
    ]);
    expect(doc.lineCount).toBe(2);
  });

  it("does not add a blank-line issue for the empty line a doubled CR makes ('\\r\\r\\n')", () => {
    const doc = parse("version: STSv1\r\r\nmode: none\r\r\n");
    expect(where(doc)).toEqual(["syntax 1:15-1:16", "syntax 3:11-3:12"]);
  });

  it("reports NUL and other control characters at their columns, one issue per run", () => {
    const doc = parse("mode: en\0force\nmx: a\x01\x02b\nmax_age: 1\x7f\n");
    expect(where(doc)).toEqual(["syntax 1:9-1:10", "syntax 2:6-2:8", "syntax 3:11-3:12"]);
    expect(doc.issues[0].message).toContain("U+0000 (NUL)");
    expect(doc.issues[1].message).toContain("2 control characters");
    // The field stays readable without the control characters: one root cause, one finding.
    expect(fieldPairs(doc)).toEqual([
      ["mode", "enforce", true],
      ["mx", "ab", true],
      ["max_age", "1", true],
    ]);
    expect(doc.issues[0].fix).toBe("mode: enforce");
    expect(doc.fields[0].valueSpan).toEqual(span(1, 7, 15));
  });

  it("reports invalid UTF-8 with the byte values and a Latin-1 hint", () => {
    const bytes = Buffer.concat([
      Buffer.from(`version: STSv1\nmode: none\nnote: caf`),
      Buffer.from([0xe9]),
      Buffer.from("\nmax_age: 86400\n"),
    ]);
    const doc = parse(bytes);
    expect(where(doc)).toEqual(["syntax 3:10-3:11"]);
    expect(doc.issues[0].message).toContain("not valid UTF-8 (0xE9) at column 10");
    expect(doc.issues[0].message).toContain("ISO-8859-1 or Windows-1252");
    expect(doc.issues[0].fix).toBeUndefined();
    expect(doc.fields[2]).toMatchObject({ value: "caf\uFFFD", recovered: true });
  });

  it("reports binary content as one issue and no fields", () => {
    const doc = parse(Uint8Array.from([0, 0, 0, 0, 1, 2, 3, 0x50, 0x4b]));
    expect(where(doc)).toEqual(["syntax 1:1-1:1"]);
    expect(doc.issues[0].message).toContain("not a text file (binary content)");
    expect(doc.fields).toEqual([]);
    expect(doc.byteLength).toBe(9);
  });
});

describe("parsePolicy: never throws", () => {
  it("handles lone surrogates, huge lines and odd mixes", () => {
    for (const input of [
      "\uD800: x",
      `mx: ${"a".repeat(100_000)}`,
      "\r\r\r",
      ":::",
      "#",
      "\0\n\0",
    ]) {
      expect(() => parse(input)).not.toThrow();
    }
  });
});

function span(line: number, column: number, endColumn: number) {
  return { line, column, endLine: line, endColumn };
}
