import { isKnownField } from "../model/field-names.js";
import type { PolicyDoc, PolicyField, PolicyIssue, SourceRef } from "../model/policy.js";
import { type Span, span, spanOnLine } from "../model/position.js";
import { quoted } from "../model/wording.js";
import {
  decodeText,
  describeChar,
  describeWhitespace,
  endBeforeTrailingWsp,
  extensionNameProblem,
  isControlChar,
  wspRun,
} from "./text.js";

/**
 * The policy file of RFC 8461 §3.2, read line by line against its ABNF:
 *
 *   sts-policy-record = sts-policy-field *WSP *(sts-policy-term sts-policy-field *WSP)
 *                       [sts-policy-term]
 *   sts-policy-term   = LF / CRLF                      (errata 6253: LF is fine)
 *   field             = name ":" *WSP value
 *
 * Every deviation becomes an issue with its exact columns; where the intent is still clear
 * (an indented policy, "mode : enforce", a trailing "# comment") the field is returned with
 * `recovered: true`, so that one mistake yields one finding instead of "field missing" ones.
 */

/** Why a wrong line matters, said once and reused by the messages below. */
const STRICT_SENDERS =
  "senders that follow the ABNF reject the whole policy (TLS-RPT result type sts-policy-invalid)";

type Terminator = "LF" | "CRLF" | "CR" | "";

interface RawLine {
  /** 1-based line number. */
  number: number;
  /** The line without its line end. */
  content: string;
  terminator: Terminator;
}

/**
 * Splits the text the way positions are counted (LineIndex): LF, CRLF and a lone CR end a line.
 * Lines are numbered from `firstLine` (a body that starts inside a larger file, after front matter).
 */
function splitLines(text: string, firstLine: number): RawLine[] {
  const lines: RawLine[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const crlf = c === 13 && text.charCodeAt(i + 1) === 10;
      const terminator: Terminator = c === 10 ? "LF" : crlf ? "CRLF" : "CR";
      lines.push({ number: firstLine + lines.length, content: text.slice(start, i), terminator });
      i += crlf ? 2 : 1;
      start = i;
    } else {
      i++;
    }
  }
  // Text after the last line end is a line; nothing after it is not (a final line end is fine).
  if (start < text.length) {
    lines.push({ number: firstLine + lines.length, content: text.slice(start), terminator: "" });
  }
  return lines;
}

function isBlank(content: string): boolean {
  return wspRun(content, 0) === content.length;
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** Invalid UTF-8 bytes per line: column → the raw bytes that became the U+FFFD there. */
type BadBytesByLine = Map<number, Map<number, number[]>>;

function groupBadBytes(bytes: Uint8Array, bad: { offset: number; line: number; column: number }[]) {
  const byLine: BadBytesByLine = new Map();
  for (const b of bad) {
    let columns = byLine.get(b.line);
    if (!columns) {
      columns = new Map();
      byLine.set(b.line, columns);
    }
    const list = columns.get(b.column);
    if (list) list.push(bytes[b.offset]);
    else columns.set(b.column, [bytes[b.offset]]);
  }
  return byLine;
}

export interface ParseOptions {
  /**
   * The file line the body starts on (default 1): a body served from a file that begins with
   * front matter keeps the file's own line numbers, so findings point at the real line.
   */
  firstLine?: number;
}

/**
 * Parses a policy body (the bytes of a local file or of a live fetch). Never throws: every
 * problem is an issue of kind `syntax` or `blank-line`.
 */
export function parsePolicy(
  input: Uint8Array | string,
  source: SourceRef,
  options: ParseOptions = {},
): PolicyDoc {
  const firstLine = options.firstLine ?? 1;
  const start = span(firstLine, 1, firstLine, 1);
  let text: string;
  let hasBom: boolean;
  let badBytes: BadBytesByLine = new Map();
  let byteLength: number;
  if (typeof input === "string") {
    hasBom = input.startsWith("\uFEFF");
    text = hasBom ? input.slice(1) : input;
    byteLength = utf8Length(input);
  } else {
    const decoded = decodeText(input);
    byteLength = input.length;
    if (!decoded.isText) {
      return {
        source,
        byteLength,
        lineEnding: "none",
        fields: [],
        issues: [
          {
            kind: "syntax",
            span: start,
            message: `The policy is ${decoded.reason ?? "not a text file"}: RFC 8461 §3.2 requires UTF-8 text lines "name: value", so every sender rejects it (sts-policy-invalid). Serve the plain-text policy instead.`,
          },
        ],
        lineCount: firstLine,
        start,
      };
    }
    text = decoded.text;
    hasBom = decoded.hasBom;
    badBytes = groupBadBytes(input, decoded.badBytes);
  }

  const lines = splitLines(text, firstLine);
  const issues: PolicyIssue[] = [];
  const fields: PolicyField[] = [];

  if (hasBom) issues.push(bomIssue(start));

  const trailingStart = trailingBlankStart(lines);
  for (const [index, line] of lines.entries()) {
    const previous = lines[index - 1];
    const afterBareCr = previous?.terminator === "CR";
    if (line.terminator === "CR") issues.push(bareCrIssue(line));

    if (isBlank(line.content)) {
      // "a\r\r\n" leaves an empty line that the bare CR issue already explains.
      const madeByBareCr = afterBareCr && line.content === "";
      if (index < trailingStart && !madeByBareCr) issues.push(blankLineIssue(line));
      continue;
    }
    const parsed = parseLine(line, {
      // Bad bytes are located within the body, counted from its first line.
      badBytes: badBytes.get(index + 1),
      forceRecovered: (hasBom && index === 0) || afterBareCr || line.terminator === "CR",
    });
    issues.push(...parsed.issues);
    if (parsed.field) fields.push(parsed.field);
  }
  const trailing = trailingBlankIssue(lines, trailingStart, firstLine);
  if (trailing) issues.push(trailing);
  // In reading order, as annotations are listed (the sort is stable within one column).
  issues.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);

  return {
    source,
    byteLength,
    lineEnding: lineEndingOf(lines),
    fields,
    issues,
    lineCount: firstLine - 1 + Math.max(1, lines.length),
    start,
  };
}

