/**
 * A `tag=value; ...` TXT record (the `_mta-sts` record of RFC 8461 §3.1 and the TLS-RPT record
 * of RFC 8460 §3), parsed from its joined character-strings. Offsets index the joined text;
 * `report/` and the rules map them back to file positions through the record's strings.
 */
export interface TagField {
  name: string;
  value: string;
  /** Offset of the name's first character in `joined`. */
  start: number;
  /** Offset just after the value. */
  end: number;
  /** Offset of the value's first character. */
  valueStart: number;
}

export type TagIssueKind =
  /** ABNF violations other than a field's own value (those belong to the field's rule). */
  | "syntax"
  /** Whitespace before a `;` or after the last field (sts-record-whitespace, tlsrpt-whitespace). */
  | "whitespace";

export interface TagIssue {
  kind: TagIssueKind;
  start: number;
  end: number;
  message: string;
  /** A corrected record text, when one can be computed. */
  fix?: string;
}

export interface TagRecord {
  /** The character-strings as they were (to show a bad split). */
  strings: string[];
  joined: string;
  /** The version tag as written (e.g. `v=STSv1`), if the record starts with `v` `=` ... */
  version?: TagField;
  /** Every field after the version, in order, duplicates included. */
  fields: TagField[];
  issues: TagIssue[];
}
