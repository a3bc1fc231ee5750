import { type Finding, type Location, type Severity, severityRank } from "../model/finding.js";

/**
 * Findings that are one problem in one place. A policy file shared by several domains is
 * linted once per domain (rules.md, "Shared policy files"): annotations, SARIF and the text
 * output show such a finding once and name every domain it applies to.
 */
export interface MergedFinding {
  /** The first finding of the group (rule, message, location, fix). */
  finding: Finding;
  /** The most severe severity in the group. */
  severity: Severity;
  /** Every distinct domain of the group, in report order. */
  domains: string[];
}

/** The file, URL or host a finding points at ("" when it points nowhere). */
export function targetOf(location: Location): string {
  return location.file ?? location.url ?? location.host ?? "";
}

/** Duplicates are the same rule, target, line and message (rules.md, "Shared policy files"). */
function duplicateKey(f: Finding): string {
  return [f.rule, targetOf(f.location), f.location.span?.line ?? "", f.message].join("\u0000");
}

/** Groups duplicate findings, keeping the order of first appearance. */
export function mergeDuplicates(findings: readonly Finding[]): MergedFinding[] {
  // The domains of each group as a Set too: thousands of domains sharing one policy file make
  // one group per finding, and a list lookup per finding would be quadratic.
  const byKey = new Map<string, { merged: MergedFinding; domains: Set<string> }>();
  for (const f of findings) {
    const key = duplicateKey(f);
    const seen = byKey.get(key);
    if (!seen) {
      const domains = f.domain ? [f.domain] : [];
      const merged = { finding: f, severity: f.severity, domains };
      byKey.set(key, { merged, domains: new Set(domains) });
      continue;
    }
    const { merged } = seen;
    if (severityRank(f.severity) < severityRank(merged.severity)) merged.severity = f.severity;
    if (f.domain && !seen.domains.has(f.domain)) {
      seen.domains.add(f.domain);
      merged.domains.push(f.domain);
    }
  }
  return [...byKey.values()].map((group) => group.merged);
}

/** `file:line:col`, `file`, the URL or the host; undefined when the finding has no location. */
export function describeLocation(location: Location): string | undefined {
  const target = targetOf(location);
  if (!target) return undefined;
  const span = location.span;
  return span ? `${target}:${span.line}:${span.column}` : target;
}

/** "example.com", "example.com, example.org" or "example.com and 11 more". */
export function listDomains(domains: readonly string[], max = 3): string {
  if (domains.length <= max) return domains.join(", ");
  return `${domains.slice(0, max).join(", ")} and ${domains.length - max} more`;
}