function lineEndingOf(lines: RawLine[]): PolicyDoc["lineEnding"] {
  const lf = lines.some((l) => l.terminator === "LF");
  const crlf = lines.some((l) => l.terminator === "CRLF");
  if (lf && crlf) return "mixed";
  if (crlf) return "CRLF";
  if (lf) return "LF";
  return "none";
}

/** Index of the first line of the run of blank lines that ends the file (lines.length if none). */
function trailingBlankStart(lines: RawLine[]): number {
  let start = lines.length;
  while (start > 0 && isBlank(lines[start - 1].content)) start--;
  return start;
}

function trailingBlankIssue(
  lines: RawLine[],
  start: number,
  firstLine: number,
): PolicyIssue | undefined {
  // Empty lines made by a bare CR ("a\r\r\n") are explained by the bare CR issue.
  const run = lines
    .slice(start)
    .filter(
      (l, i, all) => !(l.content === "" && (all[i - 1] ?? lines[start - 1])?.terminator === "CR"),
    );
  if (run.length === 0) return undefined;
  const first = run[0];
  const last = run[run.length - 1];
  const where =
    run.length === 1
      ? `Line ${first.number} is an empty line`
      : `Lines ${first.number}–${last.number} are empty lines`;
  const what =
    first.number === firstLine
      ? `${where}: the policy has no field at all.`
      : `${where} at the end of the file: the policy ends with more than one line end.`;
  return {
    kind: "blank-line",
    span: span(first.number, 1, last.number, last.content.length + 1),
    message: `${what} RFC 8461 §3.2 allows one final line end and no empty line; several parsers stop at an empty line or fail on it. Remove the extra lines.`,
  };
}

function blankLineIssue(line: RawLine): PolicyIssue {
  const kind = line.content === "" ? "an empty line" : "a line of only spaces or tabs";
  return {
    kind: "blank-line",
    span: spanOnLine(line.number, 1, line.content.length),
    message: `Line ${line.number} is ${kind}. RFC 8461 §3.2 has no empty lines between fields: several parsers stop at an empty line (losing every field after it) or fail, and strict ones reject the policy. Remove the line.`,
  };
}

function bomIssue(start: Span): PolicyIssue {
  return {
    kind: "syntax",
    span: start,
    message: `The file starts with a UTF-8 byte order mark (bytes EF BB BF). RFC 8461 §3.2 allows nothing before the first field name: parsers that do not strip the mark (postfix-mta-sts-resolver decodes plain UTF-8) read the first name as "\\uFEFF" plus the name, so that field is lost. Save the file as UTF-8 without BOM.`,
  };
}

