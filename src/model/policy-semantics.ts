import type { PolicyDoc, PolicyField, PolicyMode } from "./policy.js";

/**
 * What a sender makes of a policy body. RFC 8461 does not say which of two repeated fields
 * wins; most senders (Google, postfix-mta-sts-resolver, mox) keep the first, so the linter
 * reasons with the first and reports the repetition (`policy-duplicate-field`).
 */
export function firstField(doc: PolicyDoc, name: string): PolicyField | undefined {
  return doc.fields.find((f) => f.name === name);
}

export function fieldsNamed(doc: PolicyDoc, name: string): PolicyField[] {
  return doc.fields.filter((f) => f.name === name);
}

/** The values RFC 8461 §3.2 allows for `mode`, exactly as written (case-sensitive). */
export const POLICY_MODES: readonly PolicyMode[] = ["enforce", "testing", "none"];

/** Is a value exactly one of the modes RFC 8461 §3.2 defines? */
export function isPolicyMode(value: string): value is PolicyMode {
  return (POLICY_MODES as readonly string[]).includes(value);
}

/** The policy's mode when its first `mode` field is valid, else undefined. */
export function effectiveMode(doc: PolicyDoc | undefined): PolicyMode | undefined {
  const f = doc && firstField(doc, "mode");
  return f && isPolicyMode(f.value) ? f.value : undefined;
}

/** The largest max_age RFC 8461 §3.2 allows (about one year). */
export const MAX_AGE_LIMIT = 31557600;

/** Seconds in a day: the floor below which senders' cached policies lapse between refreshes. */
export const ONE_DAY = 86400;

/** Seconds in a week: RFC 8461 §3.2 expects an enforced policy to last weeks or more. */
export const ONE_WEEK = 604800;

/** Is a max_age value written as RFC 8461 §3.2 requires: 1 to 10 plain digits (no range check)? */
export function isPlainSeconds(value: string): boolean {
  return /^\d{1,10}$/.test(value);
}

/** max_age in seconds when the first `max_age` field is 1–10 digits (not range-checked). */
export function maxAgeSeconds(doc: PolicyDoc | undefined): number | undefined {
  const f = doc && firstField(doc, "max_age");
  return f && isPlainSeconds(f.value) ? Number(f.value) : undefined;
}

/** The `mx` fields, in order (every one counts: mx is the one field that repeats). */
export function mxFields(doc: PolicyDoc | undefined): PolicyField[] {
  return doc ? fieldsNamed(doc, "mx") : [];
}

/** Does a mode make senders check MX names (enforce or testing)? */
export function checksMx(mode: PolicyMode | undefined): mode is "enforce" | "testing" {
  return mode === "enforce" || mode === "testing";
}
