import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Span } from "../../src/model/position.js";
import { parsePolicy } from "../../src/parse/policy.js";

/** Lines as positions count them (LF, CRLF and a lone CR end a line). */
function linesOf(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/** Inside the text: a real line, columns within the line (one past it for its line end). */
function inside(s: Span, lines: string[]): boolean {
  const lineOk = (n: number) => n >= 1 && n <= Math.max(1, lines.length);
  if (!lineOk(s.line) || !lineOk(s.endLine)) return false;
  if (s.endLine < s.line || (s.endLine === s.line && s.endColumn < s.column)) return false;
  const width = (n: number) => (lines[n - 1] ?? "").length + 2;
  return (
    s.column >= 1 &&
    s.column <= width(s.line) &&
    s.endColumn >= 1 &&
    s.endColumn <= width(s.endLine)
  );
}

// Policy-shaped noise: the characters and pieces that matter to the grammar, mixed freely.
const piece = fc.constantFrom(
  "version",
  "mode",
  "mx",
  "max_age",
  ":",
  " ",
  "\t",
  "\n",
  "\r\n",
  "\r",
  "#",
  "=",
  "STSv1",
  "enforce",
  "*.example.net",
  "\0",
  "\x01",
  "\uFEFF",
  "é",
  "😀",
  "_",
  "-",
);
const policyText = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((p) => p.join("")),
  fc.string({ unit: "grapheme", maxLength: 60 }),
);

describe("parsePolicy properties", () => {
  it("never throws, keeps every span inside the input, and accounts for every line", () => {
    fc.assert(
      fc.property(policyText, (raw) => {
        const doc = parsePolicy(raw, { file: "p.txt" });
        const text = raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
        const lines = linesOf(text);
        for (const issue of doc.issues) expect(inside(issue.span, lines)).toBe(true);
        for (const f of doc.fields) {
          for (const s of [f.lineSpan, f.nameSpan, f.valueSpan])
            expect(inside(s, lines)).toBe(true);
          // Control characters are reported and left out of a recovered name; nothing else is.
          const written = lines[f.line - 1].slice(f.nameSpan.column - 1, f.nameSpan.endColumn - 1);
          // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
          expect(written.replace(/[\x00-\x08\x0a-\x1f\x7f]/g, "")).toBe(f.name);
          // A field is recovered exactly when its line has an issue or its line end is broken.
          const lineHasIssue = doc.issues.some((i) => i.span.line === f.line);
          if (lineHasIssue) expect(f.recovered).toBe(true);
        }
        // Every line with content is a field, or carries an issue (comments and junk included);
        // every blank line carries a blank-line issue unless a bare CR made it.
        lines.forEach((line, idx) => {
          const n = idx + 1;
          const isLastPhantom = idx === lines.length - 1 && line === "" && lines.length > 1;
          if (isLastPhantom) return;
          const covered =
            doc.fields.some((f) => f.line === n) ||
            doc.issues.some((i) => i.span.line <= n && n <= i.span.endLine) ||
            doc.issues.some((i) => i.kind === "syntax" && i.span.line === n - 1);
          if (line.length > 0 || lines.length > 1) expect(covered).toBe(true);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws on arbitrary bytes, and byteLength is the input's length", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const doc = parsePolicy(bytes, {
          url: "https://mta-sts.example.com/.well-known/mta-sts.txt",
        });
        expect(doc.byteLength).toBe(bytes.length);
        expect(doc.lineCount).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it("well-formed policies parse clean and round-trip name and value", () => {
    const name = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/);
    const value = fc.stringMatching(/^[!-~]([ !-~]{0,20}[!-~])?$/);
    const eol = fc.constantFrom("\n", "\r\n");
    const field = fc.record({ name, value, ws: fc.constantFrom("", " ", "\t "), eol });
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 8 }), (list) => {
        // A known field with " #" in its value is read as an inline comment: keep those out.
        const usable = list.filter(
          (f) => !(["version", "mode", "mx", "max_age"].includes(f.name) && / #/.test(f.value)),
        );
        fc.pre(usable.length > 0);
        const text = usable.map((f) => `${f.name}:${f.ws}${f.value}${f.eol}`).join("");
        const doc = parsePolicy(text, {});
        expect(doc.issues).toEqual([]);
        expect(doc.fields.map((f) => [f.name, f.value])).toEqual(
          usable.map((f) => [f.name, f.value]),
        );
      }),
      { numRuns: 500 },
    );
  });
});
