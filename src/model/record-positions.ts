/**
 * Where a part of a TXT record is in the zone file: offsets of the joined text (what senders
 * read) mapped back through each character-string's source columns.
 */
import type { Location } from "./finding.js";
import { recordLocation } from "./locations.js";
import type { Span } from "./position.js";
import type { ClassifiedTxt } from "./records.js";
import type { TagField } from "./tag-record.js";
import type { TxtString } from "./zone.js";

interface Point {
  line: number;
  column: number;
}

/** Source position of the character at `index` of a string (start of its source text). */
function charStart(s: TxtString, index: number): Point | undefined {
  const column = s.columns?.[index];
  return column === undefined ? undefined : { line: s.span.line, column };
}

/** Source position just after the character at `index` of a string. */
function charEnd(s: TxtString, index: number): Point | undefined {
  const columns = s.columns;
  if (!columns || index >= columns.length) return undefined;
  if (index + 1 < columns.length) return { line: s.span.line, column: columns[index + 1] };
  // The last character ends where the token ends, before its closing quote when quoted.
  const quoted = columns[0] > s.span.column;
  return { line: s.span.line, column: s.span.endColumn - (quoted ? 1 : 0) };
}

/** Which string holds the character at a joined-text offset, and where in it. */
function locate(strings: TxtString[], offset: number): { s: TxtString; index: number } | undefined {
  let base = 0;
  for (const s of strings) {
    if (offset < base + s.text.length) return { s, index: offset - base };
    base += s.text.length;
  }
  return undefined;
}

/**
 * The file location of a range of the joined text, mapped through the strings' source
 * columns; the whole record when the range is empty or a column is unknown (multi-line strings).
 */
export function joinedLocation(txt: ClassifiedTxt, start: number, end: number): Location {
  if (end > start) {
    const first = locate(txt.strings, start);
    const last = locate(txt.strings, end - 1);
    const a = first && charStart(first.s, first.index);
    const b = last && charEnd(last.s, last.index);
    if (a && b && (b.line > a.line || (b.line === a.line && b.column > a.column))) {
      const span: Span = { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
      return { file: txt.record.file, span };
    }
  }
  return recordLocation(txt.record);
}

/** The location of one field (name through value). */
export function fieldLocation(txt: ClassifiedTxt, field: TagField): Location {
  return joinedLocation(txt, field.start, field.end);
}
