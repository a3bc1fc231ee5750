import type { DomainModel } from "./domain.js";
import { misspellingsOf } from "./field-names.js";
import { isAtOrBelow, isIpLiteral, normalizeHost, patternCovers } from "./hostname.js";
import { checkMxPattern } from "./mx-pattern.js";
import type { PolicyDoc, PolicyField, PolicyMode } from "./policy.js";
import { checksMx, effectiveMode, isPolicyMode, mxFields } from "./policy-semantics.js";
import { cnameAt } from "./records.js";
import { quoted } from "./wording.js";
import type { MxData, ZoneModel, ZoneRecord } from "./zone.js";

/**
 * The questions the MX-consistency rules ask about a domain: which MX records it publishes,
 * which of them are real hosts, and which policy `mx` patterns cover which host. Matching is
 * always `patternCovers` (RFC 8461 §4.1); nothing here re-implements it.
 */

/** An MX record of the domain whose exchange is a host a sender would connect to. */
export interface MxHost {
  record: ZoneRecord;
  data: MxData;
  /** The exchange as a lowercase A-label without trailing dot: what senders match. */
  host: string;
}

/** The MX records at the domain's own name, sorted out. */
export interface DomainMx {
  /** Every MX record at the domain (including ones whose RDATA could not be read). */
  records: ZoneRecord[];
  /** Null MX records (RFC 7505: exchange "."). */
  nullMx: ZoneRecord[];
  /** Exchanges written as IP addresses: not host names at all (mx-target-invalid). */
  ipLiterals: ZoneRecord[];
  /** Every other exchange: the hosts senders match against the policy. */
  hosts: MxHost[];
}

/** RFC 7505: a single "." exchange means "this domain accepts no mail". */
export function isNullMx(data: MxData): boolean {
  return data.exchange === "";
}

/** The exchange was written as an IP address (which a master file reads as a host name). */
export function exchangeIsIpLiteral(data: MxData): boolean {
  const written = data.exchangeText.endsWith(".")
    ? data.exchangeText.slice(0, -1)
    : data.exchangeText;
  return written.length > 0 && isIpLiteral(written);
}

function mxDataOf(record: ZoneRecord): MxData | undefined {
  return record.data?.kind === "MX" ? record.data : undefined;
}

/** The MX records the zone publishes for `name` (a normalised domain), sorted into kinds. */
export function domainMx(zone: ZoneModel, name: string): DomainMx {
  const result: DomainMx = { records: [], nullMx: [], ipLiterals: [], hosts: [] };
  for (const record of zone.byName.get(name) ?? []) {
    if (record.type !== "MX") continue;
    result.records.push(record);
    const data = mxDataOf(record);
    if (!data) continue;
    if (isNullMx(data)) result.nullMx.push(record);
    else if (exchangeIsIpLiteral(data)) result.ipLiterals.push(record);
    else result.hosts.push({ record, data, host: normalizeHost(data.exchange) });
  }
  return result;
}

/** What the coverage rules (mx-not-covered, mx-pattern-unused, mx-missing) work on. */
export interface CoverageInputs {
  policy: PolicyDoc;
  zone: ZoneModel;
  /** Only modes in which senders match MX names; mode none changes no delivery. */
  mode: "enforce" | "testing";
  patterns: PolicyField[];
  mx: DomainMx;
}

/**
 * The inputs of the coverage rules, or undefined when they have nothing to judge: no policy,
 * no zone, or a mode that makes senders check nothing (none, or missing/invalid — that is
 * `policy-mode`'s finding, and an invalid policy is ignored by senders).
 */
export function coverageInputs(domain: DomainModel): CoverageInputs | undefined {
  const { policy, zone } = domain;
  if (!policy || !zone) return undefined;
  const mode: PolicyMode | undefined = effectiveMode(policy) ?? modeOfMisspelledField(policy);
  if (!checksMx(mode)) return undefined;
  return { policy, zone, mode, patterns: mxFields(policy), mx: domainMx(zone, domain.name) };
}

/**
 * The mode a misspelled mode line means (`Mode: enforce`). Strict senders ignore such a policy
 * (`policy-mode` says so), but the author's intent is clear and lenient senders read it: the
 * MX coverage is judged against the intended mode, so fixing the name alone is not the last
 * surprise.
 */
function modeOfMisspelledField(policy: PolicyDoc): PolicyMode | undefined {
  const value = misspellingsOf(policy, "mode")[0]?.value;
  return value !== undefined && isPolicyMode(value) ? value : undefined;
}

/** The policy `mx` fields that cover a host (RFC 8461 §4.1 matching). */
export function coveringPatterns(patterns: readonly PolicyField[], host: string): PolicyField[] {
  return patterns.filter((p) => patternCovers(p.value, host));
}

