import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gitBytes } from "./git-repo.js";

export type ApiBehaviour =
  | "serve"
  | "not-found"
  | "forbidden"
  | "rate-limited-403"
  | "rate-limited-429";

export interface FakeGitHub {
  url: string;
  requests: { path: string; ref: string | null; accept: string; auth: string }[];
  close(): Promise<void>;
}

/**
 * A loopback server that answers `GET /repos/{owner}/{repo}/contents/{path}?ref=` (and the
 * compare endpoint) as GitHub's
 * REST API does: the raw file (media type `application/vnd.github.raw`) from a real
 * repository at `ref`, 404 with GitHub's JSON error for a missing file, and the 403/429
 * answers of a token without `contents: read` or an exhausted rate limit.
 */
/** `GET /repos/{owner}/{repo}/compare/{base}...{head}`: the files changed, from real git. */
function answerCompare(res: ServerResponse, repoDir: string, base: string, head: string): void {
  let out: string;
  try {
    out = gitBytes(repoDir, "diff", "--name-status", "-z", "-M", base, head).toString("utf8");
  } catch {
    res.writeHead(404, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify({ message: "Not Found", status: "404" }));
    return;
  }
  const parts = out.split("\0").filter((p) => p !== "");
  const files: { filename: string; status: string; previous_filename?: string }[] = [];
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++];
    if (status.startsWith("R")) {
      const previous = parts[i++];
      files.push({ filename: parts[i++], status: "renamed", previous_filename: previous });
    } else
      files.push({
        filename: parts[i++],
        status: status === "A" ? "added" : status === "D" ? "removed" : "modified",
      });
  }
  res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify({ status: "ahead", ahead_by: 1, behind_by: 0, total_commits: 1, files }));
}

export async function startFakeGitHub(
  repoDir: string,
  behaviour: ApiBehaviour = "serve",
): Promise<FakeGitHub> {
  const requests: FakeGitHub["requests"] = [];
  const json = (
    res: import("node:http").ServerResponse,
    status: number,
    body: unknown,
    headers = {},
  ) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
    res.end(JSON.stringify(body));
  };
  const server: Server = createServer((req: IncomingMessage, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const m = /^\/repos\/acme\/infrastructure\/contents\/(.+)$/.exec(url.pathname);
    const ref = url.searchParams.get("ref");
    requests.push({
      path: m ? decodeURIComponent(m[1]) : url.pathname,
      ref,
      accept: String(req.headers.accept ?? ""),
      auth: String(req.headers.authorization ?? ""),
    });
    const notFound = () =>
      json(res, 404, {
        message: "Not Found",
        documentation_url: "https://docs.github.com/rest/repos/contents#get-repository-content",
        status: "404",
      });
    const compare = /^\/repos\/acme\/infrastructure\/compare\/([0-9a-f]+)\.\.\.([0-9a-f]+)$/.exec(
      url.pathname,
    );
    if (compare && behaviour === "serve")
      return answerCompare(res, repoDir, compare[1], compare[2]);
    if (!m || req.method !== "GET") return notFound();
    if (behaviour === "forbidden")
      return json(res, 403, { message: "Resource not accessible by integration", status: "403" });
    if (behaviour === "rate-limited-403")
      return json(
        res,
        403,
        { message: "API rate limit exceeded for installation.", status: "403" },
        {
          "x-ratelimit-limit": "1000",
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": "1796000000",
        },
      );
    if (behaviour === "rate-limited-429")
      return json(
        res,
        429,
        { message: "You have exceeded a secondary rate limit.", status: "429" },
        { "retry-after": "60" },
      );
    if (behaviour === "not-found") return notFound();
    let body: Buffer;
    try {
      // git cat-file prints the blob's bytes exactly; a missing path makes it fail.
      body = gitBytes(repoDir, "cat-file", "blob", `${ref}:${decodeURIComponent(m[1])}`);
    } catch {
      return notFound();
    }
    res.writeHead(200, { "content-type": "application/vnd.github.raw; charset=utf-8" });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
