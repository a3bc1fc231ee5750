import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeBinaries, REPO_ROOT, runAction } from "../helpers/runner.js";

/** A checkout of an infrastructure repository: the bundled examples at the workspace root. */
function exampleWorkspace(): string {
  const ws = mkdtempSync(join(tmpdir(), "workspace-"));
  cpSync(join(REPO_ROOT, "examples"), ws, { recursive: true });
  return ws;
}

function commandLines(stdout: string): string[] {
  return stdout.split("\n").filter((l) => l.startsWith("::"));
}

describe.each(nodeBinaries())("the action run as the runner does ($name)", ({ path: node }) => {
  it("annotates the examples' mistakes, fails the step, writes summary, report and outputs", () => {
    const ws = exampleWorkspace();
    const run = runAction({ workspace: ws, node, inputs: { "sarif-file": "out/lint.sarif" } });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1); // fail-on: error (the default) and example.net has errors

    // Annotations: workflow commands at the exact file and line, titled with the rule ID.
    const commands = commandLines(run.stdout);
    const notCovered = commands.find((c) => c.includes("title=mx-not-covered"));
    expect(notCovered).toMatch(/^::error .*file=zones\/example\.net\.zone,line=\d+/);
    expect(notCovered).toContain("backup-mx.example.net");
    expect(commands.some((c) => /^::error .*title=sts-record-id/.test(c))).toBe(true);
    expect(commands.some((c) => /^::warning .*title=tlsrpt-missing/.test(c))).toBe(true);
    expect(
      commands.some((c) =>
        /^::warning title=policy-unknown-field.*file=mta-sts\/example\.net\.txt,line=2,/.test(c),
      ),
    ).toBe(true);
    // No finding of the clean domains.
    expect(commands.some((c) => /::(example\.com|example\.org)[:,]/.test(c))).toBe(false);
    expect(
      commands
        .filter((c) => /^::(error|warning|notice) /.test(c))
        .every((c) => c.includes("::example.net: ")),
    ).toBe(true);
    expect(commands.at(-1)).toMatch(/^::error::MTA-STS lint: \d+ errors/);

    // Outputs.
    expect(run.outputs.result).toBe("fail");
    expect(Number(run.outputs.errors)).toBeGreaterThan(0);
    expect(Number(run.outputs.warnings)).toBeGreaterThan(0);
    const report = JSON.parse(readFileSync(run.outputs.report, "utf8"));
    expect(report.summary.errors).toBe(Number(run.outputs.errors));
    const byDomain = Object.fromEntries(
      report.domains.map((d: { domain: string; checks: Record<string, string> }) => [
        d.domain,
        d.checks,
      ]),
    );
    expect(byDomain["example.com"]).toMatchObject({
      policy: "pass",
      "sts-record": "pass",
      mx: "pass",
      tlsrpt: "pass",
    });
    expect(byDomain["example.org"]).toMatchObject({
      policy: "pass",
      "sts-record": "pass",
      mx: "pass",
    });
    expect(byDomain["example.net"]).toMatchObject({
      mx: "fail",
      "sts-record": "fail",
      tlsrpt: "warn",
      change: "skipped",
    });

    // SARIF written where asked, relative to the workspace.
    expect(run.outputs["sarif-file"]).toBe(join(ws, "out/lint.sarif"));
    const sarif = JSON.parse(readFileSync(join(ws, "out/lint.sarif"), "utf8"));
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);

    // Job summary: scorecard and findings.
    expect(run.summary).toContain("example.com");
    expect(run.summary).toContain("example.net");
    expect(run.summary).toContain("docs/rules/mx-not-covered.md");
  });

  it("passes with fail-on: never and writes no annotations when they are switched off", () => {
    const ws = exampleWorkspace();
    const run = runAction({
      workspace: ws,
      node,
      inputs: { "fail-on": "never", annotations: "false" },
    });
    expect(run.status).toBe(0);
    expect(run.outputs.result).toBe("pass");
    expect(commandLines(run.stdout).filter((c) => /^::(error|warning|notice) /.test(c))).toEqual(
      [],
    );
  });

  it("single-domain inputs without a configuration file", () => {
    const ws = exampleWorkspace();
    const run = runAction({
      workspace: ws,
      node,
      inputs: {
        domain: "example.com",
        "policy-file": "mta-sts/shared.txt",
        "zone-file": "zones/example.com.zone",
      },
    });
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ result: "pass", errors: "0" });
  });

  it("untrusted file content cannot inject workflow commands, markdown or HTML", () => {
    const ws = mkdtempSync(join(tmpdir(), "workspace-"));
    mkdirSync(join(ws, "zones"));
    writeFileSync(
      join(ws, "mta-sts.txt"),
      "version: STSv1\nmode: enforce\n::error file=x::pwned\nmx: <script>alert(1)</script>\n%0A::add-mask::x\nmax_age: 86400\n",
    );
    writeFileSync(
      join(ws, "zones/example.com.zone"),
      '$ORIGIN example.com.\n@ 3600 IN SOA ns1 host 1 2 3 4 5\n@ 3600 IN MX 10 mail\n_mta-sts 300 IN TXT "v=STSv1; id=::set-output name=x::y"\n',
    );
    const run = runAction({
      workspace: ws,
      node,
      inputs: {
        domain: "example.com",
        "policy-file": "mta-sts.txt",
        "zone-file": "zones/example.com.zone",
      },
    });
    expect(run.status).toBe(1);
    // Outside the stop-commands block, every command line is one the action itself emits.
    const tokenMatch = /^::stop-commands::(.+)$/m.exec(run.stdout);
    expect(tokenMatch).not.toBeNull();
    const [before, rest] = run.stdout.split(tokenMatch![0]);
    const after = rest.split(`::${tokenMatch![1]}::`)[1];
    for (const line of commandLines(before + after)) {
      expect(line).toMatch(/^::(error|warning|notice)( [^:]*)?::/);
      expect(line).not.toMatch(/::(add-mask|set-output|stop-commands)::/);
      expect(line.slice(2).includes("\n")).toBe(false);
    }
    expect(run.stdout).not.toMatch(/^::error file=x::pwned/m);
    expect(run.summary).not.toContain("<script>");
    expect(run.summary).toContain("&lt;script&gt;");
  });

  it("links rule docs of the very action version the workflow runs", () => {
    const ws = exampleWorkspace();
    const run = runAction({
      workspace: ws,
      node,
      env: { GITHUB_ACTION_REPOSITORY: "acme/mta-sts-lint", GITHUB_ACTION_REF: "v1.2.3" },
    });
    expect(run.summary).toContain(
      'href="https://github.com/acme/mta-sts-lint/blob/v1.2.3/docs/rules/mx-not-covered.md"',
    );
  });

  it("a missing configuration file stops the run with a one-line reason", () => {
    const ws = mkdtempSync(join(tmpdir(), "workspace-"));
    const run = runAction({ workspace: ws, node, inputs: { config: "nope.yml" } });
    expect(run.status).not.toBe(0);
    const errors = commandLines(run.stdout).filter((c) => c.startsWith("::error::"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/nope\.yml/);
    expect(existsSync(join(ws, "out"))).toBe(false);
  });
});
