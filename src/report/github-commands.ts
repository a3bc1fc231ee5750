import type { LintReport } from "../model/report.js";
import { type Annotation, planAnnotations } from "./annotations.js";
import { defuseLegacyCommands } from "./escape.js";
import { counts, formatCounts } from "./exit.js";

/** The runner's own escaping of a command's data (what @actions/core's escapeData does). */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** The runner's escaping of a property value (@actions/core's escapeProperty). */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function command(a: Annotation): string {
  const props: [string, string | number | undefined][] = [
    ["title", a.title],
    ["file", a.file],
    ["line", a.startLine],
    ["endLine", a.endLine],
    ["col", a.startColumn],
    ["endColumn", a.endColumn],
  ];
  const list = props
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(",");
  // The whole command is one line (data and properties escaped), so the legacy `##[` form is
  // the only thing left to defuse in it.
  return defuseLegacyCommands(`::${a.level} ${list}::${escapeData(a.message)}`);
}

/**
 * `--format github`: the annotations the action would emit, as workflow commands on stdout
 * (for running the CLI inside a workflow step), then the count line.
 */
export function formatGithubCommands(report: LintReport): string {
  const lines = planAnnotations(report).map(command);
  lines.push(formatCounts(counts(report.findings)));
  return `${lines.join("\n")}\n`;
}
