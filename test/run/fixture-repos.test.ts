import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/rules/index.js";
import { exitCode, lint } from "../../src/run.js";
import { parseCliArgs } from "../../src/settings/cli-args.js";
import { loadConfig } from "../../src/settings/config-file.js";
import type { Settings } from "../../src/settings/types.js";

const readText = (path: string) => readFileSync(path, "utf8");
const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/run/${name}/`, import.meta.url));
const configFixture = (name: string) =>
  readFileSync(new URL(`../fixtures/config/${name}`, import.meta.url), "utf8");

function cliSettings(argv: string[], cwd: string): Settings {
  const command = parseCliArgs(argv, cwd, readText);
  if (command.kind !== "lint") throw new Error(command.kind);
  return command.settings;
}

describe("fixture repository: several domains, a shared policy, an $INCLUDE-d record", () => {
  const report = lint(cliSettings([], fixture("multi-domain")));

  it("lints every configured domain in order, with its files", () => {
    expect(report.domains.map((d) => [d.domain, d.policyFile, d.zoneFile])).toEqual([
      ["example.com", "mta-sts/example.com.txt", "zones/example.com.zone"],
      ["example.org", "mta-sts/shared.txt", "zones/example.org.zone"],
      ["example.net", "mta-sts/shared.txt", undefined],
    ]);
  });

  it("reads the _mta-sts id from the included file, and the mode from the policy", () => {
    expect(report.domains.map((d) => [d.mode, d.id])).toEqual([
      ["enforce", "20240101T000000"],
      ["testing", "2024a"],
      ["testing", undefined],
    ]);
  });

  it("keeps example.com clean: the wildcard covers in.mail.example.com (RFC 8461 §4.1)", () => {
    expect(report.findings.filter((f) => f.domain === "example.com")).toEqual([]);
    expect(Object.values(report.domains[0].checks).filter((s) => s !== "skipped")).toEqual([
      "pass",
      "pass",
      "pass",
      "pass",
      "pass",
    ]);
  });

  it("reports the uncovered backup MX of example.org as a warning in testing mode", () => {
    const uncovered = report.findings.filter((f) => f.rule === "mx-not-covered");
    expect(
      uncovered.map((f) => [f.domain, f.severity, f.location.file, f.location.span?.line]),
    ).toEqual([["example.org", "warning", "zones/example.org.zone", 5]]);
  });

  it("reports the shared policy's duplicate mx for each domain that uses it (rules.md Shared policy files)", () => {
    const duplicates = report.findings.filter((f) => f.rule === "policy-mx-duplicate");
    expect(duplicates.map((f) => [f.domain, f.location.file, f.location.span?.line])).toEqual([
      ["example.org", "mta-sts/shared.txt", 4],
      ["example.net", "mta-sts/shared.txt", 4],
    ]);
  });

  it("applies rules: policy-mode-testing: off from the configuration", () => {
    expect(report.findings.some((f) => f.rule === "policy-mode-testing")).toBe(false);
  });

  it("skips every zone area of the policy-only domain", () => {
    expect(report.domains[2].checks).toMatchObject({
      "sts-record": "skipped",
      mx: "skipped",
      tlsrpt: "skipped",
      zone: "skipped",
    });
  });

  it("exits 0 at --fail-on error (only warnings and notices), 1 at warning", () => {
    expect(report.summary.errors).toBe(0);
    expect(exitCode(report, "error")).toBe(0);
    expect(exitCode(report, "warning")).toBe(1);
  });
});

describe("fixture repository: a GitHub Pages site for mta-sts.<domain>", () => {
  it("takes the domain from CNAME and lints the policy alone", () => {
    const report = lint(cliSettings(["-p", ".well-known/mta-sts.txt"], fixture("pages-site")));
    expect(report.domains.map((d) => [d.domain, d.mode])).toEqual([["example.com", "enforce"]]);
    expect(report.domains[0].checks.policy).not.toBe("skipped");
    expect(report.domains[0].checks.zone).toBe("skipped");
  });
});

describe("configuration fixtures", () => {
  const ids = RULES.map((r) => r.meta.id);

  it("the interface.md example loads without a single issue", () => {
    const { issues, settings } = loadConfig(
      configFixture("interface-example.yml"),
      ".mta-sts-lint.yml",
      "/repo",
      ids,
    );
    expect(issues).toEqual([]);
    expect(settings.rules).toEqual({ "tlsrpt-missing": "off" });
  });

  it("each hand-written mistake is one issue at its line", () => {
    const { issues, settings } = loadConfig(
      configFixture("mistakes.yml"),
      ".mta-sts-lint.yml",
      "/repo",
      ids,
    );
    expect(issues.map((i) => i.location.span?.line)).toEqual([5, 6, 8, 11, 13, 15, 16, 17]);
    expect(settings.domains?.map((d) => d.domain)).toEqual(["example.com", "example.net"]);
  });
});
