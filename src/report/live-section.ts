/**
 * The live section of the job summary and of the text report: each host the live probes tried,
 * per address family — reachable or not, the certificate's expiry, the time taken. Host names
 * and outcomes come from DNS and servers: they are escaped for each medium here.
 */
import type { LiveHostRow } from "../model/live.js";
import type { LintReport } from "../model/report.js";
import { htmlCode, htmlText, visibleControls } from "./escape.js";

/** Rows shown at most: the section must not crowd the findings out of a 1 MiB summary. */
export const MAX_LIVE_ROWS = 200;

interface DomainRows {
  domain: string;
  rows: LiveHostRow[];
}

function domainsWithRows(report: LintReport): DomainRows[] {
  return report.domains.flatMap((d) =>
    d.live?.length ? [{ domain: d.domain, rows: d.live }] : [],
  );
}

const AREA_WORD: Record<LiveHostRow["area"], string> = { https: "HTTPS", smtp: "SMTP" };

function expiry(row: LiveHostRow): string {
  if (row.certExpires === undefined) return "";
  const days = row.daysLeft ?? 0;
  return days < 0 ? `${row.certExpires} (expired)` : `${row.certExpires} (${days} days)`;
}

/** Addresses of an MX host the probe left out (per-host cap), as a clause; "" when none. */
function omitted(row: LiveHostRow): string {
  const n = row.omittedAddresses ?? 0;
  return n > 0 ? `; ${n} more address${n === 1 ? "" : "es"} of this host not probed` : "";
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** The HTML table for the job summary, or "" when no live probe ran. */
export function liveSectionHtml(report: LintReport): string {
  const all = domainsWithRows(report);
  if (all.length === 0) return "";
  const rows: string[] = [];
  let shown = 0;
  let total = 0;
  for (const { domain, rows: list } of all) {
    for (const row of list) {
      total++;
      if (shown >= MAX_LIVE_ROWS) continue;
      shown++;
      const state = `${row.reachable ? "✅ reachable" : `❌ ${htmlText(row.outcome)}`}${omitted(row)}`;
      rows.push(
        `<tr><td><code>${htmlCode(domain)}</code></td><td>${AREA_WORD[row.area]}</td><td><code>${htmlCode(row.host)}</code></td><td>IPv${row.family} <code>${htmlCode(row.address)}</code></td><td>${state}</td><td>${htmlText(expiry(row))}</td><td>${seconds(row.elapsedMs)}</td></tr>`,
      );
    }
  }
  const more =
    total > shown
      ? [`<p>… and ${total - shown} more hosts: see the findings for failures.</p>`]
      : [];
  return [
    "### Live hosts",
    "<table>",
    "<thead><tr><th>Domain</th><th>Check</th><th>Host</th><th>Address</th><th>Result</th><th>Certificate expires</th><th>Time</th></tr></thead>",
    "<tbody>",
    ...rows,
    "</tbody>",
    "</table>",
    ...more,
  ].join("\n");
}

/** Lines for the text report, or [] when no live probe ran. */
export function liveSectionLines(report: LintReport): string[] {
  const all = domainsWithRows(report);
  if (all.length === 0) return [];
  const lines = ["live hosts:"];
  let shown = 0;
  for (const { domain, rows } of all) {
    for (const row of rows) {
      if (shown++ >= MAX_LIVE_ROWS) continue;
      const state = `${row.reachable ? "reachable" : row.outcome}${omitted(row)}`;
      const cert = row.certExpires !== undefined ? `, certificate expires ${expiry(row)}` : "";
      lines.push(
        visibleControls(
          `  ${domain} ${AREA_WORD[row.area]} ${row.host} IPv${row.family} ${row.address}: ${state}${cert}, ${seconds(row.elapsedMs)}`,
        ),
      );
    }
  }
  if (shown > MAX_LIVE_ROWS) lines.push(`  … and ${shown - MAX_LIVE_ROWS} more hosts`);
  return lines;
}
