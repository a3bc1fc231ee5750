import type { DomainModel } from "../model/domain.js";
import type { Finding, Location, Severity } from "../model/finding.js";
import type { PolicyDoc } from "../model/policy.js";
import type { ConfigIssue, Report, Rule } from "../model/rule.js";
import type { RuleSetting } from "../settings/types.js";

export interface EngineInput {
  domains: DomainModel[];
  configIssues: ConfigIssue[];
  /** Per-rule severity overrides from the configuration (`off` disables the rule). */
  overrides?: Record<string, RuleSetting>;
}

function policyLocation(policy: PolicyDoc, r: Report): Location {
  return r.location ?? { file: policy.source.file, url: policy.source.url, span: r.span };
}

/**
 * Every policy body the policy-* rules judge: the local file, then each body fetched live
 * (rules.md: "applied to the local file and to every live-fetched body"). Identical bodies
 * fetched over IPv4 and IPv6 are judged once, so one problem is one finding.
 */
function policyBodies(domain: DomainModel): PolicyDoc[] {
  const bodies: PolicyDoc[] = domain.policy ? [domain.policy] : [];
  const seen = new Set<string>();
  for (const family of domain.live?.https?.families ?? []) {
    const body = family.response?.body;
    if (!body) continue;
    const key = JSON.stringify([body.fields, body.issues, body.byteLength]);
    if (seen.has(key)) continue;
    seen.add(key);
    bodies.push(body);
  }
  return bodies;
}

/**
 * Runs the ordered rules over the models and returns findings in a stable order: by domain
 * (as configured), then rule order, then position. A rule that throws becomes a finding of
 * its own instead of hiding the other rules' results.
 */
export function runRules(rules: readonly Rule[], input: EngineInput): Finding[] {
  const findings: Finding[] = [];
  const overrides = input.overrides ?? {};

  const emit = (rule: Rule, r: Report, location: Location, domain?: string) => {
    const setting = overrides[rule.meta.id];
    if (setting === "off") return;
    const severity: Severity = setting ?? r.severity ?? rule.meta.defaultSeverity;
    const finding: Finding = { rule: rule.meta.id, severity, message: r.message, location };
    if (domain !== undefined) finding.domain = domain;
    const area = r.area ?? rule.meta.area ?? undefined;
    if (area) finding.area = area;
    if (r.fix !== undefined) finding.fix = r.fix;
    findings.push(finding);
  };

  const guarded = (rule: Rule, domain: string | undefined, fn: () => void) => {
    if (overrides[rule.meta.id] === "off") return;
    try {
      fn();
    } catch (err) {
      // A bug in one rule must not hide the others' findings; say so loudly instead.
      findings.push({
        rule: rule.meta.id,
        severity: "error",
        domain,
        message: `internal error in rule ${rule.meta.id}: ${err instanceof Error ? err.message : String(err)}`,
        location: {},
      });
    }
  };

  for (const rule of rules) {
    if (rule.scope !== "run") continue;
    guarded(rule, undefined, () =>
      rule.check({
        configIssues: input.configIssues,
        report: (r) => emit(rule, r, r.location ?? {}, r.domain),
      }),
    );
  }

  for (const domain of input.domains) {
    for (const rule of rules) {
      if (rule.scope === "policy") {
        for (const policy of policyBodies(domain)) {
          guarded(rule, domain.name, () =>
            rule.check({
              domain: domain.name,
              policy,
              report: (r) => emit(rule, r, policyLocation(policy, r), domain.name),
            }),
          );
        }
      } else if (rule.scope === "domain") {
        guarded(rule, domain.name, () =>
          rule.check({
            domain,
            report: (r) => emit(rule, r, r.location ?? {}, domain.name),
          }),
        );
      }
    }
  }
  return findings;
}
