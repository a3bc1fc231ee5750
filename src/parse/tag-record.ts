import type { TagField, TagIssue, TagRecord } from "../model/tag-record.js";
import { quoted } from "../model/wording.js";
import {
  describeChar,
  describeWhitespace,
  endBeforeTrailingWsp,
  extensionNameProblem,
  wspRun,
} from "./text.js";

/**
 * The `tag=value` TXT record grammar shared by RFC 8461 §3.1 and RFC 8460 §3:
 *
 *   record      = version 1*(field-delim field) [field-delim]
 *   field-delim = *WSP ";" *WSP
 *   version     = %s"v=" <version>
 *   field       = name "=" value
 *   ext-name    = (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".")
 *   ext-value   = 1*(%x21-3A / %x3C / %x3E-7E)
 *
 * The two records differ only in what a `TagGrammar` says.
 */
export interface TagGrammar {
  /** The one version value, case-sensitive: "STSv1" or "TLSRPTv1". */
  version: string;
  /** The record's owner label for messages: "_mta-sts" or "_smtp._tls". */
  recordName: string;
  /** The defining section for messages: "RFC 8461 §3.1". */
  rfc: string;
  /**
   * Fields whose values their own rule judges (`id` → sts-record-id, `rua` → tlsrpt-rua):
   * parsed into fields here, never reported here (one root cause, one finding).
   */
  ownValueFields: readonly string[];
  /** Fields whose value is a comma-separated list (`rua`): a "," there is not a field separator. */
  listFields: readonly string[];
  /** What senders do with a record that breaks the ABNF, ending syntax messages. */
  consequence: string;
}

/**
 * Field separator mistakes: "," or bare whitespace in front of another `name=`. Only the
 * sources are shared: each scan compiles its own `/g` instance, so no `lastIndex` is shared.
 */
const WRONG_SEPARATOR = /([ \t]*,[ \t]*|[ \t]+)([A-Za-z0-9][A-Za-z0-9_.-]{0,31})[ \t]*=/.source;
/** The same inside a list field (`rua`), whose commas separate list items, not fields. */
const WRONG_SEPARATOR_NO_COMMA = /([ \t]+)([A-Za-z0-9][A-Za-z0-9_.-]{0,31})[ \t]*=/.source;

/** A stretch of the joined text between separators, not yet read as `name=value`. */
interface Piece {
  start: number;
  end: number;
}

/** A piece read as a field (or not), plus how the corrected record writes it. */
interface ReadPiece {
  piece: Piece;
  /** The field, when the piece has a usable name. */
  field?: TagField;
  /** How the corrected record writes this piece ("name=value", or the piece as written). */
  canonical: string;
}

/**
 * Parses the character-strings of one TXT record. Never throws: every deviation from the
 * grammar becomes a `syntax` or `whitespace` issue with offsets into `joined`.
 */
export function parseTagRecord(strings: string[], grammar: TagGrammar): TagRecord {
  const joined = strings.join("");
  const p = new RecordParser(joined, grammar);
  p.run();
  return { strings: [...strings], joined, version: p.version, fields: p.fields, issues: p.issues };
}

/** Issues listed per record before the rest are summed up in one. */
export const MAX_ISSUES_PER_RECORD = 20;

class RecordParser {
  version?: TagField;
  fields: TagField[] = [];
  issues: TagIssue[] = [];
  /** Issues a corrected record repairs (they get the `fix`). */
  private readonly fixable = new Set<TagIssue>();
  private readonly read: ReadPiece[] = [];
  private readonly versionTag: string;

  constructor(
    private readonly text: string,
    private readonly grammar: TagGrammar,
  ) {
    this.versionTag = `v=${grammar.version}`;
  }

  run(): void {
    const pieces = this.splitFields();
    this.readVersion(pieces);
    const fix = this.correctedRecord();
    if (fix !== this.text) {
      this.issues = this.issues.map((i) => (this.fixable.has(i) ? { ...i, fix } : i));
    }
    this.issues.sort((a, b) => a.start - b.start || a.end - b.end);
    this.capIssues();
  }

