import { type Finding, SEVERITIES, type Severity, severityRank } from "../model/finding.js";
import type { LintReport } from "../model/report.js";
import type { FailOn } from "../settings/types.js";

export interface Counts {
  errors: number;
  warnings: number;
  notices: number;
}

/** How many findings there are of each severity. */
export function counts(findings: readonly Pick<Finding, "severity">[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, notices: 0 };
  for (const f of findings) {
    if (f.severity === "error") c.errors++;
    else if (f.severity === "warning") c.warnings++;
    else c.notices++;
  }
  return c;
}

/**
 * Does a finding reach `failOn`? `error` fails on errors only, `warning` on warnings and
 * errors, `notice` on anything, `never` on nothing. Counted from the findings themselves, not
 * from `report.summary`, so a hand-built report cannot disagree with its own findings.
 */
export function reachesFailOn(report: Pick<LintReport, "findings">, failOn: FailOn): boolean {
  if (failOn === "never") return false;
  const limit = severityRank(failOn);
  return report.findings.some((f) => severityRank(f.severity) <= limit);
}

/** The action's `result` output and the summary's heading. */
export function resultOf(report: Pick<LintReport, "findings">, failOn: FailOn): "pass" | "fail" {
  return reachesFailOn(report, failOn) ? "fail" : "pass";
}

const NOUNS: Record<Severity, [string, string]> = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  notice: ["notice", "notices"],
};

/** "1 error, 2 warnings, 0 notices": the closing line of the text output and the summary. */
export function formatCounts(c: Counts): string {
  const n: Record<Severity, number> = { error: c.errors, warning: c.warnings, notice: c.notices };
  return SEVERITIES.map((s) => `${n[s]} ${NOUNS[s][n[s] === 1 ? 0 : 1]}`).join(", ");
}
