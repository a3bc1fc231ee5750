import { publishedRecord } from "./model/change.js";
import { changeTimeline } from "./model/change-timeline.js";
import type { DomainModel } from "./model/domain.js";
import { AREAS, type Area, type AreaStatus, type Finding, severityRank } from "./model/finding.js";
import { liveHostRows } from "./model/live.js";
import { effectiveMode } from "./model/policy-semantics.js";
import type { DomainReport, LintReport } from "./model/report.js";
import type { Rule } from "./model/rule.js";
import { ZoneInterest } from "./model/zone-interest.js";
import { type LiveDeps, observeLive } from "./probes/index.js";
import { counts, reachesFailOn } from "./report/exit.js";
import { targetOf } from "./report/group.js";
import { runRules } from "./rules/engine.js";
import { RULES } from "./rules/index.js";
import { selectShard } from "./settings/shard.js";
import type { FailOn, Settings } from "./settings/types.js";
import { attachBase, type BaseDeps } from "./sources/base/index.js";
import { buildDomain } from "./sources/domain.js";
import { PolicyCache } from "./sources/policy.js";
import { ZoneCache } from "./sources/zone.js";
import { TOOL_NAME, VERSION } from "./version.js";

export interface LintDeps {
  /** The rules to run; default: every rule of the registry. */
  rules?: readonly Rule[];
}

/** The outside world the full run may touch, injected so tests can use loopback servers. */
export interface CheckDeps extends LintDeps {
  base?: BaseDeps;
  live?: LiveDeps;
}

/**
 * Which areas ran for a domain (rules.md "Scorecard"): an area whose input was not configured,
 * or could not be read, did not run. The change area runs when the base revision was read.
 */
function areasThatRan(model: DomainModel): Set<Area> {
  const ran = new Set<Area>();
  if (model.policyFile !== undefined) ran.add("policy");
  if (model.zoneFile !== undefined) ran.add("zone");
  if (model.zone) {
    ran.add("sts-record");
    ran.add("tlsrpt");
    if (model.policy) ran.add("mx");
  }
  if (model.base) ran.add("change");
  for (const area of model.live?.areas ?? []) ran.add(area);
  return ran;
}

function areaStatus(findings: readonly Finding[], ran: boolean): AreaStatus {
  if (findings.some((f) => f.severity === "error")) return "fail";
  if (findings.some((f) => f.severity === "warning")) return "warn";
  return ran || findings.length > 0 ? "pass" : "skipped";
}

function domainReport(model: DomainModel, mine: readonly Finding[]): DomainReport {
  const ran = areasThatRan(model);
  const checks = Object.fromEntries(
    AREAS.map((area) => [
      area,
      areaStatus(
        mine.filter((f) => f.area === area),
        ran.has(area),
      ),
    ]),
  ) as Record<Area, AreaStatus>;
  const report: DomainReport = { domain: model.name, checks };
  if (model.policyFile !== undefined) report.policyFile = model.policyFile;
  if (model.zoneFile !== undefined) report.zoneFile = model.zoneFile;
  const mode = effectiveMode(model.policy);
  if (mode !== undefined) report.mode = mode;
  const id = publishedRecord(model)?.id;
  if (id !== undefined) report.id = id;
  const live = liveHostRows(model.live);
  if (live.length > 0) report.live = live;
  const timeline = changeTimeline(model);
  if (timeline.length > 0) report.changeTimeline = timeline;
  return report;
}

/**
 * The report's order: run-wide findings (the configuration) first, then by domain as
 * configured, then most severe first, then by file and position. The sort is stable, so
 * equal findings keep the rules' registry order.
 */
function sortFindings(findings: Finding[], domainOrder: readonly string[]): Finding[] {
  const rank = new Map(domainOrder.map((d, i) => [d, i]));
  const domainRank = (f: Finding) => (f.domain === undefined ? -1 : (rank.get(f.domain) ?? -1));
  return [...findings].sort(
    (a, b) =>
      domainRank(a) - domainRank(b) ||
      severityRank(a.severity) - severityRank(b.severity) ||
      compareText(targetOf(a.location), targetOf(b.location)) ||
      (a.location.span?.line ?? 0) - (b.location.span?.line ?? 0) ||
      (a.location.span?.column ?? 0) - (b.location.span?.column ?? 0),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The configured domains of this run (this shard's slice) read into models. */
function prepare(settings: Settings): {
  models: DomainModel[];
  configIssues: Settings["configIssues"];
} {
  const entries = settings.shard ? selectShard(settings.domains, settings.shard) : settings.domains;
  const names = new Set(entries.map((d) => d.domain));
  const policies = new PolicyCache(settings.cwd);
  const zones = new ZoneCache(settings.cwd, settings.maxZoneBytes, {
    interest: new ZoneInterest(names),
  });
  const models = entries.map((entry) => buildDomain(entry, policies, zones));
  // With sharding, a configuration problem of a domain belongs to that domain's slice only.
  const configIssues = settings.configIssues.filter(
    (i) => i.domain === undefined || names.has(i.domain),
  );
  return { models, configIssues };
}

/** Runs the rules over prepared models and builds the report. */
function judge(
  settings: Settings,
  prepared: ReturnType<typeof prepare>,
  deps: LintDeps,
  notes: string[],
): LintReport {
  const { models, configIssues } = prepared;
  const findings = sortFindings(
    runRules(deps.rules ?? RULES, { domains: models, configIssues, overrides: settings.rules }),
    models.map((m) => m.name),
  );
  const byDomain = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.domain === undefined) continue;
    const list = byDomain.get(f.domain);
    if (list) list.push(f);
    else byDomain.set(f.domain, [f]);
  }
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: VERSION },
    domains: models.map((m) => domainReport(m, byDomain.get(m.name) ?? [])),
    findings,
    summary: counts(findings),
    notes,
  };
}

/**
 * The offline lint: reads and parses each configured domain's files (each policy file
 * once), runs the rules and builds the report. Synchronous and self-contained: a domain
 * whose files are broken gets findings, never hides another domain's. Neither the base
 * revision nor the live world is consulted (see `runChecks`).
 */
export function lint(settings: Settings, deps: LintDeps = {}): LintReport {
  return judge(settings, prepare(settings), deps, []);
}

/**
 * The one pipeline both faces call: the offline lint plus, when the settings ask for them,
 * the base revision's view (change-* rules) and the live observations (live-*, https-*,
 * smtp-* rules), gathered by the injected edges before the same rules judge everything.
 */
export async function runChecks(settings: Settings, deps: CheckDeps = {}): Promise<LintReport> {
  const prepared = prepare(settings);
  const notes = [
    ...(await attachBase(prepared.models, settings, deps.base)),
    ...(await observeLive(prepared.models, settings, deps.live)),
  ];
  return judge(settings, prepared, deps, notes);
}

/** The exit status for a finished run: 1 when a finding reaches `failOn`, else 0. */
export function exitCode(report: Pick<LintReport, "findings">, failOn: FailOn): 0 | 1 {
  return reachesFailOn(report, failOn) ? 1 : 0;
}