  /**
   * A record that is mostly garbage (a stray file pasted into a TXT value) would give one issue
   * per separator, each carrying the corrected record: list the first ones, sum up the rest.
   */
  private capIssues(): void {
    if (this.issues.length <= MAX_ISSUES_PER_RECORD) return;
    const rest = this.issues.slice(MAX_ISSUES_PER_RECORD);
    this.issues = this.issues.slice(0, MAX_ISSUES_PER_RECORD);
    const first = rest[0];
    this.issues.push({
      kind: "syntax",
      start: first.start,
      end: rest[rest.length - 1].end,
      message: `${rest.length} more problems in the rest of this ${this.grammar.recordName} record are not listed; rewrite the record from a clean copy such as "${this.versionTag}; ..."`,
    });
  }

  private issue(
    kind: TagIssue["kind"],
    start: number,
    end: number,
    message: string,
    fixable: boolean,
  ) {
    const issue: TagIssue = { kind, start, end, message };
    this.issues.push(issue);
    if (fixable) this.fixable.add(issue);
  }

  /** Splits at ";" (reporting empty fields and misplaced whitespace), then at wrong separators. */
  private splitFields(): Piece[] {
    const t = this.text;
    const g = this.grammar;
    const pieces: Piece[] = [];
    if (t.length === 0) {
      this.issue(
        "syntax",
        0,
        0,
        `The record is empty. ${g.rfc} requires "${this.versionTag}" followed by its fields; ${g.consequence}.`,
        false,
      );
      return pieces;
    }
    let segStart = 0;
    const segments: { start: number; end: number; delimited: boolean }[] = [];
    for (let i = 0; i <= t.length; i++) {
      if (i === t.length || t[i] === ";") {
        segments.push({ start: segStart, end: i, delimited: i < t.length });
        segStart = i + 1;
      }
    }
    // A run of ";;;" is one mistake: its empty fields share one issue.
    let emptyRun: { issue: TagIssue; k: number } | undefined;
    segments.forEach((seg, k) => {
      const lead = wspRun(t, seg.start);
      const contentEnd = endBeforeTrailingWsp(t, seg.start + lead, seg.end);
      const contentStart = Math.min(seg.start + lead, contentEnd);
      const isLast = k === segments.length - 1;

      if (k === 0 && lead > 0 && contentEnd > contentStart) {
        this.issue(
          "syntax",
          0,
          lead,
          `The record starts with whitespace. ${g.rfc} requires it to begin with "${this.versionTag}": senders that match on that literal prefix discard it, and ${g.consequence}. Remove the leading whitespace.`,
          true,
        );
      }
      if (contentEnd === contentStart) {
        // An empty last segment after ";" is the optional final delimiter; elsewhere ";;".
        if (isLast && k > 0) return;
        if (emptyRun && emptyRun.k === k - 1) {
          this.extendEmptyField(emptyRun.issue, seg.end);
          emptyRun.k = k;
          return;
        }
        const issue = this.emptyField(seg.start, seg.end, k === 0 && !seg.delimited);
        if (issue) emptyRun = { issue, k };
        return;
      }
      if (contentEnd < seg.end) {
        if (seg.delimited) this.whitespaceBeforeDelimiter(contentStart, contentEnd, seg.end);
        else this.trailingWhitespace(contentEnd, seg.end);
      }
      pieces.push(...this.splitWrongSeparators(contentStart, contentEnd));
    });
    return pieces;
  }

  /** The issue for an empty field (undefined for a record of only whitespace: no field at all). */
  private emptyField(start: number, end: number, wholeRecord: boolean): TagIssue | undefined {
    const g = this.grammar;
    if (wholeRecord) {
      this.issue(
        "syntax",
        start,
        end,
        `The record holds only whitespace. ${g.rfc} requires "${this.versionTag}" followed by its fields; ${g.consequence}.`,
        false,
      );
      return undefined;
    }
    const upTo = Math.min(end + 1, this.text.length);
    this.issue("syntax", start, upTo, this.emptyFieldMessage(start, upTo), true);
    return this.issues[this.issues.length - 1];
  }