/**
 * How the coverage rules read one `mx` line. A valid pattern is matched as senders match it.
 * An invalid one is `policy-mx-invalid`'s finding (rules.md, "One root cause, one finding"), so
 * the coverage rules read it as its author evidently meant it, and stay silent about the hosts
 * it was meant for: through its mechanical repair (a port, a URL, several names on one line),
 * else as a glob in which each "*" stands for any characters (`*.*.example.net`).
 */
export interface PatternReading {
  field: PolicyField;
  /** "valid": a pattern senders use; "repaired": invalid with an evident repair; "guessed": neither. */
  kind: "valid" | "repaired" | "guessed";
  covers(host: string): boolean;
}

export function readPattern(field: PolicyField): PatternReading {
  const { problems, corrected } = checkMxPattern(field.value);
  if (problems.length === 0) {
    return { field, kind: "valid", covers: (h) => patternCovers(field.value, h) };
  }
  if (corrected) {
    return { field, kind: "repaired", covers: (h) => corrected.some((p) => patternCovers(p, h)) };
  }
  const glob = globOf(field.value);
  return { field, kind: "guessed", covers: (h) => glob?.test(normalizeHost(h)) ?? false };
}

/** An invalid pattern as a glob ("*" = any characters), or undefined for an empty value. */
function globOf(value: string): RegExp | undefined {
  const v = normalizeHost(value.trim());
  if (v === "") return undefined;
  const source = v.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${source}$`);
}

/**
 * Is a host covered by the policy as its author meant it: by a valid pattern, or by the
 * evident reading of an invalid one (which `policy-mx-invalid` reports)?
 */
export function coveredAsMeant(readings: readonly PatternReading[], host: string): boolean {
  return readings.some((r) => r.covers(host));
}

/**
 * A master-file slip: an exchange written without its trailing dot is relative to the origin,
 * so "mail.example.com" in the example.com zone becomes "mail.example.com.example.com".
 * Returns the name the author evidently meant when the written name already ends with the
 * origin that was appended, or when a policy pattern covers the written name as it stands.
 */
export function intendedAbsoluteName(
  data: MxData,
  patterns: readonly PolicyField[] = [],
): string | undefined {
  const written = data.exchangeText.toLowerCase();
  if (written.endsWith(".") || !written.includes(".")) return undefined;
  const exchange = normalizeHost(data.exchange);
  if (!exchange.startsWith(`${written}.`)) return undefined;
  const appended = exchange.slice(written.length + 1);
  const intended = normalizeHost(written);
  if (isAtOrBelow(intended, appended)) return intended;
  return patterns.some((p) => patternCovers(p.value, intended)) ? intended : undefined;
}

/**
 * Why a pattern that looks close does not cover a host, in one sentence, or undefined when
 * the pattern is not a near miss. These are the mistakes seen in published policies:
 * `*.example.com` for the bare `example.com`, a wildcard expected to span two labels, and a
 * plain name expected to cover its subdomains.
 */
export function coverageHint(pattern: string, host: string): string | undefined {
  const p = normalizeHost(pattern);
  const h = normalizeHost(host);
  if (p.startsWith("*.")) {
    const base = p.slice(2);
    if (h === base) {
      return `A wildcard does not cover the name itself: ${quoted(p)} does not cover ${quoted(h)}.`;
    }
    if (h.endsWith(`.${base}`) && !patternCovers(p, h)) {
      return `A wildcard covers exactly one left-most label: ${quoted(p)} does not cover ${quoted(h)}.`;
    }
    return undefined;
  }
  if (p.length > 0 && h.endsWith(`.${p}`)) {
    return `A pattern without "*." covers only that exact name: ${quoted(p)} does not cover ${quoted(h)}.`;
  }
  return undefined;
}

/** The first hint any pattern gives for a host. */
export function firstCoverageHint(
  patterns: readonly PolicyField[],
  host: string,
): string | undefined {
  for (const p of patterns) {
    const hint = coverageHint(p.value, host);
    if (hint) return hint;
  }
  return undefined;
}

/** The CNAME the zone itself defines at `name`, followed to its final in-zone target. */
export function cnameChain(
  zone: ZoneModel,
  name: string,
): { record: ZoneRecord; target: string } | undefined {
  const first = cnameAt(zone, name);
  if (first?.data?.kind !== "NAME") return undefined;
  let target = first.data.target;
  const seen = new Set([name]);
  // A loop or a long chain is its own problem; stop where it starts repeating.
  while (!seen.has(target) && seen.size < 16) {
    seen.add(target);
    const next = cnameAt(zone, target);
    if (next?.data?.kind !== "NAME") break;
    target = next.data.target;
  }
  return { record: first, target };
}

/** The host as senders see it, with the written U-label form when the zone used one. */
export function describeHost(mx: MxHost): string {
  const written = mx.data.exchange.toLowerCase();
  return written === mx.host ? quoted(mx.host) : `${quoted(written)} (A-label ${quoted(mx.host)})`;
}
