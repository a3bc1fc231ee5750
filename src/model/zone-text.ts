/**
 * Zone records written out as master-file text (RFC 1035 §5), for the `fix` of findings about
 * BIND zones: a line the operator can paste over the one that is wrong.
 */
import type { ZoneRecord } from "./zone.js";

/** A character-string holds at most 255 octets (RFC 1035 §3.3). */
const MAX_STRING = 255;

/** The record written out in master-file syntax with absolute names (a `fix` for BIND zones). */
export function mxRecordText(record: ZoneRecord, preference: number, exchange: string): string {
  return `${record.owner}. ${record.ttl} ${record.class} MX ${preference} ${exchange}.`;
}

/** A zone-file character-string: quotes and backslashes escaped. */
export function zoneString(text: string): string {
  return `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

/**
 * The record's TXT data re-split only after a `;` (and its whitespace), each string at most
 * 255 characters; a single string when the record fits in one. Undefined when a field alone
 * is longer than a string can hold.
 */
export function resplitAtFields(joined: string): string | undefined {
  if (joined.length <= MAX_STRING) return zoneString(joined);
  const pieces = joined.match(/[^;]*;[ \t]*|[^;]+$/g) ?? [joined];
  const strings: string[] = [];
  let current = "";
  for (const piece of pieces) {
    if (piece.length > MAX_STRING) return undefined;
    if (current.length + piece.length > MAX_STRING) {
      strings.push(current);
      current = "";
    }
    current += piece;
  }
  if (current) strings.push(current);
  return strings.map(zoneString).join(" ");
}
