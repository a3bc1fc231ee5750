import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, runCliProcess } from "../helpers/runner.js";

const examples = join(REPO_ROOT, "examples");

describe("the command line, run as a user does", () => {
  it("text format: file:line:col: severity: message [rule], exit 1 on errors", () => {
    const run = runCliProcess([], examples);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /^zones\/example\.net\.zone:\d+:\d+: error: .*backup-mx\.example\.net.* \[mx-not-covered\]$/m,
    );
    expect(run.stdout).toMatch(
      /^mta-sts\/example\.net\.txt:2:1: warning: .* \[policy-unknown-field\]$/m,
    );
    expect(run.stdout).toMatch(/\d+ errors?, \d+ warnings?, \d+ notices?/);
  });

  it("the README's two commands are the ones these tests run", () => {
    const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
    expect(readme).toContain("npm ci && npx mta-sts-lint --config examples/.mta-sts-lint.yml");
    expect(readme).toContain("npm ci && npm test");
  });

  it("the README's quick start: a config in a subfolder, paths relative to it, run from the root", () => {
    const run = runCliProcess(["--config", "examples/.mta-sts-lint.yml"], REPO_ROOT);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /^examples\/zones\/example\.net\.zone:\d+:\d+: error: .* \[mx-not-covered\]$/m,
    );
    expect(run.stdout).toMatch(/^example\.com \[enforce\]: policy pass/m);
  });

  it("json format follows the report contract", () => {
    const run = runCliProcess(["--format", "json"], examples);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.version).toBe(1);
    expect(report.tool.name).toBe("mta-sts-lint");
    expect(report.domains.map((d: { domain: string }) => d.domain)).toEqual([
      "example.com",
      "example.org",
      "example.net",
    ]);
    const f = report.findings.find((x: { rule: string }) => x.rule === "mx-not-covered");
    expect(f).toMatchObject({
      severity: "error",
      domain: "example.net",
      file: "zones/example.net.zone",
    });
    expect(f.line).toBeGreaterThan(0);
  });

  it("--fail-on never exits 0; --fail-on notice exits 1", () => {
    expect(runCliProcess(["--fail-on", "never"], examples).status).toBe(0);
    expect(runCliProcess(["--fail-on", "notice"], examples).status).toBe(1);
  });

  it("github format prints workflow commands", () => {
    const run = runCliProcess(["-f", "github"], examples);
    expect(run.stdout).toMatch(
      /^::error title=mx-not-covered.*,file=zones\/example\.net\.zone,line=\d+/m,
    );
  });

  it("sarif format writes to --output", () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-"));
    const out = join(dir, "report.sarif");
    const run = runCliProcess(["-f", "sarif", "-o", out], examples);
    expect(run.stdout).toBe("");
    const sarif = JSON.parse(readFileSync(out, "utf8"));
    expect(sarif.runs[0].tool.driver.name).toBe("mta-sts-lint");
    // Code scanning shows each rule's documentation page as its help.
    const rule = sarif.runs[0].tool.driver.rules.find(
      (r: { id: string }) => r.id === "mx-not-covered",
    );
    expect(rule.help.markdown).toMatch(/^# mx-not-covered\n/);
    expect(rule.help.markdown).toContain("## How to fix");
  });

  it("single-domain flags; the domain comes from the zone's $ORIGIN", () => {
    const run = runCliProcess(
      ["-p", "mta-sts/shared.txt", "-z", "zones/example.com.zone"],
      examples,
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("usage errors exit 2 with one line on stderr", () => {
    for (const args of [["--fail-on", "maybe"], ["--no-such-flag"], ["-c", "missing.yml"]]) {
      const run = runCliProcess(args, examples);
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stdout).toBe("");
    }
  });

  it("a policy-only run without a domain or CNAME cannot know its domain: exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-"));
    writeFileSync(join(dir, "mta-sts.txt"), "version: STSv1\nmode: none\nmax_age: 86400\n");
    const run = runCliProcess(["-p", "mta-sts.txt"], dir);
    expect(run.status).toBe(2);
  });

  it("--help and --version", () => {
    expect(runCliProcess(["--help"], examples).stdout).toContain("--fail-on");
    expect(runCliProcess(["-V"], examples).stdout).toMatch(/^mta-sts-lint \d+\.\d+\.\d+/);
  });
});