function bareCrIssue(line: RawLine): PolicyIssue {
  const column = line.content.length + 1;
  return {
    kind: "syntax",
    span: spanOnLine(line.number, column, 1),
    message: `Line ${line.number} ends with a carriage return (CR) that no line feed follows. RFC 8461 §3.2 ends lines with LF or CRLF only: parsers that split lines at LF only (Stalwart among them) read this line and the next as one, so their fields run together and are lost. Use LF or CRLF line ends.`,
  };
}

interface LineContext {
  /** Invalid UTF-8 on this line: column → raw bytes. */
  badBytes?: Map<number, number[]>;
  /** A problem outside the line's text (BOM, bare CR) already broke the line. */
  forceRecovered: boolean;
}

interface LineResult {
  field?: PolicyField;
  issues: PolicyIssue[];
}

/**
 * The line with its control characters taken out (they are reported on their own), plus the
 * original index of every remaining character so spans point at the real columns.
 */
interface CleanLine {
  text: string;
  /** origin[i] = index in the raw line of text[i]; origin[text.length] = raw length. */
  origin: number[];
}

function withoutControls(content: string): CleanLine {
  let text = "";
  const origin: number[] = [];
  for (let i = 0; i < content.length; i++) {
    if (isControlChar(content[i])) continue;
    text += content[i];
    origin.push(i);
  }
  origin.push(content.length);
  return { text, origin };
}

