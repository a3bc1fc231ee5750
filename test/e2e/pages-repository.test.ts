import { describe, expect, it } from "vitest";
import { runAction, runCliProcess } from "../helpers/runner.js";
import { writeSite } from "../helpers/site.js";
import { lintJson } from "../helpers/workspace.js";

/**
 * A policy-only `mta-sts.<domain>` repository that GitHub Pages publishes (the layout of most
 * real-world policies, e.g. corpus 041 and 054): no zone, the domain taken from CNAME.
 */
const BODY = "version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n";
const FRONT_MATTER = "---\nlayout: null\npermalink: /.well-known/mta-sts.txt\n---\n";

describe("a GitHub Pages repository holding only the policy", () => {
  it("--policy alone: the domain comes from CNAME, zone areas are skipped, correct front matter gets no error", () => {
    const dir = writeSite({ "mta-sts.txt": FRONT_MATTER + BODY, CNAME: "mta-sts.example.com\n" });
    const { status, report } = lintJson(dir, ["--policy", "mta-sts.txt"]);
    expect(status).toBe(0);
    expect(report.domains[0]).toMatchObject({
      domain: "example.com",
      policyFile: "mta-sts.txt",
      mode: "enforce",
      checks: {
        policy: "pass",
        "sts-record": "skipped",
        mx: "skipped",
        tlsrpt: "skipped",
        zone: "skipped",
      },
    });
    expect(report.findings.map((f) => f.rule)).toEqual(["hosting-front-matter"]);
  });

  it("a policy Jekyll would not publish fails with the include line as fix", () => {
    const dir = writeSite({
      ".well-known/mta-sts.txt": BODY,
      "_config.yml": "title: mta-sts\n",
      CNAME: "mta-sts.example.com\n",
    });
    const run = runCliProcess(["-p", ".well-known/mta-sts.txt"], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /^\.well-known\/mta-sts\.txt:1:1: error: Jekyll skips "\.well-known".*\[hosting-not-published\]$/m,
    );
  });

  it("the action with policy-file only: a layout makes it fail, annotated at the layout line", () => {
    const dir = writeSite({
      "mta-sts.txt": `---\nlayout: default\npermalink: /.well-known/mta-sts.txt\n---\n${BODY}`,
      CNAME: "mta-sts.example.com\n",
    });
    const run = runAction({ workspace: dir, inputs: { "policy-file": "mta-sts.txt" } });
    expect(run.status).toBe(1);
    expect(run.outputs.result).toBe("fail");
    expect(run.stdout).toMatch(/^::error title=hosting-layout,file=mta-sts\.txt,line=2,/m);
  });

  it("a CNAME that names the website, not the policy host: exit 2 saying so", () => {
    const dir = writeSite({ "mta-sts.txt": FRONT_MATTER + BODY, CNAME: "www.example.com\n" });
    const run = runCliProcess(["-p", "mta-sts.txt"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      `mta-sts-lint: cannot tell the domain: the site's CNAME names "www.example.com", not mta-sts.<domain>; give --domain`,
    );
  });

  it("hosting: none in the configuration lints the file as it is in git", () => {
    const dir = writeSite({
      "mta-sts.txt": FRONT_MATTER + BODY,
      ".mta-sts-lint.yml":
        "hosting: none\ndomains:\n  - domain: example.com\n    policy: mta-sts.txt\n",
    });
    const { report } = lintJson(dir);
    expect(report.findings.some((f) => f.rule.startsWith("hosting-"))).toBe(false);
    expect(report.findings.filter((f) => f.rule === "policy-syntax").map((f) => f.line)).toEqual([
      1, 4,
    ]);
  });

  it("an invalid hosting value is config-invalid at its line; the entry is still linted", () => {
    const dir = writeSite({
      "mta-sts.txt": FRONT_MATTER + BODY,
      ".mta-sts-lint.yml":
        "domains:\n  - domain: example.com\n    policy: mta-sts.txt\n    hosting: netlify\n",
    });
    const { report } = lintJson(dir);
    const invalid = report.findings.find((f) => f.rule === "config-invalid");
    expect(invalid).toMatchObject({ file: ".mta-sts-lint.yml", line: 4 });
    expect(invalid?.message).toContain("github-pages | none");
    expect(report.findings.map((f) => f.rule)).toContain("hosting-front-matter");
  });
});
