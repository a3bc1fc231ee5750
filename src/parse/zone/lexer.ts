import type { Span } from "../../model/position.js";

/**
 * The RFC 1035 §5.1 master-file lexer, with BIND's reading of the edge cases: a record (an
 * "entry") ends at a line end outside parentheses; `;` starts a comment outside quotes; `(`,
 * `)`, `"` and blanks end an unquoted word; `\X` and `\DDD` escapes are kept verbatim in the
 * token text (names and strings decode them differently). A quoted string ends at an LF
 * unless a `\` escapes it (BIND reports "unbalanced quotes" otherwise); inside it a CR is data.
 * A comment runs to the next LF.
 */

/** One word or quoted string of a record. */
export interface Token {
  /** The token as written; for a quoted string, the quotes included. */
  raw: string;
  /** The text the token stands for, escapes still encoded: `raw` without its quotes. */
  text: string;
  quoted: boolean;
  /** Offset of the token's first character in the source. */
  start: number;
  span: Span;
  /** Set on tokens built from a `$GENERATE` template: `span` is the template's, not the text's. */
  synthetic?: boolean;
}

/**
 * A token as the lexer makes it: its span is built only when asked for (most never are), so a
 * large zone makes one object per word instead of two.
 */
class LexedToken implements Token {
  constructor(
    readonly raw: string,
    readonly text: string,
    readonly quoted: boolean,
    readonly start: number,
    private readonly line: number,
    private readonly column: number,
    private readonly endLine: number,
    private readonly endColumn: number,
  ) {}

  get span(): Span {
    return {
      line: this.line,
      column: this.column,
      endLine: this.endLine,
      endColumn: this.endColumn,
    };
  }
}

export interface LexIssue {
  span: Span;
  message: string;
}

/** One entry of the file: a record or a directive, possibly over several lines in parentheses. */
export interface Entry {
  tokens: Token[];
  /** The entry began with a blank or tab: its owner is the previous record's (RFC 1035 §5.1). */
  indented: boolean;
  /** First physical line of the entry (1-based). */
  line: number;
  issues: LexIssue[];
  /** The entry runs to the end of the file with no line end after it. */
  unterminated?: boolean;
}

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const LPAREN = 40;
const RPAREN = 41;
const SEMICOLON = 59;
const BACKSLASH = 92;
const DEL = 127;
const REPLACEMENT = 0xfffd;

