import type { DomainModel } from "./domain.js";
import type { Area, Finding, Location, Severity } from "./finding.js";
import type { PolicyDoc } from "./policy.js";
import type { Span } from "./position.js";

/** Where the rule pages are published; the docs link of a rule is `${base}${id}.md`. */
export const DOCS_BASE_URL = "https://github.com/mta-sts-lint/mta-sts-lint/blob/main/docs/rules/";

/**
 * The page of rule `id` under `base`. The action passes the docs of the very version a
 * workflow runs (its repository and ref), so a link never shows a newer rule text.
 */
export function docsUrl(id: string, base = DOCS_BASE_URL): string {
  return `${base.endsWith("/") ? base : `${base}/`}${id}.md`;
}

export interface RuleMeta {
  /** Public, stable ID (`<area>-<what>`); never renamed. */
  id: string;
  /** Scorecard area; null for rules outside every area (config-invalid). */
  area: Area | null;
  defaultSeverity: Severity;
  /** One sentence: what fires the rule. */
  description: string;
  /** The normative reference, e.g. "RFC 8461 §3.2". */
  rfc?: string;
}

/** What a rule hands to `report`; the context fills in rule, domain and default location. */
export interface Report {
  message: string;
  /** Overrides the rule's default severity (for "enforce → error, testing → warning"). */
  severity?: Severity;
  /** For policy rules: a span in the policy body (the location's file/url come from it). */
  span?: Span;
  /** For domain rules: the full location. */
  location?: Location;
  fix?: string;
  area?: Area;
}

/** Rules that look at one policy body; run for the local file and (later) each fetched body. */
export interface PolicyContext {
  domain: string;
  policy: PolicyDoc;
  report(r: Report): void;
}

/** Rules that look at a whole domain: its policy, its zone, their consistency. */
export interface DomainContext {
  domain: DomainModel;
  report(r: Report): void;
}

/** Problems found before any domain could be modelled (the configuration itself). */
export interface ConfigIssue {
  message: string;
  location: Location;
  /** The domain entry the problem belongs to, when it belongs to one. */
  domain?: string;
}

export interface RunContext {
  configIssues: ConfigIssue[];
  report(r: Report & { domain?: string }): void;
}

export type Rule =
  | { meta: RuleMeta; scope: "policy"; check(ctx: PolicyContext): void }
  | { meta: RuleMeta; scope: "domain"; check(ctx: DomainContext): void }
  | { meta: RuleMeta; scope: "run"; check(ctx: RunContext): void };

export type { Finding };