function parseLine(line: RawLine, ctx: LineContext): LineResult {
  const issues: PolicyIssue[] = [];
  const clean = withoutControls(line.content);
  /** Span of clean[start, end) on this line, in raw columns. */
  const spanOf = (start: number, end: number): Span => {
    const from = clean.origin[start] + 1;
    const to = end > start ? clean.origin[end - 1] + 2 : from;
    return span(line.number, from, line.number, to);
  };

  issues.push(...controlCharIssues(line), ...badByteIssues(line, ctx.badBytes));
  const lineHasBadBytes = (ctx.badBytes?.size ?? 0) > 0;

  const text = clean.text;
  const lead = wspRun(text, 0);
  if (lead === text.length) return { issues }; // only control characters and whitespace

  if (text[lead] === "#") {
    issues.push({
      kind: "syntax",
      span: spanOf(lead, text.length),
      message: `Line ${line.number} is a comment. RFC 8461 §3.2 has no comments: ${STRICT_SENDERS}; Stalwart reads everything up to the next ":" as one field name, so a comment can swallow the field that follows it. Remove the line (keep notes in the repository's README instead).`,
    });
    return { issues };
  }

  const leadIssue = (name: string): PolicyIssue => ({
    kind: "syntax",
    span: spanOf(0, lead),
    message: `Line ${line.number} starts with ${describeWhitespace(text.slice(0, lead))} before the field name ${quoted(name)}. RFC 8461 §3.2 allows none: postfix-mta-sts-resolver does not trim field names, so it reads an unknown field " ${name}" and misses ${quoted(name)}, and ${STRICT_SENDERS}. Remove the indentation.`,
  });

  const colon = text.indexOf(":", lead);
  if (colon < 0) {
    const recovered = noColonLine(line, text, lead, spanOf);
    if (recovered.field && lead > 0) recovered.issues.push(leadIssue(recovered.field.name));
    const fix = recovered.issues[0].fix;
    const all = [...issues, ...recovered.issues];
    return {
      field: recovered.field,
      issues: fix && !lineHasBadBytes ? all.map(withFix(fix)) : all,
    };
  }

  const nameEnd = endBeforeTrailingWsp(text, lead, colon);
  const name = text.slice(lead, nameEnd);
  if (name.length === 0) {
    issues.push({
      kind: "syntax",
      span: spanOf(lead, colon + 1),
      message: `Line ${line.number} has no field name before ":". RFC 8461 §3.2 lines are "name: value"; ${STRICT_SENDERS}. Write the field name before the colon, or remove the line.`,
    });
    return { issues };
  }
  if (lead > 0) issues.push(leadIssue(name));
  if (nameEnd < colon) {
    issues.push({
      kind: "syntax",
      span: spanOf(nameEnd, colon),
      message: `Line ${line.number} has ${describeWhitespace(text.slice(nameEnd, colon))} between the field name ${quoted(name)} and ":". RFC 8461 §3.2 puts the colon right after the name: postfix-mta-sts-resolver reads the field as ${quoted(text.slice(lead, colon))} and misses ${quoted(name)}, and ${STRICT_SENDERS}. Remove the space.`,
    });
  }
  const nameProblem = extensionNameProblem(name);
  if (nameProblem) {
    issues.push({
      kind: "syntax",
      span: spanOf(lead, nameEnd),
      message: `${quoted(name)} on line ${line.number} is not a valid field name: ${nameProblem.problem}. RFC 8461 §3.2 names are a letter or digit followed by up to 31 letters, digits, "_", "-" or "."; ${STRICT_SENDERS}. Correct the name or remove the line.`,
    });
    return { issues };
  }

  const valueStart = colon + 1 + wspRun(text, colon + 1);
  let valueEnd = endBeforeTrailingWsp(text, valueStart);
  let fixable = !lineHasBadBytes;

  if (isKnownField(name)) {
    // The four RFC fields (RFC 8461 §3.2) take values without spaces, so " #" can only be meant as a comment.
    const comment = /[ \t]+#/.exec(text.slice(colon + 1, valueEnd));
    if (comment) {
      const commentStart = colon + 1 + comment.index;
      const commentText = text.slice(commentStart, valueEnd).trim();
      valueEnd = endBeforeTrailingWsp(text, valueStart, commentStart);
      issues.push({
        kind: "syntax",
        span: spanOf(commentStart, text.length),
        message: `${quoted(commentText)} after the ${quoted(name)} value on line ${line.number} is not a comment: RFC 8461 §3.2 has no comments, so senders read it as part of the value (${quoted(text.slice(valueStart, text.length).trim())}), which makes the field invalid. Remove it.`,
      });
    }
  }

  if (valueEnd <= valueStart && isKnownField(name)) {
    // "mode:" alone is a bad value of a known field: its own rule reports it (policy-mode,
    // policy-mx-invalid, ...), so the field is kept with an empty value (rules.md, "One root
    // cause, one finding"). Whatever else broke the line is still reported here.
    const recovered = issues.length > 0 || ctx.forceRecovered;
    const valueSpan = spanOf(valueStart, valueStart);
    return {
      field: policyField(line, name, "", spanOf(lead, nameEnd), valueSpan, recovered),
      issues,
    };
  }
  if (valueEnd <= valueStart) {
    issues.push({
      kind: "syntax",
      span: spanOf(colon, text.length),
      message: `The field ${quoted(name)} on line ${line.number} has no value. RFC 8461 §3.2 requires a value after "${name}:"; ${STRICT_SENDERS}. Give the value or remove the line.`,
    });
    return { issues };
  }

  const value = text.slice(valueStart, valueEnd);
  const tab = value.indexOf("\t");
  if (tab >= 0) {
    issues.push({
      kind: "syntax",
      span: spanOf(valueStart + tab, valueStart + tab + 1),
      message: `The value of ${quoted(name)} on line ${line.number} contains a tab. RFC 8461 §3.2 allows only spaces between the characters of a value (a tab is a control character there); ${STRICT_SENDERS}. Replace the tab with a space.`,
    });
  }

  const field = policyField(
    line,
    name,
    value,
    spanOf(lead, nameEnd),
    spanOf(valueStart, valueEnd),
    issues.length > 0 || ctx.forceRecovered,
  );
  if (!fixable || issues.length === 0) return { field, issues };
  const fix = `${name}: ${value.replace(/\t/g, " ")}`;
  fixable = fix !== line.content;
  return { field, issues: fixable ? issues.map(withFix(fix)) : issues };
}

/** A field read from `line`; its line span always covers the whole line without its line end. */
function policyField(
  line: RawLine,
  name: string,
  value: string,
  nameSpan: Span,
  valueSpan: Span,
  recovered: boolean,
): PolicyField {
  const lineSpan = spanOnLine(line.number, 1, line.content.length);
  return { name, value, line: line.number, lineSpan, nameSpan, valueSpan, recovered };
}

/** Attaches the corrected line to the issues a rewrite of the line repairs. */
function withFix(fix: string) {
  return (issue: PolicyIssue): PolicyIssue => (issue.fix ? issue : { ...issue, fix });
}

