import type { DomainModel } from "../model/domain.js";
import type { DomainSettings } from "../settings/types.js";
import type { PolicyCache } from "./policy.js";
import type { ZoneCache } from "./zone.js";

/**
 * Builds one domain's model from its files, read through the caches (the working tree's, or
 * a base revision's); never throws (a failure is an input problem).
 */
export function buildDomain(
  entry: DomainSettings,
  policies: PolicyCache,
  zones: ZoneCache,
): DomainModel {
  const model: DomainModel = { name: entry.domain, problems: [] };
  if (entry.policy !== undefined) {
    model.policyFile = entry.policy;
    try {
      const loaded = policies.get(entry.policy, entry.hosting);
      model.policyFile = loaded.file;
      if (loaded.policy) model.policy = loaded.policy;
      if (loaded.site) model.site = loaded.site;
      if (loaded.problem) model.problems.push(loaded.problem);
    } catch (err) {
      model.problems.push({ file: entry.policy, area: "policy", reason: internalReason(err) });
    }
  }
  if (entry.zone !== undefined) {
    model.zoneFile = entry.zone;
    try {
      const loaded = zones.load(entry.domain, entry.zone, entry.zoneFormat);
      model.zoneFile = loaded.file;
      if (loaded.zone) model.zone = loaded.zone;
      if (loaded.problem) model.problems.push(loaded.problem);
    } catch (err) {
      model.problems.push({ file: entry.zone, area: "zone", reason: internalReason(err) });
    }
  }
  return model;
}

function internalReason(err: unknown): string {
  return `internal error while reading it (${err instanceof Error ? err.message : String(err)})`;
}
