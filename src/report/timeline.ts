/**
 * The safety timeline of each domain (RFC 8461 §8: what order makes a change safe for senders
 * that cached the old policy, and from when), for the text output and the job summary. Step
 * texts carry domain names and ids from the files: escaped per medium like every finding.
 */
import type { TimelineStep } from "../model/change-timeline.js";
import type { DomainReport, LintReport } from "../model/report.js";
import { htmlCode, htmlText, visibleControls } from "./escape.js";

/** A summary stays readable (and small) with many domains: the JSON report has every one. */
const MAX_SUMMARY_DOMAINS = 50;

function withTimeline(report: LintReport): DomainReport[] {
  return report.domains.filter((d) => (d.changeTimeline?.length ?? 0) > 0);
}

function stepText(s: TimelineStep): string {
  return `${s.step} — ${s.when}${s.earliest ? ` (earliest ${s.earliest})` : ""}`;
}

/** Text lines: `Safety timeline for example.com:` then the numbered steps. */
export function timelineLines(report: LintReport): string[] {
  const lines: string[] = [];
  for (const d of withTimeline(report)) {
    lines.push(`Safety timeline for ${visibleControls(d.domain)}:`);
    (d.changeTimeline ?? []).forEach((s, i) => {
      lines.push(`  ${i + 1}. ${visibleControls(stepText(s))}`);
    });
  }
  return lines;
}

/** The summary's section (no blank line inside, so no content is read as markdown); "" when none. */
export function timelineHtml(report: LintReport): string {
  const domains = withTimeline(report);
  if (domains.length === 0) return "";
  const blocks = domains.slice(0, MAX_SUMMARY_DOMAINS).map((d) => {
    const items = (d.changeTimeline ?? []).map((s) => {
      const earliest = s.earliest ? ` (earliest <code>${htmlCode(s.earliest)}</code>)` : "";
      return `<li>${htmlText(s.step)} — <em>${htmlText(s.when)}</em>${earliest}</li>`;
    });
    return [
      `<p>Safety timeline for <code>${htmlCode(d.domain)}</code>:</p>`,
      "<ol>",
      ...items,
      "</ol>",
    ].join("\n");
  });
  const more =
    domains.length > MAX_SUMMARY_DOMAINS
      ? [`<p>… and ${domains.length - MAX_SUMMARY_DOMAINS} more domains: see the JSON report.</p>`]
      : [];
  return ["### Change safety", ...blocks, ...more].join("\n\n");
}
