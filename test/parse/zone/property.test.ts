// biome-ignore-all lint/suspicious/noTemplateCurlyInString: $GENERATE templates use ${offset,width,base}
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Span } from "../../../src/model/position.js";
import { type MasterFileResult, parseMasterFile } from "../../../src/parse/zone/master.js";

/** Line lengths in UTF-16 units, with the line ends LineIndex knows (LF, CRLF, lone CR). */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

function spanInside(span: Span, lengths: number[]): boolean {
  const { line, column, endLine, endColumn } = span;
  if (line < 1 || endLine < line || endLine > lengths.length) return false;
  if (column < 1 || column > lengths[line - 1] + 1) return false;
  if (endColumn < 1 || endColumn > lengths[endLine - 1] + 1) return false;
  return endLine > line || endColumn >= column;
}

/** Every record, string and issue span lies inside the lines of the file it names. */
function assertSpansInside(result: MasterFileResult, texts: Record<string, string>): void {
  const lengths = Object.fromEntries(Object.entries(texts).map(([f, t]) => [f, lineLengths(t)]));
  for (const issue of result.issues) {
    expect(spanInside(issue.span, lengths[issue.file]), JSON.stringify(issue)).toBe(true);
  }
  for (const record of result.records) {
    const fileLines = lengths[record.file];
    expect(spanInside(record.span, fileLines), JSON.stringify(record)).toBe(true);
    if (record.data?.kind !== "TXT") continue;
    for (const s of record.data.strings) {
      expect(spanInside(s.span, fileLines)).toBe(true);
      for (const column of s.columns ?? []) {
        expect(column >= s.span.column && column < s.span.endColumn).toBe(true);
      }
      if (s.columns) expect(s.columns).toHaveLength(s.text.length);
    }
  }
}

// biome-ignore format: a word list
const ZONE_TOKENS = [
  "@", "www", "example.com.", ".", "*", "_mta-sts", "a\\.b", "\\065", "\\1", "\\", "a..b", "bücher",
  "$ORIGIN", "$TTL", "$INCLUDE", "$GENERATE", "$FOO", "1-3", "1-x", "host$", "${1,3,x}", "${0,2,constructor}", "${0,99999}", "$$",
  "IN", "in", "CH", "CLASS1", "3600", "1h30m", "1h30", "4294967295", "1w2d",
  "A", "AAAA", "MX", "mx", "TXT", "SPF", "SOA", "CNAME", "NS", "PTR", "DNAME", "CAA", "TYPE16",
  "TYPE65280", "AXFR", "FOO", "\\#", "0", "4", "8", "c0000201", "07763d5354537631", "zz",
  "10", "70000", "192.0.2.1", "192.0.2.256", "2001:db8::1", "fe80::1%eth0",
  '"v=STSv1; id=1"', '"unclosed', '"a;b(c"', '"\\059"', '""', "(", ")", ";", "; comment",
  '"', "\u0000", "\u0007", "\ufffd", "\ufeff", "😀",
];
const SEPARATORS = [" ", " ", "\t", "\n", "\n", "\n ", "\r\n", "\r", "\n\t"];

const zoneText = fc
  .array(fc.tuple(fc.constantFrom(...ZONE_TOKENS), fc.constantFrom(...SEPARATORS)), {
    maxLength: 60,
  })
  .map((parts) => parts.map(([token, sep]) => token + sep).join(""));

/** Lines shaped like records and directives, so the deeper readers get exercised too. */
const pick = (words: string[]) => fc.constantFrom(...words);
const word = pick(ZONE_TOKENS);
const recordLine = fc
  .tuple(
    pick([
      "",
      " ",
      "@ ",
      "www ",
      "a.example.org. ",
      "$GENERATE 1-3 h$ ",
      "$GENERATE 1-2 h${0,2,x} ",
    ]),
    pick(["", "60 ", "1h ", "1h30 "]),
    pick(["", "IN ", "CH "]),
    pick(["A", "AAAA", "MX", "TXT", "SOA", "CNAME", "TYPE16", "TYPE65280", "CAA", "FOO"]),
    fc.array(word, { maxLength: 8 }),
  )
  .map(([owner, ttl, cls, type, rdata]) => `${owner}${ttl}${cls}${type} ${rdata.join(" ")}`);
const directiveLine = fc
  .tuple(pick(["$ORIGIN", "$TTL", "$INCLUDE", "$GENERATE"]), fc.array(word, { maxLength: 5 }))
  .map(([d, args]) => `${d} ${args.join(" ")}`);
const shapedText = fc
  .array(fc.oneof(recordLine, directiveLine), { maxLength: 30 })
  .map((lines) => lines.join("\n"));

describe("parseMasterFile never throws and keeps spans inside the input (property)", () => {
  it("on arbitrary strings (full Unicode, control characters included)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        const result = parseMasterFile(text, { file: "z.zone", origin: "example.com" });
        assertSpansInside(result, { "z.zone": text });
      }),
      { numRuns: 500 },
    );
  });

  it("on arbitrary mixes of zone-file tokens, with and without an origin", () => {
    fc.assert(
      fc.property(zoneText, fc.boolean(), (text, withOrigin) => {
        const result = parseMasterFile(text, {
          file: "z.zone",
          origin: withOrigin ? "example.com" : undefined,
        });
        assertSpansInside(result, { "z.zone": text });
      }),
      { numRuns: 1000 },
    );
  });

  it("on lines shaped like records and directives", () => {
    fc.assert(
      fc.property(shapedText, (text) => {
        const result = parseMasterFile(text, { file: "z.zone", origin: "example.com" });
        assertSpansInside(result, { "z.zone": text });
      }),
      { numRuns: 1000 },
    );
  });

  it("through $INCLUDE of other generated files, cycles included", () => {
    fc.assert(
      fc.property(fc.array(zoneText, { minLength: 1, maxLength: 3 }), (bodies) => {
        const files: Record<string, string> = {};
        bodies.forEach((body, i) => {
          files[`f${i}.zone`] = `${body}\n$INCLUDE f${(i + 1) % bodies.length}.zone\n`;
        });
        const result = parseMasterFile(files["f0.zone"], {
          file: "f0.zone",
          origin: "example.com",
          include: (path) =>
            path in files ? { file: path, text: files[path] } : { error: "file not found" },
        });
        assertSpansInside(result, files);
      }),
      { numRuns: 300 },
    );
  });
});