  /** Widens an empty-field issue over the next empty field of the same run (";;;"). */
  private extendEmptyField(issue: TagIssue, end: number): void {
    issue.end = Math.min(end + 1, this.text.length);
    issue.message = this.emptyFieldMessage(issue.start, issue.end);
  }

  private emptyFieldMessage(start: number, upTo: number): string {
    const g = this.grammar;
    const shown = this.text.slice(Math.max(0, start - 1), upTo);
    const what = (shown.match(/;/g) ?? []).length > 2 ? "empty fields" : "an empty field";
    return `The record has ${what} (${quoted(shown)}): ${g.rfc} allows one ";" between fields and one optional ";" at the end, nothing empty in between; ${g.consequence}. Remove the extra ";".`;
  }

  private whitespaceBeforeDelimiter(contentStart: number, wsStart: number, semicolon: number) {
    const g = this.grammar;
    const before = this.text.slice(contentStart, wsStart);
    const afterVersion = contentStart === 0 && before === this.versionTag;
    const message = afterVersion
      ? `Whitespace between "${this.versionTag}" and ";". The ABNF allows it, but ${g.rfc} tells senders to discard the records at ${g.recordName} that do not begin with "${this.versionTag};" once there are several TXT records there (errata 6285): any other TXT record at that name makes this record disappear. Write "${this.versionTag};".`
      : `Whitespace before the ";" after ${quoted(before)}. The ABNF allows it, but parsers that split at ";" without trimming read the whitespace as part of the value. Remove it.`;
    this.issue("whitespace", wsStart, semicolon, message, true);
  }

  private trailingWhitespace(start: number, end: number): void {
    const g = this.grammar;
    this.issue(
      "whitespace",
      start,
      end,
      `Whitespace after the last field. ${g.rfc}'s ABNF allows none there without a final ";"; most senders trim it, but strict parsers reject the record, and ${g.consequence}. Remove it.`,
      true,
    );
  }

  /**
   * Finds "," or bare whitespace used where ";" belongs (`v=STSv1, id=1`, `v=STSv1 id=1`).
   * Works on the segment sliced once, so a long record costs one pass, not one per separator.
   */
  private splitWrongSeparators(start: number, end: number): Piece[] {
    const segment = this.text.slice(start, end);
    const anySeparator = new RegExp(WRONG_SEPARATOR, "g");
    const spaceSeparator = new RegExp(WRONG_SEPARATOR_NO_COMMA, "g");
    const pieces: Piece[] = [];
    let pos = 0;
    while (pos < segment.length) {
      const eq = segment.indexOf("=", pos);
      if (eq < 0) break;
      const name = segment.slice(pos, eq).trim();
      const pattern = this.grammar.listFields.includes(name) ? spaceSeparator : anySeparator;
      pattern.lastIndex = eq + 1;
      const m = pattern.exec(segment);
      if (!m) break;
      const sepEnd = m.index + m[1].length;
      pieces.push({ start: start + pos, end: start + m.index });
      const shown = m[1].trim() === "," ? `"${m[1]}"` : describeWhitespace(m[1]);
      this.issue(
        "syntax",
        start + m.index,
        start + sepEnd,
        `${quoted(segment.slice(pos, m.index))} and "${m[2]}=" are separated by ${shown}. ${this.grammar.rfc} separates fields with ";" only, so senders read everything after "${name}=" up to the next ";" as one value, and ${this.grammar.consequence}. Use ";" between fields.`,
        true,
      );
      pos = sepEnd;
    }
    pieces.push({ start: start + pos, end });
    return pieces;
  }

