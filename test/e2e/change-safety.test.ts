import { afterEach, describe, expect, it } from "vitest";
import { runAction, runActionAsync } from "../helpers/runner.js";
import { published, ZONE_PATH } from "../sources/base/fixtures.js";
import { TestRepo } from "../sources/base/git-repo.js";
import { type FakeGitHub, startFakeGitHub } from "../sources/base/github-api-server.js";

const MX1 = "mx1.example.net";
const MX3 = "mx3.example.org";

/** The `pull_request` event payload as GitHub writes it to GITHUB_EVENT_PATH (the parts read). */
function pullRequest(baseSha: string, headSha: string) {
  return {
    name: "pull_request",
    payload: {
      action: "synchronize",
      number: 7,
      pull_request: {
        number: 7,
        base: { ref: "main", sha: baseSha },
        head: { ref: "mx3", sha: headSha },
      },
      repository: {
        full_name: "acme/infrastructure",
        name: "infrastructure",
        owner: { login: "acme" },
      },
    },
  };
}

let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("the action on a pull request (base-ref defaults to the pull request's base SHA)", () => {
  it("full history (fetch-depth: 0): an MX added with its policy at once is annotated at the MX line; the summary shows the timeline", () => {
    const repo = new TestRepo();
    const base = repo.commit(published({ id: "1", policyMx: [MX1], zoneMx: [MX1] }));
    const head = repo.commit(published({ id: "2", policyMx: [MX1, MX3], zoneMx: [MX1, MX3] }));
    const run = runAction({ workspace: repo.root, event: pullRequest(base, head) });
    expect(run.stdout).toMatch(
      new RegExp(
        `::error title=change-mx-not-in-published-policy,file=${ZONE_PATH},line=8,[^:]*::example.com: MX host "${MX3}" is new`,
      ),
    );
    expect(run.stdout).toContain("::notice title=change-deploy-order,");
    expect(run.outputs.result).toBe("fail");
    expect(run.outputs.errors).toBe("1");
    expect(run.summary).toContain("### Change safety");
    expect(run.summary).toContain("Safety timeline for <code>example.com</code>");
    expect(run.summary).toContain(`Add ${MX3} to the MX records`);
    expect(run.summary).toMatch(
      /max_age 1209600 s = 14 days.*\(earliest <code>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/code>\)/,
    );
    // The text report in the log has the timeline too.
    expect(run.stdout).toContain("Safety timeline for example.com:");
  });

  it("actions/checkout's default shallow clone: the base files come from the contents API with github-token", async () => {
    const repo = new TestRepo();
    const base = repo.commit(published({ id: "20260101", policyMx: [MX1], zoneMx: [MX1] }));
    const head = repo.commit(
      published({ id: "20260101", policyMx: [MX1, "mx2.example.net"], zoneMx: [MX1] }),
    );
    server = await startFakeGitHub(repo.root, "serve");
    const run = await runActionAsync({
      workspace: repo.shallowClone(),
      event: pullRequest(base, head),
      env: { GITHUB_API_URL: server.url, GITHUB_SHA: head },
    });
    expect(run.stdout).toMatch(
      new RegExp(`::error title=change-id-not-bumped,file=${ZONE_PATH},line=5,`),
    );
    // One compare request (the policy file changed), then the files at the base SHA: the
    // configuration, the policy, the zone, and the six site markers around the policy.
    const [compare, ...contents] = server.requests;
    expect(compare.path).toBe(`/repos/acme/infrastructure/compare/${base}...${head}`);
    expect(contents).toHaveLength(9);
    expect(new Set(contents.map((r) => r.ref))).toEqual(new Set([base]));
    expect(run.outputs.result).toBe("fail");
  });

  it("shallow clone and the API refusing (403): one notice on how to enable the checks, and the run passes", async () => {
    const repo = new TestRepo();
    const base = repo.commit(published({ id: "1", policyMx: [MX1], zoneMx: [MX1] }));
    const head = repo.commit(published({ id: "1", policyMx: [MX1, MX3], zoneMx: [MX1] }));
    server = await startFakeGitHub(repo.root, "forbidden");
    const run = await runActionAsync({
      workspace: repo.shallowClone(),
      event: pullRequest(base, head),
      env: { GITHUB_API_URL: server.url },
    });
    const notices = run.stdout
      .split("\n")
      .filter((l) => l.startsWith("::notice::mta-sts-lint: change-safety checks skipped"));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain("fetch-depth: 0");
    expect(notices[0]).toContain("contents: read");
    expect(run.stdout).not.toContain("title=change-");
    expect(run.outputs.result).toBe("pass");
    expect(run.status).toBe(0);
  });
});
