import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { changeFindings, checkAgainst, POLICY_PATH, published, ZONE_PATH } from "./fixtures.js";
import { TestRepo } from "./git-repo.js";
import { type ApiBehaviour, type FakeGitHub, startFakeGitHub } from "./github-api-server.js";

const MX1 = "mx1.example.net";
const TOKEN = "ghs_test_token_contents_read";

let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/**
 * actions/checkout's default (fetch-depth: 1): the base commit is not in the clone, so the
 * base files come from GitHub's contents API, here a loopback server that answers like it.
 */
async function shallowPullRequest(behaviour: ApiBehaviour) {
  const repo = new TestRepo();
  const base = repo.commit(published({ id: "20260101", policyMx: [MX1], zoneMx: [MX1] }));
  // The policy gains an mx line under the same id: change-id-not-bumped when the base is read.
  repo.commit(published({ id: "20260101", policyMx: [MX1, "mx2.example.net"], zoneMx: [MX1] }));
  const clone = repo.shallowClone();
  server = await startFakeGitHub(repo.root, behaviour);
  const env = { GITHUB_REPOSITORY: "acme/infrastructure", GITHUB_API_URL: server.url };
  const report = await checkAgainst(clone, base, { token: TOKEN, env });
  return { report, base, requests: server.requests };
}

