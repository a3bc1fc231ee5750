import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { JsonReport } from "../../src/report/json.js";
import { runAction, runCliProcess } from "../helpers/runner.js";
import { CLEAN_POLICY, cleanZone, lintJson } from "../helpers/workspace.js";
import { tempRepo } from "../sources/temp-repo.js";

// Multi-domain configurations run end to end through both faces (interface.md
// "Configuration file"; rules.md "Shared policy files", "Partly usable config entries",
// "Names"): each domain gets its own findings, a shared policy file is parsed once and shown
// once, severity overrides and failOn decide the exit status.

/** A policy with three findings: a mistyped field, a repeated mx and a short max_age. */
const SHARED_POLICY =
  "version: STSv1\nmode: enforce\nmx: mail.example.com\nmx: mail.example.com\nmax_age: 86400\nMode: testing\n";
const DOMAIN_COUNT = 500;
const names = Array.from({ length: DOMAIN_COUNT }, (_, i) => `d${i}.example.com`);

/** 500 domains on one policy file, the path written once with an anchor and 500 aliases. */
function sharedRepo(): string {
  const lines = ["domains:"];
  names.forEach((name, i) => {
    const policy = i === 0 ? "&shared mta-sts/shared.txt" : "*shared";
    lines.push(`  - domain: ${name}`, `    policy: ${policy}`);
  });
  return tempRepo({
    ".mta-sts-lint.yml": `${lines.join("\n")}\n`,
    "mta-sts/shared.txt": SHARED_POLICY,
  });
}

describe("one policy file shared by 500 domains (rules.md Shared policy files)", () => {
  it("JSON: the findings are reported for each domain, each naming its domain", () => {
    const ws = sharedRepo();
    const { status, report } = lintJson(ws);
    expect(status).toBe(0); // warnings and notices only; failOn defaults to error
    expect(report.domains.map((d) => d.domain)).toEqual(names);
    expect(report.domains.every((d) => d.policyFile === "mta-sts/shared.txt")).toBe(true);
    expect(report.findings).toHaveLength(3 * DOMAIN_COUNT);
    for (const name of names) {
      const mine = report.findings.filter((f) => f.domain === name);
      expect(mine.map((f) => [f.rule, f.line]).sort()).toEqual([
        ["policy-max-age-short", 5],
        ["policy-mx-duplicate", 4],
        ["policy-unknown-field", 6],
      ]);
    }
    expect(report.summary).toEqual({ errors: 0, warnings: 500, notices: 1000 });
  });

  it("SARIF: one result per distinct finding, listing every domain", () => {
    const ws = sharedRepo();
    const run = runCliProcess(["-f", "sarif"], ws);
    const results = JSON.parse(run.stdout).runs[0].results as {
      ruleId: string;
      properties: { domains: string[] };
      locations: { physicalLocation: { region: { startLine: number } } }[];
    }[];
    expect(
      results.map((r) => [r.ruleId, r.locations[0].physicalLocation.region.startLine]),
    ).toEqual([
      ["policy-unknown-field", 6],
      ["policy-mx-duplicate", 4],
      ["policy-max-age-short", 5],
    ]);
    for (const r of results) expect(r.properties.domains).toEqual(names);
  });

  it("github format and the action's annotations: one per distinct finding", () => {
    const ws = sharedRepo();
    const commands = runCliProcess(["-f", "github"], ws)
      .stdout.split("\n")
      .filter((l) => l.startsWith("::"));
    expect(commands).toHaveLength(3);
    expect(commands[0]).toMatch(
      /^::warning title=policy-unknown-field,file=mta-sts\/shared\.txt,line=6,.*::d0\.example\.com, d1\.example\.com, d2\.example\.com and 497 more: /,
    );

    const run = runAction({ workspace: ws });
    expect(run.status).toBe(0);
    const annotations = run.stdout.split("\n").filter((l) => /^::(error|warning|notice) /.test(l));
    expect(annotations.map((a) => /title=([\w-]+)/.exec(a)![1])).toEqual([
      "policy-unknown-field",
      "policy-mx-duplicate",
      "policy-max-age-short",
    ]);
    expect(run.outputs).toMatchObject({
      result: "pass",
      errors: "0",
      warnings: "500",
      notices: "1000",
    });
    const report = JSON.parse(readFileSync(run.outputs.report, "utf8")) as JsonReport;
    expect(report.domains).toHaveLength(DOMAIN_COUNT);
  });
});

