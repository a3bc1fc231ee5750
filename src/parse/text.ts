import { isAscii, isUtf8 } from "node:buffer";
import { LineIndex } from "../model/position.js";

/** A byte of the input that is not part of a valid UTF-8 sequence. */
export interface BadByte {
  /** Offset of the byte in the original input (the BOM, when present, counts). */
  offset: number;
  /** Where the U+FFFD that replaced it stands in `text` (1-based; UTF-16 columns). */
  line: number;
  column: number;
}

export interface DecodedText {
  /**
   * The decoded text, without a leading UTF-8 byte order mark. Invalid UTF-8 sequences are
   * replaced by U+FFFD the way browsers and Node decode (one per maximal invalid subpart).
   */
  text: string;
  /** False when the input looks binary (rules.md "Text or not"). */
  isText: boolean;
  /** Why the input is not text, as one line; set only when `isText` is false. */
  reason?: string;
  /**
   * Every byte that belongs to an invalid UTF-8 sequence, in input order. Bytes of one invalid
   * sequence share the position of the single U+FFFD they became.
   */
  badBytes: BadByte[];
  /** The input started with the UTF-8 byte order mark EF BB BF (removed from `text`). */
  hasBom: boolean;
}

/** How much of the input the text-or-binary decision looks at (rules.md "Text or not"). */
export const TEXT_SAMPLE_BYTES = 8192;
/** Share of suspicious bytes in the sample above which the input is not text. */
const BINARY_SHARE = 0.1;

/** Control bytes that do not occur in text: C0 controls other than TAB, LF and CR, and DEL. */
export function isBinaryControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f;
}

/**
 * Decodes bytes as UTF-8 and decides whether they are text at all. Never throws.
 *
 * A file whose first 8 KiB are more than 10 % NUL bytes, other control bytes or bytes of
 * invalid UTF-8 sequences is not text; otherwise the stray bad bytes are located so that the
 * parsers can report each one at its line and column.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const bodyStart = hasBom ? 3 : 0;
  const body = bytes.subarray(bodyStart);
  // Most files are ASCII: decoded as Latin-1 they become a one-byte string, read at memory
  // speed and half the size of a two-byte one (a large zone is parsed from it).
  const ascii = isAscii(body);
  // ignoreBOM keeps a second BOM as a character: only the first one is a byte order mark.
  const text = ascii
    ? Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("latin1")
    : new TextDecoder("utf-8", { ignoreBOM: true }).decode(body);

  // Fast path for the common case: valid UTF-8 needs no byte-by-byte walk.
  const invalid = ascii || isUtf8(body) ? [] : findInvalidUtf8(body, bodyStart);

  const sampleLength = Math.min(bytes.length, TEXT_SAMPLE_BYTES);
  let suspicious = 0;
  for (let i = 0; i < sampleLength; i++) if (isBinaryControlByte(bytes[i])) suspicious++;
  for (const bad of invalid) if (bad.offset < sampleLength) suspicious++;

  if (suspicious > sampleLength * BINARY_SHARE) {
    return { text, isText: false, reason: binaryReason(bytes), badBytes: [], hasBom };
  }

  const index = invalid.length > 0 ? new LineIndex(text) : undefined;
  const badBytes = invalid.map(({ offset, charOffset }) => {
    const { line, column } = index!.position(charOffset);
    return { offset, line, column };
  });
  return { text, isText: true, badBytes, hasBom };
}

function binaryReason(bytes: Uint8Array): string {
  // UTF-16 is what some Windows editors save as "Unicode": worth naming, the fix is simple.
  const utf16 =
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  return utf16
    ? "not a text file (UTF-16 encoded; save it as UTF-8)"
    : "not a text file (binary content)";
}

interface InvalidByte {
  /** Offset in the original input. */
  offset: number;
  /** Offset (UTF-16 code units) of the U+FFFD it became in the decoded text. */
  charOffset: number;
}

/**
 * Walks the bytes with the WHATWG Encoding Standard's UTF-8 decoder (the one TextDecoder
 * implements), so that each reported byte lines up with the U+FFFD TextDecoder produced.
 */
