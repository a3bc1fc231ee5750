import { SEVERITIES, type Severity } from "../model/finding.js";
import type { LintReport } from "../model/report.js";
import { neutralizeWorkflowCommands, visibleControls } from "./escape.js";
import { listDomains, type MergedFinding, mergeDuplicates } from "./group.js";

export interface Annotation {
  level: Severity;
  message: string;
  title: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

/** GitHub shows at most this many annotations of each level per step; the rest are dropped. */
export const ANNOTATIONS_PER_LEVEL = 10;

/** Untrusted text in an annotation: visible controls, no workflow command on any line. */
function safe(text: string, keepLineFeeds = false): string {
  return neutralizeWorkflowCommands(visibleControls(text, { keepLineFeeds }));
}

/**
 * The message: the domains it concerns, then for live findings (no file to anchor at) the URL
 * or host, then the finding's message; the fix follows on its own lines.
 */
function annotationMessage(m: MergedFinding): string {
  const { location, message, fix } = m.finding;
  const live = location.file === undefined ? (location.url ?? location.host) : undefined;
  const prefix = [m.domains.length > 0 ? listDomains(m.domains) : undefined, live]
    .filter((p) => p !== undefined)
    .join(": ");
  let text = safe(prefix ? `${prefix}: ${message}` : message);
  if (fix !== undefined) text += `\nfix:\n${safe(fix, true)}`;
  return text;
}

function toAnnotation(m: MergedFinding): Annotation {
  const f = m.finding;
  // The title is the rule ID alone, as in every linter's annotations (scripts match on it).
  const a: Annotation = { level: m.severity, message: annotationMessage(m), title: safe(f.rule) };
  const span = f.location.span;
  if (f.location.file === undefined) return a;
  a.file = f.location.file;
  if (!span) return a;
  a.startLine = span.line;
  a.endLine = span.endLine;
  // GitHub ignores columns on a multi-line annotation; on one line its end column is the last
  // character (inclusive) while our spans end just after it (exclusive).
  if (span.line === span.endLine) {
    a.startColumn = span.column;
    a.endColumn = Math.max(span.column, span.endColumn - 1);
  }
  return a;
}

/**
 * The annotations the action emits: one per distinct finding (duplicates of a shared policy
 * file merged, naming every domain), at most ANNOTATIONS_PER_LEVEL per level in report
 * order. When some were left out, the last notice says how many and points to the job
 * summary; a notice slot is kept free for it, so it is never the one GitHub drops.
 */
export function planAnnotations(report: LintReport): Annotation[] {
  const all = mergeDuplicates(report.findings).map(toAnnotation);
  const overflows = SEVERITIES.some(
    (s) => all.filter((a) => a.level === s).length > ANNOTATIONS_PER_LEVEL,
  );
  const limit = (s: Severity) =>
    overflows && s === "notice" ? ANNOTATIONS_PER_LEVEL - 1 : ANNOTATIONS_PER_LEVEL;

  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const kept: Annotation[] = [];
  for (const a of all) {
    if (used[a.level] >= limit(a.level)) continue;
    used[a.level]++;
    kept.push(a);
  }
  const omitted = all.length - kept.length;
  if (omitted > 0) {
    kept.push({
      level: "notice",
      title: "More findings than annotations",
      message: `${omitted} more finding${omitted === 1 ? " was" : "s were"} not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations per level). The job summary lists every finding.`,
    });
  }
  return kept;
}
