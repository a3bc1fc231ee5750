import type { TagRecord } from "../model/tag-record.js";
import { parseTagRecord, type TagGrammar } from "./tag-record.js";

/** The `_mta-sts` TXT record of RFC 8461 §3.1. */
export const STS_RECORD_GRAMMAR: TagGrammar = {
  version: "STSv1",
  recordName: "_mta-sts",
  rfc: "RFC 8461 §3.1",
  // `id` has its own rule (sts-record-id), which judges 1*32(ALPHA / DIGIT).
  ownValueFields: ["id"],
  listFields: [],
  consequence:
    "the domain then counts as having no MTA-STS policy, so mail to it is delivered without requiring TLS",
};

/** Parses the character-strings of an `_mta-sts` TXT record (joined without separators). */
export function parseStsRecord(strings: string[]): TagRecord {
  return parseTagRecord(strings, STS_RECORD_GRAMMAR);
}

/**
 * Is this the text senders take as the MTA-STS record? It begins with exactly `v=STSv1`
 * followed by ";", whitespace or the end (rules.md, "What counts as the record").
 */
export function isStsRecordText(joined: string): boolean {
  return /^v=STSv1(?:[;\s]|$)/.test(joined);
}

/**
 * Is this a failed attempt at the record (`V=STSv1`, `v = stsv1`, `v=STSv10`, `id=1; v=STSv1`)?
 * Such a record is reported as a syntax error rather than as a missing record.
 */
export function resemblesStsRecord(joined: string): boolean {
  return /^v\s*=\s*sts/i.test(joined) || /stsv1/i.test(joined);
}
