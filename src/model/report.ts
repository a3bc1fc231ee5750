import type { TimelineStep } from "./change-timeline.js";
import type { Area, AreaStatus, Finding } from "./finding.js";
import type { LiveHostRow } from "./live.js";

/** Per-domain result: the scorecard of the JSON report and the job summary. */
export interface DomainReport {
  domain: string;
  policyFile?: string;
  zoneFile?: string;
  /** The policy's effective mode, when it has a valid one. */
  mode?: string;
  /** The `_mta-sts` record's id, when the zone has one. */
  id?: string;
  checks: Record<Area, AreaStatus>;
  /** The hosts the live probes reached or tried (summary and text only; not in the JSON). */
  live?: LiveHostRow[];
  /**
   * The change's safe order of steps, each with when it becomes safe, when the comparison
   * with the base revision found a change senders' caches make risky (RFC 8461 §8).
   */
  changeTimeline?: TimelineStep[];
}

/** The JSON report (`--format json`), the input of every other output format too. */
export interface LintReport {
  version: 1;
  tool: { name: string; version: string };
  domains: DomainReport[];
  findings: Finding[];
  summary: { errors: number; warnings: number; notices: number };
  /** Run-wide remarks for the log (e.g. why a requested check was skipped); not findings. */
  notes?: string[];
}
