import type { Span } from "./position.js";

/** Where a policy body came from: a file in the repository, or a live URL. */
export interface SourceRef {
  file?: string;
  url?: string;
}

export type PolicyMode = "enforce" | "testing" | "none";

/** One `name: value` line of a policy body, as written. */
export interface PolicyField {
  /** The field name exactly as written (case kept). */
  name: string;
  /** The value as written, without the delimiter's whitespace and without trailing whitespace. */
  value: string;
  /** 1-based line of the field. */
  line: number;
  /** The whole line without its line end. */
  lineSpan: Span;
  nameSpan: Span;
  valueSpan: Span;
  /**
   * True when the line broke the ABNF (leading whitespace, whitespace before `:`) but the
   * field could still be read; a `policy-syntax` issue was recorded for it. Other rules use
   * recovered fields so one mistake does not cascade into "field missing" findings.
   */
  recovered: boolean;
}

export type PolicyIssueKind =
  /** Line-level ABNF violations: no `:`, bad name, control characters, BOM, bare CR, bad UTF-8. */
  | "syntax"
  /** An empty line, or more than one final line end. */
  | "blank-line";

export interface PolicyIssue {
  kind: PolicyIssueKind;
  span: Span;
  /** Plain-text explanation, specific to what was found. */
  message: string;
  /** Corrected line, when one can be computed. */
  fix?: string;
}

/** A parsed policy body. The parser never throws; everything odd becomes an issue. */
export interface PolicyDoc {
  source: SourceRef;
  /** Size of the body in bytes (before any truncation). */
  byteLength: number;
  /** Line end style seen: used by messages and fixes. */
  lineEnding: "LF" | "CRLF" | "mixed" | "none";
  /** Every field read, in order, duplicates and extensions included. */
  fields: PolicyField[];
  issues: PolicyIssue[];
  /** Number of the last line (for positions after the last line). */
  lineCount: number;
  /**
   * The empty span before the body's first character: where a missing field is reported. Line 1
   * for a plain file; the first line after the front matter for a page a static site serves.
   */
  start?: Span;
}

/** Where a finding about the body as a whole (a missing field, its size) is reported. */
export function policyStart(doc: PolicyDoc): Span {
  return doc.start ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
}
