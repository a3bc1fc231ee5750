import {
  AREAS,
  type AreaStatus,
  type Finding,
  type Severity,
  severityRank,
} from "../model/finding.js";
import type { DomainReport, LintReport } from "../model/report.js";
import { DOCS_BASE_URL, docsUrl, type RuleMeta } from "../model/rule.js";
import type { FailOn } from "../settings/types.js";
import { AREA_TITLES, statusRank } from "./areas.js";
import { escapeHtml, htmlCode, htmlText } from "./escape.js";
import { type Counts, counts, formatCounts, reachesFailOn } from "./exit.js";
import { describeLocation } from "./group.js";
import { liveSectionHtml } from "./live-section.js";
import { timelineHtml } from "./timeline.js";

export interface SummaryOptions {
  failOn: FailOn;
  /**
   * Above this many domains the scorecard lists only the domains with problems and folds the
   * others away, and every domain's findings start collapsed. Default 10.
   */
  collapseAbove?: number;
  /** Size budget in UTF-8 bytes (GitHub accepts at most 1 MiB per step summary). */
  maxBytes?: number;
  /** Where rule pages are linked (`${docsBase}${id}.md`); defaults to DOCS_BASE_URL. */
  docsBase?: string;
}

const DEFAULT_COLLAPSE_ABOVE = 10;
const DEFAULT_MAX_BYTES = 1000 * 1000;

const STATUS_CELL: Record<AreaStatus, string> = {
  pass: "✅ pass",
  warn: "⚠️ warn",
  fail: "❌ fail",
  skipped: "➖ skipped",
};

const SEVERITY_ICON: Record<Severity, string> = { error: "❌", warning: "⚠️", notice: "ℹ️" };

function bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** A domain's worst area: what its row is sorted by. Notices never count (rules.md). */
function overallStatus(d: DomainReport): AreaStatus {
  const statuses = AREAS.map((a) => d.checks[a] ?? "skipped");
  return statuses.reduce((worst, s) => (statusRank(s) < statusRank(worst) ? s : worst), "skipped");
}

function heading(report: LintReport, failOn: FailOn): string {
  const failed = reachesFailOn(report, failOn);
  const c = counts(report.findings);
  const n = report.domains.length;
  const gate =
    failOn === "never"
      ? "Findings never fail this check (fail-on: never)."
      : `The check fails on findings of level <code>${failOn}</code>${failOn === "error" ? "" : " or above"}.`;
  return [
    `## ${failed ? "❌ MTA-STS lint failed" : "✅ MTA-STS lint passed"}`,
    `<p><strong>${formatCounts(c)}</strong> in ${n} domain${n === 1 ? "" : "s"}. ${gate}</p>`,
  ].join("\n\n");
}

/**
 * Rows of one scorecard table at most: a summary is capped at 1 MiB, and past a few hundred rows
 * a table is not taken in at a glance anyway (the JSON report has every domain).
 */
const MAX_TABLE_ROWS = 200;

function scorecardTable(all: readonly DomainReport[]): string {
  const domains = all.slice(0, MAX_TABLE_ROWS);
  const more =
    all.length > domains.length
      ? [
          `<p>… and ${all.length - domains.length} more domains: the JSON report (the <code>report</code> output) lists every one.</p>`,
        ]
      : [];
  const head = `<tr><th>Domain</th>${AREAS.map((a) => `<th>${AREA_TITLES[a]}</th>`).join("")}</tr>`;
  const rows = domains.map((d) => {
    const mode = d.mode ? ` <sub>${htmlText(d.mode)}</sub>` : "";
    const cells = AREAS.map((a) => `<td>${STATUS_CELL[d.checks[a] ?? "skipped"]}</td>`).join("");
    return `<tr><td><code>${htmlCode(d.domain)}</code>${mode}</td>${cells}</tr>`;
  });
  return [
    "<table>",
    `<thead>${head}</thead>`,
    "<tbody>",
    ...rows,
    "</tbody>",
    "</table>",
    ...more,
  ].join("\n");
}

/**
 * One table for a few domains. For many, the domains with a failing or warning area come
 * first (worst first) and the rest are folded into a <details>, so the problems are visible
 * at a glance even with 200 domains.
 */
function scorecard(report: LintReport, collapseAbove: number): string {
  const domains = report.domains;
  if (domains.length === 0) return "";
  if (domains.length <= collapseAbove) return scorecardTable(domains);
  const ranked = domains
    .map((d, i) => ({ d, i, s: overallStatus(d) }))
    .sort((a, b) => statusRank(a.s) - statusRank(b.s) || a.i - b.i);
  const bad = ranked.filter((x) => x.s === "fail" || x.s === "warn").map((x) => x.d);
  const rest = ranked.filter((x) => x.s !== "fail" && x.s !== "warn").map((x) => x.d);
  const failing = ranked.filter((x) => x.s === "fail").length;
  const parts = [
    `<p>${domains.length} domains: ${failing} failing, ${bad.length - failing} with warnings, ${rest.length} without problems.</p>`,
  ];
  if (bad.length > 0) parts.push(scorecardTable(bad));
  if (rest.length > 0) {
    parts.push(
      `<details><summary>${rest.length} domain${rest.length === 1 ? "" : "s"} without problems</summary>\n\n${scorecardTable(rest)}\n\n</details>`,
    );
  }
  return parts.join("\n\n");
}

