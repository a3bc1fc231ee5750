import type { TagRecord } from "../model/tag-record.js";
import { parseTagRecord, type TagGrammar } from "./tag-record.js";
import { endBeforeTrailingWsp, wspRun } from "./text.js";

/** The `_smtp._tls` TXT record of RFC 8460 §3. */
export const TLSRPT_RECORD_GRAMMAR: TagGrammar = {
  version: "TLSRPTv1",
  recordName: "_smtp._tls",
  rfc: "RFC 8460 §3",
  // `rua` has its own rule (tlsrpt-rua), which judges each URI.
  ownValueFields: ["rua"],
  // rua = tlsrpt-uri *(*WSP "," *WSP tlsrpt-uri): its commas separate URIs, not fields.
  listFields: ["rua"],
  consequence:
    "the domain then counts as not wanting TLS reports, so delivery failures go unreported",
};

/** Parses the character-strings of an `_smtp._tls` TXT record (joined without separators). */
export function parseTlsrptRecord(strings: string[]): TagRecord {
  return parseTagRecord(strings, TLSRPT_RECORD_GRAMMAR);
}

/** Begins with exactly `v=TLSRPTv1` followed by ";", whitespace or the end. */
export function isTlsrptRecordText(joined: string): boolean {
  return /^v=TLSRPTv1(?:[;\s]|$)/.test(joined);
}

/**
 * A failed attempt at the record: begins with `v=tlsrpt` in any case (whitespace allowed
 * around "="), or contains `tlsrptv1` anywhere (rules.md, "What counts as the record").
 */
export function resemblesTlsrptRecord(joined: string): boolean {
  return /^v\s*=\s*tlsrpt/i.test(joined) || /tlsrptv1/i.test(joined);
}

/** One URI of a `rua` value, with offsets in the same text as the value's. */
export interface RuaUri {
  uri: string;
  start: number;
  end: number;
}

/**
 * Splits a `rua` value into its URIs: `tlsrpt-uri *(*WSP "," *WSP tlsrpt-uri)` (RFC 8460 §3).
 * Empty entries (",," or a trailing ",") are kept as empty URIs so the rule can point at them.
 * `valueStart` is the value's offset in the joined record; the offsets returned are too.
 */
export function splitRuaUris(value: string, valueStart: number): RuaUri[] {
  const out: RuaUri[] = [];
  let pos = 0;
  for (;;) {
    const comma = value.indexOf(",", pos);
    const stop = comma < 0 ? value.length : comma;
    const start = Math.min(pos + wspRun(value, pos), stop);
    const end = endBeforeTrailingWsp(value, start, stop);
    out.push({ uri: value.slice(start, end), start: valueStart + start, end: valueStart + end });
    if (comma < 0) return out;
    pos = comma + 1;
  }
}