  /** Reads every piece; the version must be the first one and exactly `v=<version>`. */
  private readVersion(pieces: Piece[]): void {
    const g = this.grammar;
    const t = this.text;
    if (pieces.length === 0) {
      // "" and "   " already say so; ";" still lacks the version.
      if (t.trim() !== "") this.missingVersion(0, 0, false);
      return;
    }
    const isVersionPiece = (piece: Piece) => /^v[ \t]*=/i.test(t.slice(piece.start, piece.end));
    const first = pieces[0];
    const rest = pieces.slice(1);

    if (isVersionPiece(first)) {
      this.version = this.readVersionPiece(first);
      for (const piece of rest) this.readField(piece);
      return;
    }
    const misplaced = pieces.find(isVersionPiece);
    if (misplaced) {
      this.issue(
        "syntax",
        misplaced.start,
        misplaced.end,
        `${quoted(t.slice(misplaced.start, misplaced.end))} is not the first field. ${g.rfc} requires the record to begin with "${this.versionTag}"; senders discard records that do not, and ${g.consequence}. Move it to the front.`,
        true,
      );
    } else {
      this.missingVersion(first.start, first.end, true);
    }
    for (const piece of pieces) {
      const r = this.readField(piece);
      // The corrected record puts the version first, so it is left out here.
      if (piece === misplaced) r.canonical = "";
    }
  }

  private missingVersion(start: number, end: number, fixable: boolean): void {
    const g = this.grammar;
    this.issue(
      "syntax",
      start,
      end,
      `The record does not begin with "${this.versionTag}". ${g.rfc} requires that version tag first; without it senders do not recognise the record, and ${g.consequence}. Add "${this.versionTag};" at the front.`,
      fixable,
    );
  }

  private readVersionPiece(piece: Piece): TagField {
    const g = this.grammar;
    const t = this.text;
    const parts = this.nameValue(piece);
    const field = tagField(parts.name, parts.value, piece, parts.valueStart);
    this.read.push({ piece, field, canonical: this.versionTag });
    const written = t.slice(piece.start, piece.end);
    if (written === this.versionTag) return field;
    const problems: string[] = [];
    if (parts.name !== "v") problems.push(`the tag name is ${quoted(parts.name)}, not "v"`);
    if (parts.spaced) problems.push(`there is whitespace around "="`);
    if (parts.value !== g.version) {
      problems.push(
        parts.value.toLowerCase() === g.version.toLowerCase()
          ? `the version ${quoted(parts.value)} is written in the wrong case`
          : `the version is ${quoted(parts.value)}; the only one defined is "${g.version}"`,
      );
    }
    this.issue(
      "syntax",
      piece.start,
      piece.end,
      `${quoted(written)} is not "${this.versionTag}": ${problems.join(", and ")}. ${g.rfc} compares the version tag case-sensitively and character by character, so senders discard the record, and ${g.consequence}. Write "${this.versionTag}".`,
      true,
    );
    return field;
  }

  /** Splits a piece at its first "=", noting whitespace around it. */
  private nameValue(piece: Piece) {
    const t = this.text;
    // Callers pass pieces that hold a "=".
    const eq = indexWithin(t, "=", piece.start, piece.end);
    const nameEnd = endBeforeTrailingWsp(t, piece.start, eq);
    // The piece ends at its last non-WSP character, so whitespace after "=" never runs past it.
    const valueStart = Math.min(eq + 1 + wspRun(t, eq + 1), piece.end);
    return {
      eq,
      name: t.slice(piece.start, nameEnd),
      nameEnd,
      value: t.slice(valueStart, piece.end),
      valueStart,
      spaced: nameEnd < eq || valueStart > eq + 1,
    };
  }