/** One finding as a list item: severity, rule (linked to its page), where, message, fix. */
function findingItem(f: Finding, known: ReadonlySet<string>, docsBase: string): string {
  const rule = `<code>${htmlCode(f.rule)}</code>`;
  const ruleLink = known.has(f.rule)
    ? `<a href="${escapeHtml(docsUrl(f.rule, docsBase))}">${rule}</a>`
    : rule;
  const where = describeLocation(f.location);
  const at = where ? ` at <code>${htmlCode(where)}</code>` : "";
  const fix = f.fix !== undefined ? `<br>Fix:<pre><code>${htmlCode(f.fix)}</code></pre>` : "";
  return `<li>${SEVERITY_ICON[f.severity]} <strong>${f.severity}</strong> ${ruleLink}${at}<br>${htmlText(f.message)}${fix}</li>`;
}

interface Group {
  title: string;
  findings: Finding[];
  counts: Counts;
  worst: number;
  order: number;
}

/**
 * Findings by domain (run-wide ones, such as configuration problems, first), domains with
 * the most severe findings first, and inside a domain the most severe first; report order
 * breaks ties so the output is stable.
 */
function groupFindings(report: LintReport): Group[] {
  const byDomain = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const key = f.domain ?? "";
    const list = byDomain.get(key);
    if (list) list.push(f);
    else byDomain.set(key, [f]);
  }
  const order = new Map(report.domains.map((d, i) => [d.domain, i]));
  const groups: Group[] = [...byDomain].map(([domain, list], i) => {
    const sorted = list
      .map((f, j) => ({ f, j }))
      .sort((a, b) => severityRank(a.f.severity) - severityRank(b.f.severity) || a.j - b.j)
      .map((x) => x.f);
    return {
      title: domain === "" ? "Configuration" : domain,
      findings: sorted,
      counts: counts(sorted),
      worst: severityRank(sorted[0].severity),
      order: domain === "" ? -1 : (order.get(domain) ?? report.domains.length + i),
    };
  });
  return groups.sort((a, b) => a.worst - b.worst || a.order - b.order);
}

function groupOpen(g: Group, open: boolean): string {
  const name = g.title === "Configuration" ? "Configuration" : `<code>${htmlCode(g.title)}</code>`;
  return `<details${open ? " open" : ""}><summary><strong>${name}</strong>: ${formatCounts(g.counts)}</summary>\n<ul>`;
}
const GROUP_CLOSE = "</ul>\n</details>";

/**
 * Findings sections within the byte budget left. Each domain is a <details> (open when there
 * are few); when the budget runs out, a closing paragraph says how many findings are not
 * shown and where to find them.
 */
function findingsSection(
  report: LintReport,
  rules: readonly RuleMeta[],
  open: boolean,
  budget: number,
  docsBase: string,
): string {
  if (report.findings.length === 0) return "";
  const known = new Set(rules.map((r) => r.id));
  const tail = (n: number) =>
    `<p>${n} more finding${n === 1 ? " is" : "s are"} not shown: a job summary is limited to 1 MiB. The JSON report (the <code>report</code> output) and the SARIF file list every finding.</p>`;
  const reserve = bytes(tail(report.findings.length)) + bytes(GROUP_CLOSE) + 8;
  const parts: string[] = ["### Findings"];
  let used = bytes(parts[0]);
  let shown = 0;
  outer: for (const g of groupFindings(report)) {
    const start = groupOpen(g, open);
    if (used + bytes(start) + reserve > budget) break;
    const items: string[] = [];
    let groupBytes = bytes(start) + bytes(GROUP_CLOSE) + 4;
    for (const f of g.findings) {
      const item = findingItem(f, known, docsBase);
      if (used + groupBytes + bytes(item) + reserve > budget) {
        if (items.length > 0) parts.push([start, ...items, GROUP_CLOSE].join("\n"));
        break outer;
      }
      items.push(item);
      groupBytes += bytes(item) + 1;
      shown++;
    }
    parts.push([start, ...items, GROUP_CLOSE].join("\n"));
    used += groupBytes + 2;
  }
  const hidden = report.findings.length - shown;
  if (hidden > 0) parts.push(tail(hidden));
  return parts.join("\n\n");
}

/**
 * The job summary (GitHub-flavoured markdown with HTML): the result against `failOn`, the
 * count line, the per-domain scorecard and every finding with a link to its rule's page.
 * All file and server content goes through htmlText/htmlCode; blocks are separated by blank
 * lines and never contain one, so no content is ever read as markdown.
 */
export function buildSummary(
  report: LintReport,
  rules: readonly RuleMeta[],
  opts: SummaryOptions,
): string {
  const collapseAbove = opts.collapseAbove ?? DEFAULT_COLLAPSE_ABOVE;
  const head = [
    heading(report, opts.failOn),
    scorecard(report, collapseAbove),
    liveSectionHtml(report),
    timelineHtml(report),
  ]
    .filter((p) => p !== "")
    .join("\n\n");
  const budget = (opts.maxBytes ?? DEFAULT_MAX_BYTES) - bytes(head) - 4;
  const open = report.domains.length <= collapseAbove;
  const docsBase = opts.docsBase ?? DOCS_BASE_URL;
  const findings = findingsSection(report, rules, open, budget, docsBase);
  return `${[head, findings].filter((p) => p !== "").join("\n\n")}\n`;
}
