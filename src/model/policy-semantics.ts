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

const MODES: readonly string[] = ["enforce", "testing", "none"];

/** The policy's mode when its first `mode` field is valid, else undefined. */
export function effectiveMode(doc: PolicyDoc | undefined): PolicyMode | undefined {
  const f = doc && firstField(doc, "mode");
  return f && MODES.includes(f.value) ? (f.value as PolicyMode) : undefined;
}

export const MAX_AGE_LIMIT = 31557600;

/** max_age in seconds when the first `max_age` field is 1–10 digits (not range-checked). */
export function maxAgeSeconds(doc: PolicyDoc | undefined): number | undefined {
  const f = doc && firstField(doc, "max_age");
  return f && /^\d{1,10}$/.test(f.value) ? Number(f.value) : undefined;
}

/** The `mx` fields, in order (every one counts: mx is the one field that repeats). */
export function mxFields(doc: PolicyDoc | undefined): PolicyField[] {
  return doc ? fieldsNamed(doc, "mx") : [];
}

/** Does a mode make senders check MX names (enforce or testing)? */
export function checksMx(mode: PolicyMode | undefined): mode is "enforce" | "testing" {
  return mode === "enforce" || mode === "testing";
}
