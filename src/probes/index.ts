import type { DomainModel } from "../model/domain.js";
import type { Settings } from "../settings/types.js";

/** What the live probes need from the outside world (resolvers, lookup, ports). */
export interface LiveDeps {
  /** Environment for probes (resolvers, lookup, ports); filled in as probes arrive. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Probes the live world for each domain (`model.live`) when live checks are on. Returns
 * run-wide notes for the log.
 */
export async function observeLive(
  _models: DomainModel[],
  settings: Settings,
  _deps: LiveDeps = {},
): Promise<string[]> {
  return settings.live.enabled || settings.live.smtp
    ? ["live checks (live, smtp) are not available in this version (skipped)"]
    : [];
}