  private readField(piece: Piece): ReadPiece {
    const t = this.text;
    const g = this.grammar;
    const written = t.slice(piece.start, piece.end);
    const eq = indexWithin(t, "=", piece.start, piece.end);
    const entry: ReadPiece = { piece, canonical: written };
    this.read.push(entry);
    if (eq < 0) {
      const known = /^([A-Za-z0-9][A-Za-z0-9_.-]*)[ \t]*[: \t][ \t]*(\S+)$/.exec(written);
      const name = known?.[1];
      const suggestion =
        name && (g.ownValueFields.includes(name) || g.listFields.includes(name))
          ? `${name}=${known[2]}`
          : undefined;
      this.issue(
        "syntax",
        piece.start,
        piece.end,
        `${quoted(written)} has no "=". ${g.rfc} fields are written name=value; ${g.consequence}. ${suggestion ? `Write "${suggestion}".` : "Write it as name=value or remove it."}`,
        suggestion !== undefined,
      );
      if (suggestion && known && name) {
        const valueStart = piece.end - known[2].length;
        entry.canonical = suggestion;
        entry.field = tagField(name, known[2], piece, valueStart);
        this.fields.push(entry.field);
      }
      return entry;
    }

    const parts = this.nameValue(piece);
    if (parts.spaced) {
      const from = parts.nameEnd;
      const to = parts.valueStart;
      this.issue(
        "syntax",
        from,
        to,
        `Whitespace around "=" in ${quoted(written)}. ${g.rfc} writes fields as name=value with nothing around "=": senders that match "${parts.name}=" literally miss the field, and ${g.consequence}. Write "${parts.name}=${parts.value}".`,
        true,
      );
    }
    const nameProblem = extensionNameProblem(parts.name);
    if (nameProblem) {
      this.issue(
        "syntax",
        piece.start,
        parts.nameEnd > piece.start ? parts.nameEnd : parts.eq + 1,
        `${quoted(parts.name)} is not a valid field name: ${nameProblem.problem}. ${g.rfc} names are a letter or digit followed by up to 31 letters, digits, "_", "-" or "."; ${g.consequence}. Correct the name or remove the field.`,
        false,
      );
      return entry;
    }
    const field = tagField(parts.name, parts.value, piece, parts.valueStart);
    entry.field = field;
    entry.canonical = `${parts.name}=${parts.value}`;
    this.fields.push(field);
    const judgedElsewhere =
      g.ownValueFields.includes(parts.name) || parts.name.toLowerCase() === "v";
    if (!judgedElsewhere) this.checkExtensionValue(field);
    return entry;
  }

  /** ext-value = 1*(%x21-3A / %x3C / %x3E-7E): no space, "=", ";", control or non-ASCII. */
  private checkExtensionValue(field: TagField): void {
    const g = this.grammar;
    if (field.value.length === 0) {
      this.issue(
        "syntax",
        field.start,
        field.end,
        `The field ${quoted(field.name)} has no value. ${g.rfc} requires at least one character after "${field.name}="; ${g.consequence}. Give it a value or remove it.`,
        false,
      );
      return;
    }
    const bad = Array.from(field.value).findIndex((ch) => !isExtensionValueChar(ch));
    if (bad < 0) return;
    const chars = Array.from(field.value);
    const offset = field.valueStart + chars.slice(0, bad).join("").length;
    this.issue(
      "syntax",
      offset,
      offset + chars[bad].length,
      `The value of ${quoted(field.name)} contains ${describeChar(chars[bad])}. ${g.rfc} extension values are printable US-ASCII without spaces, "=" or ";"; ${g.consequence}. Remove or encode the character.`,
      false,
    );
  }

  /** The record with every mistake that has an unambiguous repair repaired. */
  private correctedRecord(): string {
    const t = this.text;
    const parts = this.read.map((r) => r.canonical).filter((c) => c.length > 0);
    if (!this.version || this.read[0]?.canonical !== this.versionTag) {
      parts.unshift(this.versionTag);
    }
    // Keep the record's own style: ";" when its first delimiter has no space after it.
    const style = /;([ \t]*)[^;\s]/.exec(t);
    const delimiter = style && style[1] === "" ? ";" : "; ";
    return parts.join(delimiter) + (/;[ \t]*$/.test(t) ? ";" : "");
  }
}

function isExtensionValueChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return ch.length === 1 && c >= 0x21 && c <= 0x7e && c !== 0x3b && c !== 0x3d;
}

/** Index of `ch` in text[from, end), or -1: a scan that never runs past the piece it reads. */
function indexWithin(text: string, ch: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (text[i] === ch) return i;
  return -1;
}

/** A field of the record; `start`/`end` bound the whole `name=value` piece. */
function tagField(name: string, value: string, piece: Piece, valueStart: number): TagField {
  return { name, value, start: piece.start, end: piece.end, valueStart };
}
