import type { PolicyDoc, PolicyField } from "./policy.js";
import { editDistance, foldName } from "./text-similarity.js";

/** The fields RFC 8461 §3.2 defines. Names are case-sensitive (`%s"mode"` in the ABNF). */
export const KNOWN_FIELDS = ["version", "mode", "max_age", "mx"] as const;
export type KnownField = (typeof KNOWN_FIELDS)[number];

export function isKnownField(name: string): name is KnownField {
  return (KNOWN_FIELDS as readonly string[]).includes(name);
}

/**
 * How far a name may stray from each known field and still count as a typo of it (rules.md,
 * "Likely typos"): short names get one edit, long ones two, so `id` is not taken for `mx`.
 */
const TYPO_DISTANCE: Record<KnownField, number> = { version: 2, mode: 1, max_age: 2, mx: 1 };

/**
 * The known field a name was most likely meant to be, or undefined when it is the known field
 * itself or reads as a genuine extension. Same name up to case, `-` and `_` wins; otherwise the
 * nearest known field within its typo distance (ties: the order of KNOWN_FIELDS).
 */
export function likelyIntendedField(name: string): KnownField | undefined {
  if (isKnownField(name)) return undefined;
  const folded = foldName(name);
  const sameWord = KNOWN_FIELDS.find((known) => foldName(known) === folded);
  if (sameWord) return sameWord;
  const lower = name.toLowerCase();
  let best: { field: KnownField; distance: number } | undefined;
  for (const known of KNOWN_FIELDS) {
    const distance = editDistance(lower, known);
    if (distance <= TYPO_DISTANCE[known] && (!best || distance < best.distance)) {
      best = { field: known, distance };
    }
  }
  return best?.field;
}

/** Fields whose name looks like a typo of `known` (they do not count as `known` for senders). */
export function misspellingsOf(doc: PolicyDoc, known: KnownField): PolicyField[] {
  return doc.fields.filter((f) => likelyIntendedField(f.name) === known);
}

// ---------------------------------------------------------------------------------------------
// Writing and pointing at policy lines: shared by the policy rules so that every corrected line,
// quoted value and missing-field position looks the same.

/** A policy line as the ABNF wants it: name, colon, one space, value. */
export function fieldLine(name: string, value: string): string {
  return `${name}: ${value}`;
}

/** The line end the policy already uses, for fixes that add lines. */
export function lineEndOf(doc: PolicyDoc): string {
  return doc.lineEnding === "CRLF" ? "\r\n" : "\n";
}

/** Placeholder syntax left over from a template (`[enforce|testing|none]`, `<host>`, `your_domain`). */
export function looksLikeTemplate(value: string): boolean {
  return /[[\]|<>{}]/.test(value) || /your[_-]?(domain|mail|server|host)|\.tld\b/i.test(value);
}

/**
 * What strict senders do with a policy that breaks the ABNF or lacks a required field; checked
 * in postfix-mta-sts-resolver (resolver.py) and mox (mtasts/parse.go). Every "the policy is
 * invalid" message ends with it so operators read the same consequence everywhere.
 */
export const POLICY_REJECTED =
  'senders such as postfix-mta-sts-resolver and mox reject the whole policy and deliver as if the domain had no MTA-STS (TLS-RPT reports show "sts-policy-invalid")';
