/**
 * Shared scaffolding for the acceptance vectors: every vector runs through all rules together
 * (the registry in its real order), so duplicates and cascades between rules show up as they
 * would for a user.
 */
import { expect } from "vitest";
import type { Finding } from "../../src/model/finding.js";
import { RULES } from "../../src/rules/index.js";
import { lintWith, type ModelInput } from "../helpers/lint.js";

/** Lints one domain (example.com unless said otherwise) with every rule of the registry. */
export function lintAll(input: ModelInput): Finding[] {
  return lintWith([...RULES], input);
}

/** The rule IDs that fired, sorted, one entry per finding (so a repeated finding shows). */
export function ruleIds(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.rule).sort();
}

/** A policy every rule accepts for example.com with the zone below. */
export const GOOD_POLICY = "version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n";

/** A TXT character-string in master-file syntax: quotes and backslashes escaped. */
export function quotedString(text: string): string {
  return `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

export interface ZoneParts {
  /** `_mta-sts` TXT data as written after "TXT" (null: no record). */
  sts?: string | null;
  /** `_smtp._tls` TXT data as written after "TXT" (null: no record). */
  tlsrpt?: string | null;
  /** MX lines at the apex (default: one MX for mail.example.com). */
  mx?: string[];
  /** Whether mta-sts.example.com has an address (default true). */
  policyHost?: boolean;
  /** More lines, appended. */
  extra?: string[];
}

/**
 * A complete example.com zone: SOA, NS, MX, the policy host, the `_mta-sts` and `_smtp._tls`
 * records. Everything not overridden is valid, so a vector changes one thing only.
 */
export function zone(parts: ZoneParts = {}): string {
  const lines = [
    "$ORIGIN example.com.",
    "$TTL 3600",
    "@ IN SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 300",
    "@ IN NS ns1.example.com.",
    ...(parts.mx ?? ["@ IN MX 10 mail.example.com."]),
    "mail IN A 192.0.2.1",
  ];
  if (parts.policyHost !== false) lines.push("mta-sts IN A 192.0.2.2");
  const sts = parts.sts === undefined ? quotedString("v=STSv1; id=20240101000000") : parts.sts;
  if (sts !== null) lines.push(`_mta-sts IN TXT ${sts}`);
  const tlsrpt =
    parts.tlsrpt === undefined
      ? quotedString("v=TLSRPTv1; rua=mailto:tls@example.com")
      : parts.tlsrpt;
  if (tlsrpt !== null) lines.push(`_smtp._tls IN TXT ${tlsrpt}`);
  return [...lines, ...(parts.extra ?? []), ""].join("\n");
}

/** The line of a zone text that starts with `prefix` (1-based), for position assertions. */
export function lineOf(zoneText: string, prefix: string): number {
  const index = zoneText.split("\n").findIndex((l) => l.startsWith(prefix));
  expect(index, `no line starts with ${prefix}`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** Where a finding points: "line:column-endLine:endColumn". */
export function where(f: Finding | undefined): string {
  const s = f?.location.span;
  return s ? `${s.line}:${s.column}-${s.endLine}:${s.endColumn}` : "-";
}

/** The one finding of a rule (fails when there is none or several). */
export function only(findings: readonly Finding[], rule: string): Finding {
  const of = findings.filter((f) => f.rule === rule);
  expect(of, `${rule} findings`).toHaveLength(1);
  return of[0];
}
