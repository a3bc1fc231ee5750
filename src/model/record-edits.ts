/**
 * Corrected record text for a finding's `fix`: the joined `tag=value` text with one field
 * removed, changed or added, keeping the rest of the record as the operator wrote it.
 */
import type { TagField, TagRecord } from "./tag-record.js";

/** The joined text with one range replaced. */
export function replaceRange(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/**
 * The record text without one field: the field and the delimiter that follows it go (or the
 * delimiter before it, for the last field), so the rest of the record keeps its shape.
 */
export function recordWithoutField(parsed: TagRecord, field: TagField): string {
  const text = parsed.joined;
  const after = text.slice(field.end);
  const delimAfter = /^[ \t]*;[ \t]*/.exec(after);
  const nextIsField = delimAfter !== null && field.end + delimAfter[0].length < text.length;
  if (nextIsField && delimAfter) {
    return replaceRange(text, field.start, field.end + delimAfter[0].length, "");
  }
  const before = text.slice(0, field.start);
  const delimBefore = /[ \t]*;[ \t]*$/.exec(before);
  const from = delimBefore ? field.start - delimBefore[0].length : field.start;
  return replaceRange(text, from, field.end, "");
}

/** The record text with a field's value replaced. */
export function recordWithValue(parsed: TagRecord, field: TagField, value: string): string {
  return replaceRange(parsed.joined, field.valueStart, field.end, value);
}

/**
 * The record text with a field added after the version tag (where operators expect `id` and
 * `rua`, as in the RFC examples), or at the start when there is no version tag.
 */
export function recordWithFieldAdded(parsed: TagRecord, name: string, value: string): string {
  const at = parsed.version ? parsed.version.end : 0;
  const rest = parsed.joined.slice(at).replace(/^[ \t]*;?[ \t]*/, "");
  const head = parsed.joined.slice(0, at);
  const added = `${name}=${value}`;
  if (!head) return rest ? `${added}; ${rest}` : added;
  return rest ? `${head}; ${added}; ${rest}` : `${head}; ${added};`;
}
