import { getOctokit } from "@actions/github";
import type { ApiAccess } from "./api-access.js";
import type { BaseFile, RevisionReader } from "./reader.js";

/** One contents request may take this long: a hung connection must not hang the run. */
const REQUEST_TIMEOUT_MS = 20000;

/** Requests in flight at once: a handful of files, without tripping secondary rate limits. */
const CONCURRENT_REQUESTS = 4;

/** The compare API lists at most this many files in its first page; more: read the files. */
const COMPARE_PAGE = 300;

interface HttpError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

/** Why a contents request failed, as the note says it. */
function failureReason(err: HttpError): string {
  const headers = err.response?.headers ?? {};
  const status = err.status;
  if (status === 429 || (status === 403 && String(headers["x-ratelimit-remaining"]) === "0")) {
    const reset = Number(headers["x-ratelimit-reset"]);
    const when =
      Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : "";
    return `GitHub's API rate limit is exhausted${when}`;
  }
  if (status === 401) return "GitHub's API rejected the token (401)";
  if (status === 403)
    return "the token may not read the repository's contents (403; the workflow needs permissions: contents: read)";
  const message = (err.message ?? String(err)).split("\n")[0];
  // A network failure has no answer at all (Octokit reports it as status 500).
  if (!err.response) return `GitHub's API could not be reached (${message})`;
  return status
    ? `GitHub's API answered ${status} (${message})`
    : `GitHub's API could not be reached (${message})`;
}

/** A raw contents answer: text (charset given) or bytes; a JSON listing means a directory. */
function bodyBytes(data: unknown): Uint8Array | undefined {
  if (typeof data === "string") return new TextEncoder().encode(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data))
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return undefined;
}

/**
 * Reads base files through GitHub's contents API (`GET /repos/{owner}/{repo}/contents/{path}`
 * with `ref` and the raw media type), for checkouts without the base commit: 404 is a missing
 * file; 401, 403 and 429 (permissions, rate limits) make the comparison unavailable.
 */
export function apiReader(access: ApiAccess): RevisionReader {
  const octokit = getOctokit(access.token, { baseUrl: access.apiUrl.replace(/\/+$/, "") });
  const [owner, repo] = access.repository.split("/");
  const readOne = async (path: string): Promise<BaseFile> => {
    try {
      const response = await octokit.rest.repos.getContent({
        owner,
        repo,
        path: `${access.prefix}${path}`,
        ref: access.ref,
        mediaType: { format: "raw" },
        request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
      });
      const bytes = bodyBytes(response.data);
      return bytes ? { state: "found", bytes } : { state: "missing" };
    } catch (err) {
      const e = err as HttpError;
      if (e.status === 404) return { state: "missing" };
      return { state: "unavailable", reason: failureReason(e) };
    }
  };
  /**
   * One request instead of one per file for a pull request that touches none of the paths:
   * `GET /repos/{owner}/{repo}/compare/{base}...{head}` lists the files that changed.
   */
  const changed = async (paths: readonly string[]) => {
    if (!access.head) return "unknown" as const;
    try {
      const response = await octokit.rest.repos.compareCommitsWithBasehead({
        owner,
        repo,
        basehead: `${access.ref}...${access.head}`,
        per_page: COMPARE_PAGE,
        request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
      });
      const files = response.data.files;
      if (!Array.isArray(files) || files.length >= COMPARE_PAGE) return "unknown" as const;
      const touched = new Set(files.flatMap((f) => [f.filename, f.previous_filename ?? ""]));
      return paths.some((p) => touched.has(`${access.prefix}${p}`))
        ? ("changed" as const)
        : ("unchanged" as const);
    } catch {
      return "unknown" as const;
    }
  };
  return {
    via: "GitHub's contents API",
    changed,
    async read(paths) {
      const out = new Map<string, BaseFile>();
      const queue = paths.filter((p) => !p.startsWith("../"));
      for (const p of paths) if (p.startsWith("../")) out.set(p, { state: "missing" });
      const worker = async () => {
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          out.set(path, await readOne(path));
        }
      };
      await Promise.all(Array.from({ length: CONCURRENT_REQUESTS }, worker));
      return out;
    },
  };
}
