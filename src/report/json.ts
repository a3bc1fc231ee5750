import {
  AREAS,
  type Area,
  type AreaStatus,
  type Finding,
  type Location,
} from "../model/finding.js";
import type { Span } from "../model/position.js";
import type { DomainReport, LintReport } from "../model/report.js";
import { safeJsonStringify } from "./escape.js";

/**
 * One finding as interface.md's JSON report writes it: the finding with its location
 * flattened (`file`/`url`/`host` and the span's four numbers at the top level).
 */
export type JsonFinding = Pick<Finding, "rule" | "severity" | "domain" | "message" | "fix"> &
  Pick<Location, "file" | "url" | "host"> &
  Partial<Span>;

/** A domain's scorecard entry: written as the report model holds it. */
export type JsonDomain = DomainReport;

/** The report object `--format json` writes: the model with its findings flattened. */
export type JsonReport = Omit<LintReport, "findings"> & { findings: JsonFinding[] };

/**
 * Copies the listed keys in that order, skipping undefined ones: the JSON report's key order
 * is part of the contract (diffs of two reports stay readable), so it is never left to the
 * order in which a finding's object happened to be built.
 */
function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) if (source[k] !== undefined) out[k] = source[k];
  return out;
}

export function jsonFinding(f: Finding): JsonFinding {
  const { file, url, host, span } = f.location;
  return pick(
    {
      rule: f.rule,
      severity: f.severity,
      domain: f.domain,
      message: f.message,
      file,
      url,
      host,
      line: span?.line,
      column: span?.column,
      endLine: span?.endLine,
      endColumn: span?.endColumn,
      fix: f.fix,
    },
    [
      "rule",
      "severity",
      "domain",
      "message",
      "file",
      "url",
      "host",
      "line",
      "column",
      "endLine",
      "endColumn",
      "fix",
    ],
  );
}

function jsonDomain(d: DomainReport): JsonDomain {
  const checks = {} as Record<Area, AreaStatus>;
  for (const area of AREAS) checks[area] = d.checks[area] ?? "skipped";
  const out: JsonDomain = {
    ...pick(d, ["domain", "policyFile", "zoneFile", "mode", "id"]),
    checks,
  };
  if (d.changeTimeline)
    out.changeTimeline = d.changeTimeline.map((s) => pick(s, ["step", "when", "earliest"]));
  return out;
}

/** The report as the plain object `--format json` writes (interface.md, "JSON report"). */
export function toJsonReport(report: LintReport): JsonReport {
  return {
    version: report.version,
    tool: { name: report.tool.name, version: report.tool.version },
    domains: report.domains.map(jsonDomain),
    findings: report.findings.map(jsonFinding),
    summary: {
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      notices: report.summary.notices,
    },
  };
}

/**
 * `--format json`: the report as JSON text (two-space indent, final newline). Strings keep
 * their exact content; only characters a terminal or the Actions runner would act on are
 * written as `\u` escapes (see safeJsonStringify), which every JSON parser reads back as-is.
 */
export function formatJson(report: LintReport): string {
  return `${safeJsonStringify(toJsonReport(report))}\n`;
}