function isLineEnd(c: number): boolean {
  return c === LF || c === CR;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** Characters that end an unquoted word (besides line ends). */
function endsWord(c: number): boolean {
  return c === SPACE || c === TAB || c === SEMICOLON || c === LPAREN || c === RPAREN || c === QUOTE;
}

/** What a stray control character or undecodable byte outside quotes is called in messages. */
function describeBadCharacter(c: number): string | undefined {
  if (c === REPLACEMENT) return "a byte that is not valid UTF-8 (shown as U+FFFD)";
  if (c === 0) return "a NUL character";
  if ((c < SPACE && c !== TAB) || c === DEL) {
    return `the control character U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return undefined;
}

export class Lexer {
  private pos: number;
  private line = 1;
  private lineStart = 0;

  /** `start` skips a prefix (a byte order mark) without changing the line's columns. */
  constructor(
    private readonly text: string,
    start = 0,
  ) {
    this.pos = start;
  }

  /** The next entry, or undefined at the end of the text. Entries may have no tokens. */
  next(): Entry | undefined {
    const text = this.text;
    if (this.pos >= text.length) return undefined;
    const entry: Entry = {
      tokens: [],
      indented: isBlank(text.charCodeAt(this.pos)),
      line: this.line,
      issues: [],
    };
    let depth = 0;
    let openParen: Span | undefined;
    // Where to resume when a `(` is never closed: the first later line that starts a new
    // record (not indented, not a comment, not a `)`), so one typo does not hide the zone.
    let resume: { pos: number; line: number; tokenCount: number; issueCount: number } | undefined;

    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (isLineEnd(c)) {
        this.skipLineEnd(c);
        if (depth === 0) return entry;
        if (resume === undefined && this.pos < text.length) {
          const d = text.charCodeAt(this.pos);
          if (!isBlank(d) && !isLineEnd(d) && d !== SEMICOLON && d !== RPAREN) {
            resume = {
              pos: this.pos,
              line: this.line,
              tokenCount: entry.tokens.length,
              issueCount: entry.issues.length,
            };
          }
        }
      } else if (isBlank(c)) {
        this.pos++;
      } else if (c === SEMICOLON) {
        this.skipComment();
      } else if (c === LPAREN) {
        if (depth === 0) openParen = this.spanHere(1);
        depth++;
        this.pos++;
      } else if (c === RPAREN) {
        if (depth === 0) {
          entry.issues.push({
            span: this.spanHere(1),
            message:
              'unbalanced parentheses: this ")" closes no "(" (BIND rejects the record; remove it or add the missing "(")',
          });
        } else depth--;
        this.pos++;
      } else if (c === QUOTE) {
        entry.tokens.push(this.readQuoted(entry.issues));
      } else {
        entry.tokens.push(this.readWord(entry.issues));
      }
    }

    entry.unterminated = true;
    if (depth > 0 && openParen) {
      if (resume) {
        // The lines from `resume` on are read again as records of their own.
        entry.tokens.length = resume.tokenCount;
        entry.issues.length = resume.issueCount;
        this.pos = resume.pos;
        this.line = resume.line;
        this.lineStart = resume.pos;
      }
      entry.issues.push({
        span: openParen,
        message:
          'unbalanced parentheses: this "(" is never closed, so BIND reads the rest of the file as part of this record and rejects the zone; add the missing ")"',
      });
    }
    return entry;
  }

  private skipLineEnd(c: number): void {
    this.pos++;
    if (c === CR && this.text.charCodeAt(this.pos) === LF) this.pos++;
    this.line++;
    this.lineStart = this.pos;
  }

  /** A comment runs to the next LF, as BIND reads it: a lone CR does not end it. */
  private skipComment(): void {
    const text = this.text;
    let p = this.pos;
    while (p < text.length) {
      const c = text.charCodeAt(p);
      if (c === LF) break;
      if (c === CR) {
        if (text.charCodeAt(p + 1) === LF) break;
        this.newLineAt(p + 1);
      }
      p++;
    }
    this.pos = p;
  }

  private column(offset: number): number {
    return offset - this.lineStart + 1;
  }

  private spanHere(length: number): Span {
    const column = this.column(this.pos);
    return { line: this.line, column, endLine: this.line, endColumn: column + length };
  }

  /** An unquoted word on the current line. */
  private word(start: number, end: number): Token {
    const raw = this.text.slice(start, end);
    const column = this.column(start);
    return new LexedToken(
      raw,
      raw,
      false,
      start,
      this.line,
      column,
      this.line,
      column + end - start,
    );
  }

  private readWord(issues: LexIssue[]): Token {
    const text = this.text;
    const start = this.pos;
    let p = start;
    while (p < text.length) {
      const c = text.charCodeAt(p);
      if (isLineEnd(c) || endsWord(c)) break;
      if (c === BACKSLASH) {
        // An escaped character is part of the word, even a blank or `;`; not a line end.
        p++;
        if (p < text.length && !isLineEnd(text.charCodeAt(p))) p++;
        continue;
      }
      if (c > 126 || c < SPACE) {
        const what = describeBadCharacter(c);
        if (what) {
          const column = this.column(p);
          issues.push({
            span: { line: this.line, column, endLine: this.line, endColumn: column + 1 },
            message: `${what} outside quotes: BIND reads it as part of a name or value; remove it, or write it inside a quoted string or as a \\DDD escape`,
          });
        }
      }
      p++;
    }
    this.pos = p;
    return this.word(start, p);
  }

  private readQuoted(issues: LexIssue[]): Token {
    const text = this.text;
    const start = this.pos;
    const line = this.line;
    const column = this.column(start);
    let p = start + 1;
    let closed = false;
    while (p < text.length) {
      const c = text.charCodeAt(p);
      if (c === QUOTE) {
        closed = true;
        p++;
        break;
      }
      // Only an unescaped LF ends a string early (BIND): a CR before it, or a lone CR, is data.
      if (c === LF) {
        // The CR of a CRLF stays a line end for positions, though BIND read it as data.
        if (p > start + 1 && text.charCodeAt(p - 1) === CR) p--;
        break;
      }
      if (c === BACKSLASH && p + 1 < text.length) {
        // `\"` does not close the string, and `\` before an LF continues it on the next line
        // with a newline character in the text.
        p++;
      }
      const d = text.charCodeAt(p);
      // Line bookkeeping as LineIndex counts lines (an LF here is escaped).
      if (d === LF || (d === CR && text.charCodeAt(p + 1) !== LF)) this.newLineAt(p + 1);
      p++;
    }
    this.pos = p;
    const raw = text.slice(start, p);
    const token: Token = new LexedToken(
      raw,
      raw.slice(1, closed ? -1 : undefined),
      true,
      start,
      line,
      column,
      this.line,
      this.column(p),
    );
    if (!closed) {
      issues.push({
        span: token.span,
        message:
          'unbalanced quotes: this string has no closing " on its line (BIND ends a quoted string at the line end unless a "\\" escapes it); close it, or split the text into several "..." strings',
      });
    }
    return token;
  }

  /** Line bookkeeping for a line end inside a token or comment (`next` is after it). */
  private newLineAt(next: number): void {
    this.line++;
    this.lineStart = next;
  }
}
