import type { PolicyDoc, PolicyField } from "./policy.js";

/** The fields RFC 8461 §3.2 defines. Names are case-sensitive (`%s"mode"` in the ABNF). */
export const KNOWN_FIELDS = ["version", "mode", "max_age", "mx"] as const;
export type KnownField = (typeof KNOWN_FIELDS)[number];

export function isKnownField(name: string): name is KnownField {
  return (KNOWN_FIELDS as readonly string[]).includes(name);
}

/**
 * Edit distance with adjacent transpositions counted as one edit (optimal string alignment):
 * `mdoe` is one slip away from `mode`, as a person typing sees it.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2][j - 2] + 1);
      }
      d[i][j] = best;
    }
  }
  return d[rows - 1][cols - 1];
}

/**
 * How far a name may stray from each known field and still count as a typo of it (rules.md,
 * "Likely typos"): short names get one edit, long ones two, so `id` is not taken for `mx`.
 */
const TYPO_DISTANCE: Record<KnownField, number> = { version: 2, mode: 1, max_age: 2, mx: 1 };

/** A name with case, `-` and `_` ignored: `Max-Age`, `MAXAGE` and `max_age` compare equal. */
function foldName(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, "");
}

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
