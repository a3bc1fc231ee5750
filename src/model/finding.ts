import type { Span } from "./position.js";

/** GitHub's three annotation levels, most severe first. */
export type Severity = "error" | "warning" | "notice";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "notice"];

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** Scorecard areas (rules.md, "Scorecard areas"). */
export type Area =
  | "policy"
  | "sts-record"
  | "mx"
  | "tlsrpt"
  | "zone"
  | "change"
  | "dns"
  | "https"
  | "smtp";
export const AREAS: readonly Area[] = [
  "policy",
  "sts-record",
  "mx",
  "tlsrpt",
  "zone",
  "change",
  "dns",
  "https",
  "smtp",
];

export type AreaStatus = "pass" | "warn" | "fail" | "skipped";

/**
 * Where a finding points. Files are relative to the working directory (the repository root
 * in the action); live findings carry `url` or `host` instead of `file`.
 */
export interface Location {
  file?: string;
  url?: string;
  host?: string;
  span?: Span;
}

/** The one diagnostic model every output format is built from. */
export interface Finding {
  rule: string;
  severity: Severity;
  /** The policy domain the finding belongs to; absent for run-wide findings (config). */
  domain?: string;
  /** Scorecard area; defaults to the rule's area. */
  area?: Area;
  /** What is wrong, why it matters (which senders break) and how to fix it, as plain text. */
  message: string;
  location: Location;
  /** Replacement text for the located span (or the whole line), when one can be computed. */
  fix?: string;
}
