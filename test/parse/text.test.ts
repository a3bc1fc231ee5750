import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText, describeChar, extensionNameProblem } from "../../src/parse/text.js";

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "utf8")] : p)));

/** Enough clean text after the interesting bytes to stay under the 10 % binary threshold. */
const PADDING = `\n${"x".repeat(200)}`;

describe("decodeText: UTF-8 decoding with located bad bytes", () => {
  it("decodes valid UTF-8 without bad bytes", () => {
    const d = decodeText(bytes("version: STSv1\nmode: enforce\n"));
    expect(d).toEqual({
      text: "version: STSv1\nmode: enforce\n",
      isText: true,
      badBytes: [],
      hasBom: false,
    });
  });

  it("accepts an empty input as (empty) text", () => {
    expect(decodeText(new Uint8Array())).toMatchObject({ text: "", isText: true, badBytes: [] });
  });

  it("strips a leading BOM and says so (Windows editors add one)", () => {
    const d = decodeText(bytes([0xef, 0xbb, 0xbf], "version: STSv1\n"));
    expect(d.hasBom).toBe(true);
    expect(d.text).toBe("version: STSv1\n");
  });

  it("keeps a second BOM as a character: only the first is a byte order mark", () => {
    const d = decodeText(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], "a"));
    expect(d.text).toBe("\uFEFFa");
  });

  it("locates a Latin-1 byte (a policy saved as ISO-8859-1) on its line and column", () => {
    const d = decodeText(bytes("version: STSv1\nmx: m", [0xe4], "il.example.com\n"));
    expect(d.isText).toBe(true);
    expect(d.text).toBe("version: STSv1\nmx: m\uFFFDil.example.com\n");
    expect(d.badBytes).toEqual([{ offset: 20, line: 2, column: 6 }]);
  });

  it("counts BOM bytes in offsets but not in columns", () => {
    const d = decodeText(bytes([0xef, 0xbb, 0xbf], "a", [0xff], "b", PADDING));
    expect(d.badBytes).toEqual([{ offset: 4, line: 1, column: 2 }]);
  });

  it("maps a truncated multi-byte sequence to one U+FFFD (WHATWG maximal subpart)", () => {
    // E2 82 is the start of "€" (E2 82 AC) without its last byte.
    const d = decodeText(bytes("ab", [0xe2, 0x82], "cd", PADDING));
    expect(d.text).toBe(`ab\uFFFDcd${PADDING}`);
    expect(d.badBytes).toEqual([
      { offset: 2, line: 1, column: 3 },
      { offset: 3, line: 1, column: 3 },
    ]);
  });

  it("counts columns in UTF-16 code units: an emoji takes two", () => {
    const d = decodeText(bytes("😀", [0xff], PADDING));
    expect(d.badBytes).toEqual([{ offset: 4, line: 1, column: 3 }]);
  });

  it("rejects overlong encodings and surrogates the way TextDecoder does", () => {
    // C0 AF is an overlong "/", ED A0 80 a UTF-16 surrogate: both invalid in UTF-8.
    const input = bytes("x", [0xc0, 0xaf], "y", [0xed, 0xa0, 0x80], "z", PADDING);
    const d = decodeText(input);
    expect(d.text).toBe(new TextDecoder().decode(input));
    expect(d.badBytes.map((b) => b.offset)).toEqual([1, 2, 4, 5, 6]);
  });

  it("reports an incomplete sequence at the very end", () => {
    const d = decodeText(bytes(`${"x".repeat(200)}\n`, "max_age: 1", [0xf0, 0x9f]));
    expect(d.badBytes).toEqual([
      { offset: 211, line: 2, column: 11 },
      { offset: 212, line: 2, column: 11 },
    ]);
  });
});

describe("decodeText: text or not (rules.md 'Text or not')", () => {
  it("calls a NUL-heavy file binary", () => {
    const d = decodeText(bytes("PK", [3, 4, 0, 0, 0, 0, 0, 0, 8, 0]));
    expect(d.isText).toBe(false);
    expect(d.reason).toBe("not a text file (binary content)");
  });

  it("names UTF-16 (what some Windows editors call 'Unicode')", () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from("version: STSv1\n", "utf16le")]);
    const d = decodeText(utf16);
    expect(d.isText).toBe(false);
    expect(d.reason).toBe("not a text file (UTF-16 encoded; save it as UTF-8)");
  });

  it("draws the line at more than 10 % suspicious bytes", () => {
    const tenPercent = bytes("a".repeat(90), new Array(10).fill(1));
    const overTen = bytes("a".repeat(89), new Array(11).fill(1));
    expect(decodeText(tenPercent).isText).toBe(true);
    expect(decodeText(overTen).isText).toBe(false);
  });

  it("counts invalid UTF-8 bytes as suspicious", () => {
    expect(decodeText(bytes("a".repeat(80), new Array(20).fill(0xff))).isText).toBe(false);
  });

  it("does not count tab, CR and LF", () => {
    expect(decodeText(bytes("\t\r\n".repeat(50))).isText).toBe(true);
  });

  it("looks only at the first 8 KiB", () => {
    const d = decodeText(bytes("a".repeat(8192), new Array(4000).fill(0)));
    expect(d.isText).toBe(true);
  });

  it("never throws and agrees with TextDecoder on any bytes (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (input) => {
        const d = decodeText(input);
        const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
        const expected = new TextDecoder("utf-8", { ignoreBOM: true }).decode(
          bom ? input.subarray(3) : input,
        );
        expect(d.text).toBe(expected);
        const lines = d.text.split(/\r\n|\n|\r/);
        for (const b of d.badBytes) {
          expect(lines[b.line - 1][b.column - 1]).toBe("\uFFFD");
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("shared grammar helpers", () => {
  it("describes characters so a reader can find them", () => {
    expect(describeChar("\0")).toBe("U+0000 (NUL)");
    expect(describeChar("\t")).toBe("U+0009 (tab)");
    expect(describeChar(" ")).toBe("a space");
    expect(describeChar("ä")).toBe('"ä" (U+00E4)');
    expect(describeChar(",")).toBe('","');
  });

  it("judges extension names by (ALPHA / DIGIT) *31(ALPHA / DIGIT / '_' / '-' / '.')", () => {
    expect(extensionNameProblem("max_age")).toBeUndefined();
    expect(extensionNameProblem("a".repeat(32))).toBeUndefined();
    expect(extensionNameProblem("a".repeat(33))?.problem).toBe(
      "it is 33 characters long; the limit is 32",
    );
    expect(extensionNameProblem("_x")).toEqual({
      problem: 'it starts with "_", not a letter or digit',
      index: 0,
    });
    expect(extensionNameProblem("max age")).toEqual({
      problem: 'it contains a space; only letters, digits, "_", "-" and "." are allowed',
      index: 3,
    });
  });
});
