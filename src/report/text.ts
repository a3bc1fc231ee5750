import { AREAS, type Area, type AreaStatus, type Severity } from "../model/finding.js";
import type { DomainReport, LintReport } from "../model/report.js";
import { neutralizeWorkflowCommands, visibleControls } from "./escape.js";
import { counts, formatCounts } from "./exit.js";
import { describeLocation, listDomains, type MergedFinding, mergeDuplicates } from "./group.js";
import { liveSectionLines } from "./live-section.js";
import { timelineLines } from "./timeline.js";

export interface TextOptions {
  /** ANSI colours (a terminal on stdout, NO_COLOR unset). */
  color?: boolean;
}

const ANSI = {
  reset: "\u001b[0m",
  bold: "\u001b[1m",
  dim: "\u001b[2m",
  red: "\u001b[31m",
  yellow: "\u001b[33m",
  green: "\u001b[32m",
  cyan: "\u001b[36m",
};

type Paint = (style: keyof typeof ANSI, text: string) => string;

const SEVERITY_STYLE: Record<Severity, keyof typeof ANSI> = {
  error: "red",
  warning: "yellow",
  notice: "cyan",
};

const STATUS_STYLE: Record<AreaStatus, keyof typeof ANSI> = {
  fail: "red",
  warn: "yellow",
  pass: "green",
  skipped: "dim",
};

/** Untrusted text on one line: line ends inside a message are shown, never obeyed. */
function oneLine(text: string): string {
  return visibleControls(text);
}

/**
 * `file:line:col: severity: message [rule]`, then an indented `fix:` block. A line end inside
 * a message is shown as `\x0a`, so every finding is exactly one line and a policy cannot forge
 * a finding line of its own. Fixes keep their line breaks, each line indented.
 */
function findingLines(m: MergedFinding, paint: Paint, showDomains: boolean): string[] {
  const f = m.finding;
  const where = describeLocation(f.location);
  const head = where ? `${paint("bold", oneLine(where))}: ` : "";
  const sev = paint(SEVERITY_STYLE[m.severity], m.severity);
  // The finding line keeps the exact `... [rule]` shape that editors and scripts parse; in a
  // multi-domain run the domains it concerns follow on an indented line.
  const lines = [`${head}${sev}: ${oneLine(f.message)} ${paint("dim", `[${oneLine(f.rule)}]`)}`];
  if (showDomains && m.domains.length > 0) {
    lines.push(
      `    ${m.domains.length > 1 ? "domains" : "domain"}: ${oneLine(listDomains(m.domains))}`,
    );
  }
  if (f.fix !== undefined) {
    const fixLines = visibleControls(f.fix, { keepLineFeeds: true }).split("\n");
    lines.push(`    fix: ${fixLines[0]}`, ...fixLines.slice(1).map((l) => `         ${l}`));
  }
  return lines;
}

/**
 * `example.com  policy fail, mx pass, tlsrpt warn, zone pass (skipped: change, dns, https,
 * smtp)`: one line per domain, the failing areas first so they catch the eye.
 */
function scorecardLine(d: DomainReport, paint: Paint): string {
  const ran: string[] = [];
  const skipped: Area[] = [];
  for (const area of AREAS) {
    const status = d.checks[area] ?? "skipped";
    if (status === "skipped") skipped.push(area);
    else ran.push(`${area} ${paint(STATUS_STYLE[status], status)}`);
  }
  const tail = skipped.length > 0 ? ` (skipped: ${skipped.join(", ")})` : "";
  const mode = d.mode ? ` [${oneLine(d.mode)}]` : "";
  return `${paint("bold", oneLine(d.domain))}${mode}: ${ran.join(", ") || "nothing checked"}${tail}`;
}

/**
 * The human-readable report (`--format text`): findings, a per-domain scorecard and the
 * count line. Safe to print to a terminal and to an Actions log.
 */
export function formatText(report: LintReport, opts: TextOptions = {}): string {
  const paint: Paint = opts.color
    ? (style, text) => `${ANSI[style]}${text}${ANSI.reset}`
    : (_, t) => t;
  const merged = mergeDuplicates(report.findings);
  const showDomains = report.domains.length > 1;
  const lines: string[] = [];
  for (const m of merged) lines.push(...findingLines(m, paint, showDomains));
  if (report.domains.length > 0) {
    if (lines.length > 0) lines.push("");
    for (const d of report.domains) lines.push(scorecardLine(d, paint));
    const live = liveSectionLines(report);
    if (live.length > 0) lines.push("", ...live);
    const timeline = timelineLines(report);
    if (timeline.length > 0) lines.push("", ...timeline);
  }
  if (lines.length > 0) lines.push("");
  lines.push(formatCounts(counts(report.findings)));
  return `${neutralizeWorkflowCommands(lines.join("\n"))}\n`;
}