describe("severity overrides and failOn (interface.md Configuration file)", () => {
  const config = (extra: string) =>
    tempRepo({
      ".mta-sts-lint.yml": `domains:\n  - domain: a.example\n    policy: shared.txt\n  - domain: b.example\n    policy: shared.txt\n${extra}`,
      "shared.txt": SHARED_POLICY,
    });

  it("off removes a rule's findings for every domain; a raised rule fails the run", () => {
    const ws = config("rules:\n  policy-unknown-field: off\n  policy-mx-duplicate: error\n");
    const { status, report } = lintJson(ws);
    expect(status).toBe(1);
    expect(report.findings.map((f) => `${f.domain} ${f.rule} ${f.severity}`)).toEqual([
      "a.example policy-mx-duplicate error",
      "a.example policy-max-age-short notice",
      "b.example policy-mx-duplicate error",
      "b.example policy-max-age-short notice",
    ]);
    expect(report.domains.map((d) => d.checks.policy)).toEqual(["fail", "fail"]);
  });

  it("failOn from the file decides the exit status; --fail-on overrides it", () => {
    const ws = config("failOn: warning\n");
    expect(runCliProcess([], ws).status).toBe(1);
    expect(runCliProcess(["--fail-on", "never"], ws).status).toBe(0);
    const never = config("rules:\n  policy-mx-duplicate: error\nfailOn: never\n");
    expect(runCliProcess([], never).status).toBe(0);
    // The action input at its default (error) does not override the file's failOn.
    const run = runAction({ workspace: never });
    expect(run.status).toBe(0);
    expect(run.outputs.result).toBe("pass");
    expect(run.outputs.errors).toBe("2");
  });
});

describe("domains as users write them (rules.md Names)", () => {
  it("upper case, a trailing dot and U-labels are normalised; a repeated domain is linted once", () => {
    const ws = tempRepo({
      ".mta-sts-lint.yml": [
        "domains:",
        "  - domain: Example.COM.",
        "    policy: clean.txt",
        "    zone: example.com.zone",
        "  - domain: example.com",
        "    policy: clean.txt",
        "  - domain: bücher.example",
        "    policy: clean.txt",
        "",
      ].join("\n"),
      "clean.txt": CLEAN_POLICY,
      "example.com.zone": cleanZone("example.com"),
    });
    const { status, report } = lintJson(ws);
    expect(status).toBe(1);
    expect(report.domains.map((d) => d.domain)).toEqual(["example.com", "xn--bcher-kva.example"]);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      rule: "config-invalid",
      domain: "example.com",
      file: ".mta-sts-lint.yml",
      line: 5,
      column: 5,
    });
    expect(report.findings[0].message).toContain("listed twice");
  });

  it("--domain picks one entry of the configuration; a domain not listed stops the run", () => {
    const ws = tempRepo({
      ".mta-sts-lint.yml":
        "domains:\n  - domain: a.example\n    policy: shared.txt\n  - domain: b.example\n    policy: shared.txt\n",
      "shared.txt": SHARED_POLICY,
    });
    const { report } = lintJson(ws, ["--domain", "B.Example."]);
    expect(report.domains.map((d) => d.domain)).toEqual(["b.example"]);
    expect(new Set(report.findings.map((f) => f.domain))).toEqual(new Set(["b.example"]));
    const missing = runCliProcess(["--domain", "c.example"], ws);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(
      /^mta-sts-lint: domain c\.example is not listed in \.mta-sts-lint\.yml\n$/,
    );
  });
});

