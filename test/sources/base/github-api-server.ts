import { createServer, type IncomingMessage, type Server } from "node:http";
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
 * A loopback server that answers `GET /repos/{owner}/{repo}/contents/{path}?ref=` as GitHub's
 * REST API does: the raw file (media type `application/vnd.github.raw`) from a real
 * repository at `ref`, 404 with GitHub's JSON error for a missing file, and the 403/429
 * answers of a token without `contents: read` or an exhausted rate limit.
 */
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
