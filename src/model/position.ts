/**
 * Positions are 1-based. `column` counts UTF-16 code units of the decoded line, as editors and
 * GitHub annotations do. A span's end is exclusive: `endColumn` is the column just after the
 * last character (the SARIF convention), so an empty span has column === endColumn.
 */
export interface Position {
  line: number;
  column: number;
}

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function span(line: number, column: number, endLine: number, endColumn: number): Span {
  return { line, column, endLine, endColumn };
}

/** The empty span before the first character: for problems of the text as a whole (a BOM, binary content). */
export const START_OF_TEXT: Span = Object.freeze(span(1, 1, 1, 1));

/** The span from the start of `first` to the end of `last` (e.g. a run of tokens). */
export function spanFrom(first: Span, last: Span): Span {
  return {
    line: first.line,
    column: first.column,
    endLine: last.endLine,
    endColumn: last.endColumn,
  };
}

/** A span covering `length` characters starting at (line, column) on one line. */
export function spanOnLine(line: number, column: number, length: number): Span {
  return { line, column, endLine: line, endColumn: column + length };
}

/** Maps offsets in a text to 1-based line/column positions (LF, CRLF and lone CR end lines). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo] + 1 };
  }

  span(start: number, end: number): Span {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}
