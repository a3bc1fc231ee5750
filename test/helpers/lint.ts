import type { DomainModel } from "../../src/model/domain.js";
import type { Finding } from "../../src/model/finding.js";
import type { ConfigIssue, Rule } from "../../src/model/rule.js";
import { indexRecords, type ZoneModel } from "../../src/model/zone.js";
import { parseLeanMasterFile, ZoneInterest } from "../../src/model/zone-interest.js";
import { parsePolicy } from "../../src/parse/policy.js";
import { runRules } from "../../src/rules/engine.js";

export interface ModelInput {
  /** Policy domain; default "example.com". */
  domain?: string;
  /** Policy body (omit for no policy). */
  policy?: string;
  policyFile?: string;
  /** Zone file text in master-file syntax, origin = the domain (omit for no zone). */
  zone?: string;
  zoneFile?: string;
}

/** Builds a DomainModel from texts with the real parsers. */
export function buildDomain(input: ModelInput): DomainModel {
  const name = input.domain ?? "example.com";
  const model: DomainModel = { name, problems: [] };
  if (input.policy !== undefined) {
    model.policyFile = input.policyFile ?? "mta-sts.txt";
    model.policy = parsePolicy(input.policy, { file: model.policyFile });
  }
  if (input.zone !== undefined) {
    model.zoneFile = input.zoneFile ?? `zones/${name}.zone`;
    // The lean model, as a run builds it: rule tests judge exactly what the CLI keeps.
    const parsed = parseLeanMasterFile(
      input.zone,
      { file: model.zoneFile, origin: name },
      new ZoneInterest([name]),
    );
    const zone: ZoneModel = {
      file: model.zoneFile,
      format: "bind",
      origin: parsed.declaredOrigin ?? name,
      records: parsed.records,
      issues: parsed.issues,
      byName: indexRecords(parsed.records),
      counts: parsed.counts,
      nodesBelow: parsed.nodesBelow,
    };
    model.zone = zone;
  }
  return model;
}

/** Runs the given rules on one domain built from texts. */
export function lintWith(rules: Rule | Rule[], input: ModelInput): Finding[] {
  return runRules(Array.isArray(rules) ? rules : [rules], {
    domains: [buildDomain(input)],
    configIssues: [],
  });
}

/** Runs rules over ready models (e.g. with input problems) and config issues. */
export function lintModels(
  rules: Rule | Rule[],
  domains: DomainModel[],
  configIssues: ConfigIssue[] = [],
): Finding[] {
  return runRules(Array.isArray(rules) ? rules : [rules], { domains, configIssues });
}

/** A minimal valid zone for example.com with the given extra lines (origin example.com.). */
export function zoneWith(...lines: string[]): string {
  return [
    "$ORIGIN example.com.",
    "$TTL 3600",
    "@ IN SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 300",
    "@ IN NS ns1.example.com.",
    ...lines,
    "",
  ].join("\n");
}

/**
 * A policy body in the given mode with the given mx patterns: version on line 1, mode on
 * line 2, the mx lines from line 3 on, then max_age 604800 and a final line end.
 */
export function policyText(mode: string, ...mx: string[]): string {
  return [
    "version: STSv1",
    `mode: ${mode}`,
    ...mx.map((m) => `mx: ${m}`),
    "max_age: 604800",
    "",
  ].join("\n");
}
