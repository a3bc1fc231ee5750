import { createHash } from "node:crypto";
import type { Finding, Severity } from "../model/finding.js";
import type { DomainReport, LintReport } from "../model/report.js";
import { DOCS_BASE_URL, docsUrl, type RuleMeta } from "../model/rule.js";
import { escapeMarkdownInline, safeJsonStringify, visibleControls } from "./escape.js";
import { listDomains, type MergedFinding, mergeDuplicates, targetOf } from "./group.js";

/** The subset of SARIF 2.1.0 this writer produces (names as in the OASIS schema). */
export type SarifLevel = "error" | "warning" | "note";

export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

export interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId?: string };
    region?: SarifRegion;
  };
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  helpUri?: string;
  help: SarifMessage;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; precision: string; "problem.severity": string };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
  properties?: { domains?: string[]; url?: string; host?: string };
}

export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        semanticVersion: string;
        informationUri: string;
        rules: SarifRule[];
      };
    };
    columnKind: "utf16CodeUnits";
    results: SarifResult[];
  }[];
}

export interface SarifOptions {
  toolVersion: string;
  informationUri: string;
  /** Defaults to "mta-sts-lint". */
  toolName?: string;
  /**
   * Where findings without a file of their own are shown when their domain has no policy or
   * zone file either (the configuration file, relative to the repository root).
   */
  configFile?: string;
  /** A rule's documentation page (markdown, ours: trusted), shown as its help in code scanning. */
  ruleHelp?: (id: string) => string | undefined;
  /** Where rule pages are linked (`${docsBase}${id}.md`); defaults to DOCS_BASE_URL. */
  docsBase?: string;
}

const SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
/** Key of our fingerprint in `partialFingerprints`; bump the version if its input changes. */
export const FINGERPRINT_KEY = "mtaStsLint/v1";

const LEVELS: Record<Severity, SarifLevel> = { error: "error", warning: "warning", notice: "note" };
/** GitHub code scanning's own severity scale for non-security alerts. */
const PROBLEM_SEVERITY: Record<Severity, string> = {
  error: "error",
  warning: "warning",
  notice: "recommendation",
};

/**
 * Plain-text SARIF messages may embed links as `[text](target)` (SARIF 2.1.0 §3.11.6), and
 * code scanning renders them: brackets from a policy or a DNS answer are escaped so they stay
 * text. Controls are shown, not written.
 */
function sarifText(text: string, keepLineFeeds = false): string {
  return visibleControls(text, { keepLineFeeds }).replace(/[[\]]/g, "\\$&");
}

/** "RFC 8461 §3.2" → "rfc8461", a tag users can filter alerts by. */
function rfcTag(rfc: string | undefined): string[] {
  const m = rfc?.match(/RFC\s*(\d+)/i);
  return m ? [`rfc${m[1]}`] : [];
}

function ruleDescriptor(meta: RuleMeta, docsBase: string, page?: string): SarifRule {
  const url = docsUrl(meta.id, docsBase);
  const full = meta.rfc ? `${meta.description} (${meta.rfc})` : meta.description;
  const help: SarifMessage = page
    ? {
        text: `${page.trimEnd()}\n\nDocumentation: ${url}`,
        markdown: `${page.trimEnd()}\n\n[Documentation of ${meta.id}](${url})`,
      }
    : {
        text: `${full}\nDocumentation: ${url}`,
        markdown: `${escapeMarkdownInline(full)}\n\n[Documentation of ${escapeMarkdownInline(meta.id)}](${url})`,
      };
  return {
    id: meta.id,
    name: meta.id,
    shortDescription: { text: meta.description },
    fullDescription: { text: full },
    helpUri: url,
    help,
    defaultConfiguration: { level: LEVELS[meta.defaultSeverity] },
    properties: {
      tags: ["mta-sts", meta.area ?? "configuration", ...rfcTag(meta.rfc)],
      precision: "very-high",
      "problem.severity": PROBLEM_SEVERITY[meta.defaultSeverity],
    },
  };
}

/** A rule that is not in the catalog passed in (a finding about an internal error, say). */
function unknownRule(id: string, severity: Severity): RuleMeta {
  return { id, area: null, defaultSeverity: severity, description: `Findings of ${id}.` };
}

/**
 * A repository-relative path as a URI reference against %SRCROOT%; each segment
 * percent-encoded (a `:` in a first segment would otherwise read as a URI scheme). Absolute
 * paths become `file:` URIs without a base.
 */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const path = file.replace(/\\/g, "/");
  const encode = (p: string) => p.split("/").map(encodeURIComponent).join("/");
  if (/^[A-Za-z]:\//.test(path))
    return { uri: `file:///${path.slice(0, 2)}${encode(path.slice(2))}` };
  if (path.startsWith("/")) return { uri: `file://${encode(path)}` };
  return { uri: encode(path.replace(/^(\.\/)+/, "")), uriBaseId: "%SRCROOT%" };
}