function findInvalidUtf8(bytes: Uint8Array, baseOffset: number): InvalidByte[] {
  const out: InvalidByte[] = [];
  let charOffset = 0;
  let needed = 0;
  let seen = 0;
  let codePoint = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let sequenceStart = 0;

  const reject = (from: number, to: number) => {
    for (let k = from; k < to; k++) out.push({ offset: baseOffset + k, charOffset });
    charOffset += 1;
  };

  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (needed === 0) {
      sequenceStart = i;
      if (b <= 0x7f) {
        charOffset += 1;
      } else if (b >= 0xc2 && b <= 0xdf) {
        needed = 1;
        codePoint = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
        codePoint = b & 0x0f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
        codePoint = b & 0x07;
      } else {
        reject(i, i + 1);
      }
      i++;
      continue;
    }
    if (b < lower || b > upper) {
      // The sequence so far is one error; the current byte is decoded afresh.
      reject(sequenceStart, i);
      needed = 0;
      seen = 0;
      codePoint = 0;
      lower = 0x80;
      upper = 0xbf;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    codePoint = (codePoint << 6) | (b & 0x3f);
    seen++;
    i++;
    if (seen === needed) {
      charOffset += codePoint > 0xffff ? 2 : 1;
      needed = 0;
      seen = 0;
      codePoint = 0;
    }
  }
  if (needed !== 0) reject(sequenceStart, bytes.length);
  return out;
}

// Character classes shared by the policy-line and TXT-record grammars (RFC 8461 §3.1/§3.2,
// RFC 8460 §3), so that both parsers name a character and judge an extension name alike.

/** WSP of RFC 5234: space or horizontal tab. */
export function isWsp(ch: string): boolean {
  return ch === " " || ch === "\t";
}

/** Length of the run of WSP starting at `from`. */
export function wspRun(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWsp(text[i])) i++;
  return i - from;
}

/**
 * Where `text[start, end)` ends once its trailing WSP is dropped (other trailing characters
 * stay). An index rather than a string, so callers can trim inside a longer text without
 * slicing it first.
 */
export function endBeforeTrailingWsp(text: string, start = 0, end = text.length): number {
  let e = end;
  while (e > start && isWsp(text[e - 1])) e--;
  return e;
}

/** A run of WSP as a reader counts it: "a space", "3 spaces", "2 spaces and a tab". */
export function describeWhitespace(ws: string): string {
  let tabs = 0;
  for (const c of ws) if (c === "\t") tabs++;
  const spaces = ws.length - tabs;
  const parts: string[] = [];
  if (spaces > 0) parts.push(spaces === 1 ? "a space" : `${spaces} spaces`);
  if (tabs > 0) parts.push(tabs === 1 ? "a tab" : `${tabs} tabs`);
  return parts.join(" and ");
}

/** CTL of RFC 5234 other than TAB: C0 controls and DEL. */
export function isControlChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c < 0x20 && c !== 0x09) || c === 0x7f;
}

const CONTROL_NAMES: Record<number, string> = {
  0: "NUL",
  9: "tab",
  10: "line feed",
  11: "vertical tab",
  12: "form feed",
  13: "carriage return",
  27: "escape",
  127: "DEL",
};

/** A character as a reader can identify it: "U+0000 (NUL)", "\"ä\" (U+00E4)", "\",\"". */
export function describeChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  if (cp < 0x20 || cp === 0x7f) {
    return `${hex} (${CONTROL_NAMES[cp] ?? "a control character"})`;
  }
  if (cp === 0x20) return "a space";
  if (cp === 0xfeff) return `${hex} (byte order mark)`;
  if (cp === 0xfffd) return `${hex} (an invalid UTF-8 byte)`;
  if (cp > 0x7e) return `"${String.fromCodePoint(cp)}" (${hex})`;
  return `"${ch}"`;
}

/** Longest extension name: one letter or digit, then up to 31 more characters. */
export const MAX_EXTENSION_NAME_LENGTH = 32;
const EXTENSION_NAME_FIRST = /^[A-Za-z0-9]$/;
const EXTENSION_NAME_REST = /^[A-Za-z0-9_.-]$/;

/**
 * Why `name` is not an extension name `(ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".")`
 * (RFC 8461 §3.1 sts-ext-name and §3.2 sts-policy-ext-name, RFC 8460 tlsrpt-ext-name), as a
 * phrase with the offending character's index; undefined when the name is valid.
 */
export function extensionNameProblem(name: string): { problem: string; index: number } | undefined {
  if (name.length === 0) return { problem: "it is empty", index: 0 };
  const chars = Array.from(name);
  if (!EXTENSION_NAME_FIRST.test(chars[0])) {
    return { problem: `it starts with ${describeChar(chars[0])}, not a letter or digit`, index: 0 };
  }
  let index = chars[0].length;
  for (const ch of chars.slice(1)) {
    if (!EXTENSION_NAME_REST.test(ch)) {
      return {
        problem: `it contains ${describeChar(ch)}; only letters, digits, "_", "-" and "." are allowed`,
        index,
      };
    }
    index += ch.length;
  }
  if (name.length > MAX_EXTENSION_NAME_LENGTH) {
    return {
      problem: `it is ${name.length} characters long; the limit is ${MAX_EXTENSION_NAME_LENGTH}`,
      index: MAX_EXTENSION_NAME_LENGTH,
    };
  }
  return undefined;
}