describe("base revision through GitHub's contents API (shallow checkout)", () => {
  it("200 raw answers: the base files are read at the base SHA with the token, and the rules run", async () => {
    const { report, base, requests } = await shallowPullRequest("serve");
    expect(changeFindings(report)).toEqual([`change-id-not-bumped@${ZONE_PATH}:5`]);
    expect(report.notes).toEqual([]);
    // The site around the policy (GitHub Pages markers, at the policy's folder and the root)
    // is read at the base too: a base policy is judged with the base's site settings.
    expect(requests.map((r) => r.path).sort()).toEqual([
      ".mta-sts-lint.yml",
      ".nojekyll",
      "CNAME",
      "_config.yml",
      "mta-sts/.nojekyll",
      "mta-sts/CNAME",
      "mta-sts/_config.yml",
      POLICY_PATH,
      ZONE_PATH,
    ]);
    for (const r of requests) {
      expect(r.ref).toBe(base);
      expect(r.accept).toMatch(/application\/vnd\.github(\.v3)?\.raw/);
      expect(r.auth).toBe(`token ${TOKEN}`);
    }
  });

  it("404 for every path: the files did not exist at the base (a new setup), nothing to compare, no note", async () => {
    const { report } = await shallowPullRequest("not-found");
    expect(changeFindings(report)).toEqual([]);
    expect(report.notes).toEqual([]);
    expect(report.domains[0].checks.change).toBe("pass");
  });

  it("403 without permission: one note naming contents: read and fetch-depth, change area skipped, no failure", async () => {
    const { report } = await shallowPullRequest("forbidden");
    expect(changeFindings(report)).toEqual([]);
    expect(report.domains[0].checks.change).toBe("skipped");
    expect(report.notes).toHaveLength(1);
    expect(report.notes?.[0]).toContain("403");
    // Both ways are named: git first (the shallow clone), then the API.
    expect(report.notes?.[0]).toMatch(
      /git: the commit [0-9a-f]{40} is not in the clone.*GitHub's contents API: /,
    );
    expect(report.notes?.[0]).toContain("contents: read");
    expect(report.notes?.[0]).toContain("fetch-depth: 0");
  });

  it.each([
    ["rate-limited-403", "rate limit is exhausted until 2026-11-30T"],
    ["rate-limited-429", "rate limit is exhausted"],
  ] as const)("%s: one note saying the rate limit is exhausted", async (behaviour, text) => {
    const { report } = await shallowPullRequest(behaviour);
    expect(report.domains[0].checks.change).toBe("skipped");
    expect(report.notes).toHaveLength(1);
    expect(report.notes?.[0]).toContain(text);
  });

  it("an API that cannot be reached (connection refused): one note, change area skipped", async () => {
    const repo = new TestRepo();
    const base = repo.commit(published({ id: "1", policyMx: [MX1], zoneMx: [MX1] }));
    repo.commit({
      [POLICY_PATH]: published({ id: "1", policyMx: [MX1, "mx2.example.net"], zoneMx: [] })[
        POLICY_PATH
      ],
    });
    const closed = await startFakeGitHub(repo.root);
    await closed.close();
    const env = { GITHUB_REPOSITORY: "acme/infrastructure", GITHUB_API_URL: closed.url };
    const report = await checkAgainst(repo.shallowClone(), base, { token: TOKEN, env });
    expect(report.domains[0].checks.change).toBe("skipped");
    expect(report.notes).toHaveLength(1);
    expect(report.notes?.[0]).toContain("GitHub's API could not be reached");
  });

  it("a pull request that touches nothing MTA-STS related: one compare request, no file read, no finding", async () => {
    const repo = new TestRepo();
    const base = repo.commit(published({ id: "1", policyMx: [MX1], zoneMx: [MX1] }));
    const head = repo.commit({ "README.md": "docs only\n" });
    server = await startFakeGitHub(repo.root, "serve");
    const env = {
      GITHUB_REPOSITORY: "acme/infrastructure",
      GITHUB_API_URL: server.url,
      GITHUB_SHA: head,
    };
    const report = await checkAgainst(repo.shallowClone(), base, { token: TOKEN, env });
    expect(report.findings).toEqual([]);
    expect(report.notes).toEqual([]);
    expect(report.domains[0].checks.change).toBe("pass");
    expect(server.requests.map((r) => r.path)).toEqual([
      `/repos/acme/infrastructure/compare/${base}...${head}`,
    ]);
  });

  it("a file generated in the working tree before the step (not in the commit): the compare answer is not trusted", async () => {
    const repo = new TestRepo();
    const base = repo.commit(published({ id: "1", policyMx: [MX1], zoneMx: [MX1] }));
    const head = repo.commit({ "README.md": "docs only\n" });
    server = await startFakeGitHub(repo.root, "serve");
    const clone = repo.shallowClone();
    writeFileSync(
      join(clone, POLICY_PATH),
      published({ id: "1", policyMx: [MX1, "mx2.example.net"], zoneMx: [] })[POLICY_PATH],
    );
    const env = {
      GITHUB_REPOSITORY: "acme/infrastructure",
      GITHUB_API_URL: server.url,
      GITHUB_SHA: head,
    };
    const report = await checkAgainst(clone, base, { token: TOKEN, env });
    expect(changeFindings(report)).toEqual([`change-id-not-bumped@${ZONE_PATH}:5`]);
    expect(server.requests.some((r) => r.path.startsWith("/repos/"))).toBe(false);
  });

  it("the compare answer names a configured file: the base files are read", async () => {
    const repo = new TestRepo();
    const base = repo.commit(published({ id: "1", policyMx: [MX1], zoneMx: [MX1] }));
    const head = repo.commit(
      published({ id: "1", policyMx: [MX1, "mx2.example.net"], zoneMx: [MX1] }),
    );
    server = await startFakeGitHub(repo.root, "serve");
    const env = {
      GITHUB_REPOSITORY: "acme/infrastructure",
      GITHUB_API_URL: server.url,
      GITHUB_SHA: head,
    };
    const report = await checkAgainst(repo.shallowClone(), base, { token: TOKEN, env });
    expect(changeFindings(report)).toEqual([`change-id-not-bumped@${ZONE_PATH}:5`]);
    // One compare request, then the three files and the six site markers around the policy.
    expect(server.requests).toHaveLength(10);
  });

  it("without a token the API is not tried: the note says why", async () => {
    const repo = new TestRepo();
    const base = repo.commit(published({ id: "1", policyMx: [MX1], zoneMx: [MX1] }));
    repo.commit({ "README.md": "x\n" });
    const report = await checkAgainst(repo.shallowClone(), base, {
      env: { GITHUB_REPOSITORY: "acme/infrastructure" },
    });
    expect(report.notes?.[0]).toContain("no github-token was given");
  });
});
