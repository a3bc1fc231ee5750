import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../temp-repo.js";
import { changeFindings, checkAgainst, POLICY_PATH, published, ZONE_PATH } from "./fixtures.js";
import { TestRepo } from "./git-repo.js";

const MX1 = "mx1.example.net";
const MX3 = "mx3.example.org";

describe("base revision read with git (RFC 8461 §8: changes judged against what senders cached)", () => {
  it("a policy edited under the same id: change-id-not-bumped at the head's _mta-sts line; change area fails", async () => {
    const repo = new TestRepo();
    const base = repo.commit(published({ id: "20260101", policyMx: [MX1], zoneMx: [MX1] }));
    repo.commit({
      [POLICY_PATH]: published({ id: "x", policyMx: [MX1, "mx2.example.net"], zoneMx: [] })[
        POLICY_PATH
      ],
    });
    const report = await checkAgainst(repo.root, base);
    expect(changeFindings(report)).toEqual([`change-id-not-bumped@${ZONE_PATH}:5`]);
    expect(report.domains[0].checks.change).toBe("fail");
    expect(report.notes).toEqual([]);
  });

  it("the safe MX migration passes: first policy + id (a deploy-order notice), then the MX once the cached policy covers it", async () => {
    const repo = new TestRepo();
    const base = repo.commit(published({ id: "1", policyMx: [MX1], zoneMx: [MX1] }));
    const step1 = repo.commit(published({ id: "2", policyMx: [MX1, MX3], zoneMx: [MX1] }));
    const first = await checkAgainst(repo.root, base);
    expect(changeFindings(first)).toEqual([`change-deploy-order@${POLICY_PATH}:4`]);
    expect(first.summary.errors).toBe(0);
    expect(first.domains[0].changeTimeline?.map((s) => s.when)).toEqual([
      "now",
      "after the new policy file is served (RFC 8461 §8.1)",
    ]);

    repo.commit(published({ id: "2", policyMx: [MX1, MX3], zoneMx: [MX1, MX3] }));
    const second = await checkAgainst(repo.root, step1);
    expect(changeFindings(second)).toEqual([]);
    expect(second.domains[0].checks.change).toBe("pass");
  });

  it("policy, id and MX changed at once: the new MX line is an error, and the timeline says it must wait 14 days", async () => {
    const repo = new TestRepo();
    const base = repo.commit(published({ id: "1", policyMx: [MX1], zoneMx: [MX1] }));
    repo.commit(published({ id: "2", policyMx: [MX1, MX3], zoneMx: [MX1, MX3] }));
    const report = await checkAgainst(repo.root, base);
    expect(changeFindings(report)).toEqual([
      `change-mx-not-in-published-policy@${ZONE_PATH}:8`,
      `change-deploy-order@${POLICY_PATH}:4`,
    ]);
    const last = report.domains[0].changeTimeline?.at(-1);
    expect(last?.step).toContain(`Add ${MX3} to the MX records`);
    expect(last?.when).toContain(
      "after the new policy and id are live + the base policy's max_age 1209600 s = 14 days",
    );
    expect(last?.earliest).toBe("2026-12-12T12:00:00Z");
  });

  it("removal: deleting the records is unsafe; mode none with a new id first is the proper start", async () => {
    const repo = new TestRepo();
    const base = repo.commit(published({ id: "1", policyMx: [MX1], zoneMx: [MX1] }));
    const zoneWithout = readFileSync(join(repo.root, ZONE_PATH), "utf8")
      .split("\n")
      .filter((l) => !l.startsWith("_mta-sts") && !l.startsWith("mta-sts"))
      .join("\n");
    repo.commit({ [ZONE_PATH]: zoneWithout, [POLICY_PATH]: null });
    const unsafe = await checkAgainst(repo.root, base);
    expect(changeFindings(unsafe)).toEqual([`change-removal-unsafe@${ZONE_PATH}:3`]);

    const proper = new TestRepo();
    const pBase = proper.commit(published({ id: "1", policyMx: [MX1], zoneMx: [MX1] }));
    const step1 = proper.commit(
      published({ id: "2", policyMx: [MX1], zoneMx: [MX1], mode: "none" }),
    );
    const first = await checkAgainst(proper.root, pBase);
    expect(first.summary.errors).toBe(0);
    expect(first.domains[0].changeTimeline?.at(-1)?.earliest).toBe("2026-12-12T12:00:00Z");
    proper.commit({ [ZONE_PATH]: zoneWithout });
    const last = await checkAgainst(proper.root, step1);
    expect(changeFindings(last)).toEqual([]);
  });

  it("matches domains by name across a moved policy file: a renamed path is not a removal", async () => {
    const repo = new TestRepo();
    const files = published({ id: "1", policyMx: [MX1], zoneMx: [MX1] });
    const base = repo.commit(files);
    repo.commit({
      [POLICY_PATH]: null,
      "site/.well-known/mta-sts.txt": files[POLICY_PATH],
      ".mta-sts-lint.yml": files[".mta-sts-lint.yml"].replace(
        POLICY_PATH,
        "site/.well-known/mta-sts.txt",
      ),
    });
    const report = await checkAgainst(repo.root, base);
    expect(report.findings).toEqual([]);
    expect(report.domains[0].checks.change).toBe("pass");
  });

  it("reads $INCLUDEd zone files of the base revision: an MX added in an included file is seen", async () => {
    const repo = new TestRepo();
    const files = published({ id: "1", policyMx: [MX1], zoneMx: [] });
    const zone = `${files[ZONE_PATH]}$INCLUDE mx.inc\n`;
    const base = repo.commit({
      ...files,
      [ZONE_PATH]: zone,
      "zones/mx.inc": `@ IN MX 10 ${MX1}.\n`,
    });
    repo.commit({ "zones/mx.inc": `@ IN MX 10 ${MX1}.\n@ IN MX 20 ${MX3}.\n` });
    const report = await checkAgainst(repo.root, base);
    expect(changeFindings(report)).toEqual(["change-mx-not-in-published-policy@zones/mx.inc:2"]);
  });

  it("an $INCLUDEd file whose records the linter does not keep still counts as changed: the policy host moved out of it", async () => {
    const repo = new TestRepo();
    const files = published({ id: "1", policyMx: [MX1], zoneMx: [MX1] });
    const hostLine = "mta-sts IN CNAME pages.example.net.\n";
    expect(files[ZONE_PATH]).toContain(hostLine);
    const zone = `${files[ZONE_PATH].replace(hostLine, "")}$INCLUDE host.inc\n`;
    const base = repo.commit({ ...files, [ZONE_PATH]: zone, "zones/host.inc": hostLine });
    // The head's host.inc holds no record the rules read, so the head model keeps none of it.
    repo.commit({ "zones/host.inc": "www IN A 192.0.2.10\n" });
    const report = await checkAgainst(repo.root, base);
    // Located at the zone's SOA record (line 3), where the zone starts.
    expect(changeFindings(report)).toEqual([`change-removal-unsafe@${ZONE_PATH}:3`]);
  });

  it("an $INCLUDE chain deeper than the base is read: change checks skipped with a note, not judged on part of the zone", async () => {
    const repo = new TestRepo();
    const files = published({ id: "1", policyMx: [MX1], zoneMx: [MX1] });
    // zone -> 1.inc -> … -> 6.inc; the deepest file holds an MX, the same at both revisions.
    const chain: Record<string, string> = {};
    for (let i = 1; i <= 6; i++)
      chain[`zones/${i}.inc`] = i < 6 ? `$INCLUDE ${i + 1}.inc\n` : `@ IN MX 20 ${MX3}.\n`;
    const zone = `${files[ZONE_PATH]}$INCLUDE 1.inc\n`;
    const base = repo.commit({ ...files, ...chain, [ZONE_PATH]: zone });
    // Only a comment changes; a base read without 6.inc would show its MX as new and not
    // covered by the base policy (a false change-mx-not-in-published-policy).
    repo.commit({ [ZONE_PATH]: `${zone}; reviewed\n` });
    const report = await checkAgainst(repo.root, base);
    expect(changeFindings(report)).toEqual([]);
    expect(report.domains[0].checks.change).toBe("skipped");
    expect(report.notes).toEqual([expect.stringContaining("zones/6.inc not read")]);
  });

  it("a renamed domain (example.org → example.net) is named as dropped and as new, each in a note", async () => {
    const repo = new TestRepo();
    const files = published({ id: "1", policyMx: [MX1], zoneMx: [MX1] });
    const withDomain = (d: string) =>
      `${files[".mta-sts-lint.yml"]}  - domain: ${d}\n    policy: mta-sts/shared.txt\n`;
    const base = repo.commit({
      ...files,
      ".mta-sts-lint.yml": withDomain("example.org"),
      "mta-sts/shared.txt": files[POLICY_PATH],
    });
    repo.commit({ ".mta-sts-lint.yml": withDomain("example.net") });
    const report = await checkAgainst(repo.root, base);
    expect(changeFindings(report)).toEqual([]);
    expect(report.notes).toEqual([
      expect.stringMatching(/^example\.org is configured at [0-9a-f]{12} but no longer/),
      expect.stringMatching(/^example\.net is new in this revision's configuration/),
    ]);
    expect(report.domains.map((d) => d.checks.change)).toEqual(["pass", "pass"]);
  });

  it("a domain dropped from the configuration gets a note, not a finding", async () => {
    const repo = new TestRepo();
    const files = published({ id: "1", policyMx: [MX1], zoneMx: [MX1] });
    const two = `${files[".mta-sts-lint.yml"]}  - domain: example.org\n    policy: mta-sts/example.org.txt\n`;
    const base = repo.commit({
      ...files,
      ".mta-sts-lint.yml": two,
      "mta-sts/example.org.txt": files[POLICY_PATH],
    });
    repo.commit({ ".mta-sts-lint.yml": files[".mta-sts-lint.yml"] });
    const report = await checkAgainst(repo.root, base);
    expect(changeFindings(report)).toEqual([]);
    expect(report.notes).toEqual([expect.stringContaining("example.org is configured at")]);
    expect(report.notes?.[0]).toContain("RFC 8461 §8.3");
  });

  it("a pull request that touches nothing MTA-STS related costs one git call and adds nothing", async () => {
    const repo = new TestRepo();
    const base = repo.commit(published({ id: "1", policyMx: [MX1], zoneMx: [MX1] }));
    repo.commit({ "README.md": "docs only\n", "src/app.js": "console.log(1)\n" });
    // A real git behind a wrapper that logs each invocation.
    const bin = tempDir();
    const log = join(bin, "calls.log");
    const wrapper = join(bin, "git");
    writeFileSync(wrapper, `#!/bin/sh\necho "$1" >> '${log}'\nexec git "$@"\n`);
    chmodSync(wrapper, 0o755);
    const report = await checkAgainst(repo.root, base, { git: wrapper });
    expect(report.findings).toEqual([]);
    expect(report.domains[0].checks.change).toBe("pass");
    expect(readFileSync(log, "utf8").trim().split("\n")).toEqual(["diff"]);
  });

  it("a shallow clone without the base commit and no token: one note with how to enable, change area skipped", async () => {
    const repo = new TestRepo();
    const base = repo.commit(published({ id: "1", policyMx: [MX1], zoneMx: [MX1] }));
    repo.commit(published({ id: "1", policyMx: [MX1, MX3], zoneMx: [MX1] }));
    const clone = repo.shallowClone();
    const report = await checkAgainst(clone, base);
    expect(changeFindings(report)).toEqual([]);
    expect(report.domains[0].checks.change).toBe("skipped");
    expect(report.notes).toHaveLength(1);
    expect(report.notes?.[0]).toContain(`the commit ${base} is not in the clone`);
    expect(report.notes?.[0]).toContain("fetch-depth: 0");
    expect(report.notes?.[0]).toContain("contents: read");
  });
});

describe("base revision and the configuration", () => {
  it("--domain selects one domain: the others listed in the configuration are not reported as dropped", async () => {
    const repo = new TestRepo();
    const files = published({ id: "1", policyMx: [MX1], zoneMx: [MX1] });
    const two = `${files[".mta-sts-lint.yml"]}  - domain: example.org\n    policy: mta-sts/example.org.txt\n`;
    const base = repo.commit({
      ...files,
      ".mta-sts-lint.yml": two,
      "mta-sts/example.org.txt": files[POLICY_PATH],
    });
    repo.commit({
      "README.md": "x\n",
      [POLICY_PATH]: files[POLICY_PATH].replace("enforce", "testing"),
    });
    const report = await checkAgainst(repo.root, base, {}, ["--domain", "example.com"]);
    expect(report.notes).toEqual([]);
    expect(changeFindings(report)).toEqual([`change-id-not-bumped@${ZONE_PATH}:5`]);
  });
});

describe("base revision read with git from a subdirectory of the repository", () => {
  it("the linter's working directory below the top: paths are read relative to it at the base commit", async () => {
    const repo = new TestRepo();
    const prefixed = (files: Record<string, string>) =>
      Object.fromEntries(Object.entries(files).map(([p, c]) => [`dns/${p}`, c]));
    const base = repo.commit(prefixed(published({ id: "1", policyMx: [MX1], zoneMx: [MX1] })));
    repo.commit(prefixed(published({ id: "1", policyMx: [MX1, MX3], zoneMx: [MX1] })));
    const report = await checkAgainst(join(repo.root, "dns"), base);
    expect(changeFindings(report)).toEqual([`change-id-not-bumped@${ZONE_PATH}:5`]);
  });
});
