import type { DomainModel } from "../../model/domain.js";
import type { Settings } from "../../settings/types.js";

/** What reading the base revision needs from the outside world (git, GitHub's API). */
export interface BaseDeps {
  /** Environment for the GitHub API fallback (GITHUB_API_URL, GITHUB_REPOSITORY). */
  env?: NodeJS.ProcessEnv;
}

/**
 * Attaches the base revision's view to each domain model (`model.base`) when the run
 * compares with a base revision. Returns run-wide notes (e.g. why the comparison was skipped).
 */
export async function attachBase(
  _models: DomainModel[],
  settings: Settings,
  _deps: BaseDeps = {},
): Promise<string[]> {
  return settings.base
    ? ["change-safety checks against a base revision are not available in this version (skipped)"]
    : [];
}