/**
 * A line without ":". When it is a known field written "name value" or "name=value" (the TXT
 * record's syntax) the intent is clear: the field is recovered and a corrected line offered.
 */
function noColonLine(
  line: RawLine,
  text: string,
  lead: number,
  spanOf: (start: number, end: number) => Span,
): LineResult {
  const known = /^([A-Za-z0-9_.-]+)([ \t]*=[ \t]*|[ \t]+)(\S.*)$/.exec(
    text.slice(lead, endBeforeTrailingWsp(text, lead)),
  );
  if (!known || !isKnownField(known[1])) {
    return {
      issues: [
        {
          kind: "syntax",
          span: spanOf(lead, text.length),
          message: `Line ${line.number} has no ":". RFC 8461 §3.2 lines are "name: value"; ${STRICT_SENDERS}, and Stalwart reads everything up to the next ":" as one field name, swallowing the field on the following line. Write the line as "name: value" or remove it.`,
        },
      ],
    };
  }
  const [, name, separator, value] = known;
  const nameEnd = lead + name.length;
  const valueStart = nameEnd + separator.length;
  const valueEnd = valueStart + value.length;
  const fix = `${name}: ${value}`;
  const how = separator.includes("=")
    ? `uses "=" (the TXT record's syntax) instead of ":" after ${quoted(name)}`
    : `has no ":" after ${quoted(name)}`;
  return {
    field: policyField(
      line,
      name,
      value,
      spanOf(lead, nameEnd),
      spanOf(valueStart, valueEnd),
      true,
    ),
    issues: [
      {
        kind: "syntax",
        span: spanOf(lead, text.length),
        message: `Line ${line.number} ${how}. RFC 8461 §3.2 lines are "name: value": postfix-mta-sts-resolver and Stalwart miss the ${quoted(name)} field, and ${STRICT_SENDERS}. Write "${fix}".`,
        fix,
      },
    ],
  };
}

/** One issue per run of adjacent control characters (a NUL-padded line is one finding). */
function controlCharIssues(line: RawLine): PolicyIssue[] {
  const out: PolicyIssue[] = [];
  const c = line.content;
  let i = 0;
  while (i < c.length) {
    if (!isControlChar(c[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < c.length && isControlChar(c[end])) end++;
    const what =
      end - i === 1
        ? `the control character ${describeChar(c[i])}`
        : `${end - i} control characters (first ${describeChar(c[i])})`;
    out.push({
      kind: "syntax",
      span: span(line.number, i + 1, line.number, end + 1),
      message: `Line ${line.number} contains ${what} at column ${i + 1}. RFC 8461 §3.2 allows no control characters in a policy; ${STRICT_SENDERS}, and others read a different name or value. Remove ${end - i === 1 ? "it" : "them"}.`,
    });
    i = end;
  }
  return out;
}

/** One issue per run of adjacent replacement characters that came from invalid UTF-8. */
function badByteIssues(line: RawLine, bad: Map<number, number[]> | undefined): PolicyIssue[] {
  if (!bad || bad.size === 0) return [];
  const columns = [...bad.keys()].sort((a, b) => a - b);
  const out: PolicyIssue[] = [];
  let i = 0;
  while (i < columns.length) {
    let j = i;
    while (j + 1 < columns.length && columns[j + 1] === columns[j] + 1) j++;
    const bytes = columns.slice(i, j + 1).flatMap((col) => bad.get(col) ?? []);
    const hex = bytes.map((b) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`).join(" ");
    // A lone byte 0xA0–0xFF is almost always a Latin-1/Windows-1252 letter such as "é".
    const latin1 = bytes.length === 1 && bytes[0] >= 0xa0;
    const hint = latin1
      ? ` It looks like ISO-8859-1 or Windows-1252 ("${String.fromCharCode(bytes[0])}"): save the file as UTF-8.`
      : " Save the file as UTF-8.";
    out.push({
      kind: "syntax",
      span: span(line.number, columns[i], line.number, columns[j] + 1),
      message: `Line ${line.number} has ${bytes.length === 1 ? "a byte" : "bytes"} that ${bytes.length === 1 ? "is" : "are"} not valid UTF-8 (${hex}) at column ${columns[i]}. RFC 8461 §3.2 policies are UTF-8: senders that decode strictly reject the whole policy (sts-policy-invalid), others read a different value.${hint}`,
    });
    i = j + 1;
  }
  return out;
}
