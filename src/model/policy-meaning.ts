import { mxPatternKey } from "./mx-pattern.js";
import type { PolicyDoc, PolicyMode } from "./policy.js";
import { effectiveMode, maxAgeSeconds, mxFields } from "./policy-semantics.js";

/**
 * What a policy means to a sender (RFC 8461 §3.2), independent of field order, repeated
 * `mx` lines, letter case of the patterns, trailing dots, line ends and extension fields:
 * two bodies with equal meanings make every sender behave the same.
 */
export interface PolicyMeaning {
  /** undefined when the body has no valid mode (senders reject the policy). */
  mode: PolicyMode | undefined;
  /** undefined when the body has no valid max_age. */
  maxAge: number | undefined;
  /** The mx patterns, lowercase, one trailing dot removed, sorted, without repeats. */
  mx: string[];
}

export function policyMeaning(doc: PolicyDoc): PolicyMeaning {
  const mx = [...new Set(mxFields(doc).map((f) => mxPatternKey(f.value)))].sort();
  return { mode: effectiveMode(doc), maxAge: maxAgeSeconds(doc), mx };
}

/** One difference between two meanings, in words a reader of a finding understands. */
export interface MeaningChange {
  field: "mode" | "max_age" | "mx";
  /** e.g. `mode "testing" → "enforce"`, `mx added: "mx3.example.net"`. */
  text: string;
}

const shown = (v: string | number | undefined) => (v === undefined ? "(none)" : `"${v}"`);

/** How `after` differs from `before`; empty when they mean the same to every sender. */
export function meaningChanges(before: PolicyMeaning, after: PolicyMeaning): MeaningChange[] {
  const changes: MeaningChange[] = [];
  if (before.mode !== after.mode)
    changes.push({ field: "mode", text: `mode ${shown(before.mode)} → ${shown(after.mode)}` });
  if (before.maxAge !== after.maxAge)
    changes.push({
      field: "max_age",
      text: `max_age ${shown(before.maxAge)} → ${shown(after.maxAge)}`,
    });
  const added = after.mx.filter((p) => !before.mx.includes(p));
  const removed = before.mx.filter((p) => !after.mx.includes(p));
  if (added.length > 0)
    changes.push({ field: "mx", text: `mx added: ${added.map((p) => `"${p}"`).join(", ")}` });
  if (removed.length > 0)
    changes.push({ field: "mx", text: `mx removed: ${removed.map((p) => `"${p}"`).join(", ")}` });
  return changes;
}

export function sameMeaning(a: PolicyMeaning, b: PolicyMeaning): boolean {
  return meaningChanges(a, b).length === 0;
}