describe("partly usable entries and mismatched files (rules.md Partly usable config entries)", () => {
  it("an entry with a bad key is still linted; one without a domain is reported and skipped", () => {
    const ws = tempRepo({
      ".mta-sts-lint.yml": [
        "domains:",
        "  - domain: example.com",
        "    policy: clean.txt",
        "    zone: example.com.zone",
        "    zoneformat: bind", // wrong case: reported, the rest of the entry is used
        "  - policy: clean.txt", // no domain: nothing to name its findings by
        "  - domain: example.org",
        "    policy: ../outside.txt", // outside the repository: the policy area is skipped
        "    zone: example.org.zone",
        "",
      ].join("\n"),
      "clean.txt": CLEAN_POLICY,
      "example.com.zone": cleanZone("example.com"),
      "example.org.zone": cleanZone("example.org"),
    });
    const { status, report } = lintJson(ws);
    expect(status).toBe(1);
    expect(report.findings.map((f) => [f.rule, f.domain ?? null, f.line, f.column])).toEqual([
      ["config-invalid", null, 6, 5],
      ["config-invalid", "example.com", 5, 5],
      ["config-invalid", "example.org", 8, 5],
    ]);
    expect(report.findings[0].message).toMatch(/^domains\[1\] has no "domain" key/);
    expect(report.findings[1].message).toMatch(
      /"domains\[0\]\.zoneformat": did you mean "zoneFormat"/,
    );
    expect(report.findings[2].message).toMatch(/\.\.\/outside\.txt is outside the repository/);
    const checks = Object.fromEntries(report.domains.map((d) => [d.domain, d.checks]));
    expect(checks["example.com"]).toMatchObject({
      policy: "pass",
      "sts-record": "pass",
      mx: "pass",
    });
    // No policy: its area and MX coverage are skipped; the zone-only checks still run.
    expect(checks["example.org"]).toMatchObject({
      policy: "skipped",
      mx: "skipped",
      "sts-record": "pass",
      tlsrpt: "pass",
      zone: "pass",
    });
  });

  it("a zone file of another domain is input-unreadable for that entry, not a silent pass", () => {
    const ws = tempRepo({
      ".mta-sts-lint.yml": [
        "domains:",
        "  - domain: example.com",
        "    policy: clean.txt",
        "    zone: zones/example.com.zone",
        "  - domain: example.net", // copy-paste slip: the zone of example.com
        "    policy: clean.txt",
        "    zone: zones/example.com.zone",
        "",
      ].join("\n"),
      "clean.txt": CLEAN_POLICY,
      "zones/example.com.zone": cleanZone("example.com"),
    });
    const { status, report } = lintJson(ws);
    expect(status).toBe(1);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      rule: "input-unreadable",
      domain: "example.net",
      file: "zones/example.com.zone",
    });
    expect(report.findings[0].message).toContain(
      "it is the zone of example.com (its $ORIGIN), which does not contain example.net",
    );
    expect(report.domains[1].checks).toMatchObject({ zone: "fail", "sts-record": "skipped" });
    expect(report.domains[0].checks).toMatchObject({ zone: "pass", "sts-record": "pass" });
  });

  it("one zone file without $ORIGIN serves several domains, each under its own name", () => {
    const template = cleanZone("example.com").split("\n").slice(1).join("\n");
    const ws = tempRepo({
      ".mta-sts-lint.yml":
        "domains:\n  - domain: example.com\n    policy: clean.txt\n    zone: parked.zone\n  - domain: example.org\n    policy: clean.txt\n    zone: parked.zone\n",
      "clean.txt": CLEAN_POLICY,
      "parked.zone": template,
    });
    const { status, report } = lintJson(ws);
    expect(status).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.domains.map((d) => d.checks["sts-record"])).toEqual(["pass", "pass"]);
  });

  it("the action's SARIF file shows a shared policy's findings once, with both domains", () => {
    const ws = tempRepo({
      ".mta-sts-lint.yml":
        "domains:\n  - domain: a.example\n    policy: shared.txt\n  - domain: b.example\n    policy: shared.txt\n",
      "shared.txt": SHARED_POLICY,
    });
    const run = runAction({ workspace: ws, inputs: { "sarif-file": "lint.sarif" } });
    expect(run.status).toBe(0);
    const sarif = JSON.parse(readFileSync(join(ws, "lint.sarif"), "utf8"));
    const results = sarif.runs[0].results as { properties: { domains: string[] } }[];
    expect(results).toHaveLength(3);
    expect(results.every((r) => r.properties.domains.join() === "a.example,b.example")).toBe(true);
  });
});
