import { shortRevision } from "../../model/change.js";
import type { DomainModel } from "../../model/domain.js";
import type { ZoneModel } from "../../model/zone.js";
import type { Settings } from "../../settings/types.js";
import { type ApiAccess, apiAccessProblem } from "./api-access.js";
import { gitPrefix, openGitRevision, pathsChanged, workingTreeClean } from "./git.js";
import type { RevisionReader, Unavailable } from "./reader.js";
import { BaseUnavailable, readBaseView } from "./snapshot.js";

/** What reading the base revision needs from the outside world (git, GitHub's API). */
export interface BaseDeps {
  /** Environment for the GitHub API fallback (GITHUB_API_URL, GITHUB_REPOSITORY). */
  env?: NodeJS.ProcessEnv;
  /** Token for GitHub's contents API (the action's `github-token`); none: git only. */
  token?: string;
  /** The run's clock: suggested ids and the safety timeline's times. */
  now?: () => Date;
  /** The git executable (default: `git` on the PATH). */
  git?: string;
  /** Opens GitHub's contents API at a revision (the action passes it); none: git only. */
  openApi?: (access: ApiAccess) => RevisionReader;
}

const HOW_TO_ENABLE =
  "To enable them, check out the history (actions/checkout with fetch-depth: 0) or let the job's token read the repository (permissions: contents: read) so the base files can be read through GitHub's API.";

/** The one note of a run whose change checks could not run, and how to enable them. */
function skippedNote(revision: string, reasons: readonly Unavailable[]): string {
  const why = reasons.map((r) => `${r.via}: ${r.reason}`).join("; ");
  return `change-safety checks skipped: the base revision ${revision} could not be read (${why}). ${HOW_TO_ENABLE}`;
}

/** Every working-tree file the comparison depends on: configuration, policies, zones, includes. */
function relevantPaths(settings: Settings, models: readonly DomainModel[]): string[] {
  const paths = new Set<string>();
  if (settings.configFile !== undefined) paths.add(settings.configFile);
  for (const d of settings.domains) {
    if (d.policy !== undefined) paths.add(d.policy);
    if (d.zone !== undefined) paths.add(d.zone);
  }
  const zones = new Set<ZoneModel>();
  for (const m of models) {
    if (m.policyFile !== undefined) paths.add(m.policyFile);
    if (m.zoneFile !== undefined) paths.add(m.zoneFile);
    if (m.zone) zones.add(m.zone);
  }
  // A zone shared by many domains is one model: its files are gathered once.
  for (const zone of zones) {
    // A lean zone keeps only some records, so its list of files is what tells the includes.
    for (const file of zone.files ?? [zone.file]) paths.add(file);
    if (!zone.files) for (const r of zone.records) paths.add(r.file);
  }
  return [...paths].filter((p) => !p.startsWith("../"));
}

/** git when the base commit is in the clone, else GitHub's contents API when it may be used. */
async function openReader(
  settings: Settings,
  revision: string,
  deps: BaseDeps,
): Promise<{ reader: RevisionReader; tried: Unavailable[] } | { reasons: Unavailable[] }> {
  const git = await openGitRevision(settings.cwd, revision, deps.git);
  if (git.ok) return { reader: git.reader, tried: [] };
  const reasons: Unavailable[] = [{ via: "git", reason: git.reason }];
  if (!deps.openApi) return { reasons };
  const env = deps.env ?? {};
  const problem = apiAccessProblem(deps.token, env.GITHUB_REPOSITORY);
  if (problem) return { reasons: [...reasons, { via: "GitHub's contents API", reason: problem }] };
  const prefix = (await gitPrefix(settings.cwd, deps.git)) ?? "";
  return {
    reader: deps.openApi({
      token: deps.token as string,
      repository: env.GITHUB_REPOSITORY as string,
      apiUrl: env.GITHUB_API_URL || "https://api.github.com",
      ref: revision,
      prefix,
      ...(env.GITHUB_SHA ? { head: env.GITHUB_SHA } : {}),
    }),
    tried: reasons,
  };
}

/**
 * Attaches the base revision's view to each domain model (`model.base`) when the run
 * compares with a base revision (`settings.base`). Returns run-wide notes: why the comparison
 * was skipped (never a failure), domains the base configured that this revision dropped, and
 * domains new to the configuration.
 *
 * A pull request that touches none of the MTA-STS files costs one `git diff` (in a shallow
 * checkout: `git status` and one compare request) and adds nothing: the base view is then the
 * head view itself.
 */
export async function attachBase(
  models: DomainModel[],
  settings: Settings,
  deps: BaseDeps = {},
): Promise<string[]> {
  const revision = settings.base;
  if (!revision) return [];
  const shown = shortRevision(revision);
  const checkedAt = (deps.now ?? (() => new Date()))();
  const paths = relevantPaths(settings, models);
  const unchanged = () => {
    for (const m of models) m.base = { revision, checkedAt, model: m };
    return [];
  };
  if ((await pathsChanged(settings.cwd, revision, paths, deps.git)) === "unchanged")
    return unchanged();
  const opened = await openReader(settings, revision, deps);
  if ("reasons" in opened) return [skippedNote(revision, opened.reasons)];
  // Without the history, GitHub's compare API answers the same question in one request.
  if (
    opened.reader.changed &&
    (await workingTreeClean(settings.cwd, paths, deps.git)) &&
    (await opened.reader.changed(paths)) === "unchanged"
  )
    return unchanged();
  let view: Awaited<ReturnType<typeof readBaseView>>;
  try {
    view = await readBaseView(opened.reader, settings, models);
  } catch (err) {
    if (!(err instanceof BaseUnavailable)) throw err;
    return [skippedNote(revision, [...opened.tried, { via: err.via, reason: err.reason }])];
  }
  const added: string[] = [];
  for (const m of models) {
    const base = view.models.get(m.name);
    m.base = base ? { revision, checkedAt, model: base } : { revision, checkedAt };
    if (base === null) added.push(m.name);
  }
  // With sharding every job reads the same configuration: one of them says it.
  const sayOnce = !settings.shard || settings.shard.index === 1;
  const dropped = sayOnce
    ? view.dropped.map(
        (d) =>
          `${d} is configured at ${shown} but no longer in this revision's configuration, so its change safety is not checked. Dropping a domain from the linter does not unpublish its policy; if its MTA-STS is being retired, follow RFC 8461 §8.3 (publish mode none with a new id first, remove the record and policy host after the old max_age).`,
      )
    : [];
  // A domain new to the configuration is compared with nothing; a rename shows as a dropped
  // domain and a new one, each named.
  const fresh = added.map(
    (d) =>
      `${d} is new in this revision's configuration (not configured at ${shown}), so there is no published policy to compare it with. For its first publication, serve the policy file before publishing the _mta-sts record (RFC 8461 §8.1).`,
  );
  return [...view.notes, ...dropped, ...fresh];
}
