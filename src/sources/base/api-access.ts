/**
 * What reading a base revision through GitHub's contents API needs. The reader itself
 * (./github-api.ts, Octokit) is injected by the action: the command line reads with git only
 * and does not carry the API client.
 */
export interface ApiAccess {
  token: string;
  /** `owner/name` (GITHUB_REPOSITORY). */
  repository: string;
  /** GITHUB_API_URL (GitHub Enterprise Server has its own). */
  apiUrl: string;
  /** The commit to read (the pull request's base SHA). */
  ref: string;
  /** Where the working directory sits in the repository ("" at the top, else "dir/"). */
  prefix: string;
  /** The checked-out commit (GITHUB_SHA), for the one-request "nothing changed" answer. */
  head?: string;
}

/** The API fallback needs a token and the repository; why it cannot be used, when it cannot. */
export function apiAccessProblem(
  token: string | undefined,
  repository: string | undefined,
): string | undefined {
  if (!token) return "no github-token was given";
  if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository))
    return "GITHUB_REPOSITORY does not name the repository";
  return undefined;
}