/**
 * Where a finding is shown. GitHub code scanning rejects results without a location and
 * needs a start line, so a finding without a file of its own (live checks: a URL or a host)
 * is attached to line 1 of its domain's policy file (HTTPS findings) or zone file (DNS and
 * SMTP), else to the configuration file; its message names the URL or host. A finding with
 * a file but no span points at line 1 of the file.
 */
function locate(
  f: Finding,
  domains: ReadonlyMap<string, DomainReport>,
  opts: SarifOptions,
): SarifLocation[] | undefined {
  let file = f.location.file;
  let span = f.location.span;
  if (file === undefined) {
    const d = f.domain === undefined ? undefined : domains.get(f.domain);
    const policyFirst =
      f.location.url !== undefined || f.area === "https" || f.rule.startsWith("https-");
    const candidates = policyFirst ? [d?.policyFile, d?.zoneFile] : [d?.zoneFile, d?.policyFile];
    file = [...candidates, opts.configFile].find((x) => x !== undefined);
    span = undefined;
  }
  if (file === undefined) return undefined;
  const region: SarifRegion = span
    ? {
        startLine: span.line,
        startColumn: span.column,
        endLine: span.endLine,
        endColumn: span.endColumn,
      }
    : { startLine: 1 };
  return [{ physicalLocation: { artifactLocation: artifactLocation(file), region } }];
}

function resultMessage(m: MergedFinding): string {
  const { location, message, fix } = m.finding;
  const live = location.file === undefined ? (location.url ?? location.host) : undefined;
  let text = sarifText(live ? `${live}: ${message}` : message);
  if (m.domains.length > 1) text += ` Domains: ${sarifText(listDomains(m.domains, 10))}.`;
  // The fix is shown, not offered as a SARIF `fixes` entry: a finding's fix replaces "the
  // located span or the whole line", and which one is not recorded, so a replacement region
  // cannot be stated exactly.
  if (fix !== undefined) text += `\nFix:\n${sarifText(fix, true)}`;
  return text;
}

/**
 * Stable across runs: rule, target and message, never the line (editing lines above a
 * finding must not turn it into a new alert). Findings that share all three are told apart
 * by their order, as CodeQL's own `hash:n` fingerprints do.
 */
function fingerprint(f: Finding, seen: Map<string, number>): string {
  const hash = createHash("sha256")
    .update([f.rule, targetOf(f.location), f.message].join("\u0000"))
    .digest("hex")
    .slice(0, 32);
  const n = (seen.get(hash) ?? 0) + 1;
  seen.set(hash, n);
  return `${hash}:${n}`;
}

/**
 * The SARIF 2.1.0 log for GitHub code scanning: one run, every catalog rule as a descriptor
 * (so rule indexes stay the same from run to run), one result per distinct finding.
 */
export function buildSarif(
  report: LintReport,
  rules: readonly RuleMeta[],
  opts: SarifOptions,
): SarifLog {
  const metas = [...rules];
  const index = new Map(metas.map((r, i) => [r.id, i]));
  const merged = mergeDuplicates(report.findings);
  for (const m of merged) {
    if (index.has(m.finding.rule)) continue;
    index.set(m.finding.rule, metas.length);
    metas.push(unknownRule(m.finding.rule, m.severity));
  }

  // Looked up per finding without a file: a list search would be quadratic with many domains.
  // The first entry wins, as a search in report order would.
  const domains = new Map<string, DomainReport>();
  for (const d of report.domains) if (!domains.has(d.domain)) domains.set(d.domain, d);

  const docsBase = opts.docsBase ?? DOCS_BASE_URL;
  const seen = new Map<string, number>();
  const results = merged.map((m): SarifResult => {
    const f = m.finding;
    const result: SarifResult = {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule)!,
      level: LEVELS[m.severity],
      message: { text: resultMessage(m) },
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f, seen) },
    };
    const locations = locate(f, domains, opts);
    if (locations) result.locations = locations;
    const properties: NonNullable<SarifResult["properties"]> = {};
    if (m.domains.length > 0) properties.domains = m.domains;
    if (f.location.file === undefined && f.location.url) properties.url = f.location.url;
    if (f.location.file === undefined && f.location.host) properties.host = f.location.host;
    if (Object.keys(properties).length > 0) result.properties = properties;
    return result;
  });

  return {
    $schema: SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: opts.toolName ?? "mta-sts-lint",
            version: opts.toolVersion,
            semanticVersion: opts.toolVersion,
            informationUri: opts.informationUri,
            rules: metas.map((meta) => ruleDescriptor(meta, docsBase, opts.ruleHelp?.(meta.id))),
          },
        },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}

/** `--format sarif` / the `sarif-file` input: the log as JSON text that is safe to print. */
export function formatSarif(
  report: LintReport,
  rules: readonly RuleMeta[],
  opts: SarifOptions,
): string {
  return `${safeJsonStringify(buildSarif(report, rules, opts))}\n`;
}
