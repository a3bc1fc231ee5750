import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/model/finding.js";
import { rule as configInvalid } from "../../src/rules/config-invalid.js";
import { rule as inputUnreadable } from "../../src/rules/input-unreadable.js";
import { rule as mxNotCovered } from "../../src/rules/mx-not-covered.js";
import { rule as policyModeTesting } from "../../src/rules/policy-mode-testing.js";
import { rule as policyVersion } from "../../src/rules/policy-version.js";
import { rule as stsRecordMissing } from "../../src/rules/sts-record-missing.js";
import { rule as tlsrptMissing } from "../../src/rules/tlsrpt-missing.js";
import { rule as zoneSyntax } from "../../src/rules/zone-syntax.js";
import { exitCode, lint } from "../../src/run.js";
import { defaultSettings } from "../../src/settings/defaults.js";
import type { DomainSettings, Settings } from "../../src/settings/types.js";
import { PolicyCache } from "../../src/sources/policy.js";
import { tempRepo } from "../sources/temp-repo.js";

const RULES = [
  inputUnreadable,
  configInvalid,
  zoneSyntax,
  policyVersion,
  policyModeTesting,
  stsRecordMissing,
  mxNotCovered,
  tlsrptMissing,
];

const GOOD_POLICY = "version: STSv1\nmode: enforce\nmx: mx1.example.com\nmax_age: 604800\n";
const zone = (domain: string, ...lines: string[]) =>
  [
    `$ORIGIN ${domain}.`,
    "$TTL 3600",
    `@ IN SOA ns1.${domain}. hostmaster.${domain}. 1 7200 3600 1209600 300`,
    `@ IN NS ns1.${domain}.`,
    ...lines,
    "",
  ].join("\n");
const GOOD_ZONE = zone(
  "example.com",
  "@ IN MX 10 mx1.example.com.",
  '_mta-sts IN TXT "v=STSv1; id=20240101T000000"',
  '_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls@example.com"',
  "mta-sts IN A 192.0.2.10",
);

function settingsFor(
  cwd: string,
  domains: Partial<DomainSettings>[],
  extra: Partial<Settings> = {},
): Settings {
  return {
    ...defaultSettings(cwd),
    domains: domains.map((d) => ({ domain: "example.com", zoneFormat: "auto", ...d })),
    ...extra,
  };
}

const rulesOf = (findings: Finding[]) => findings.map((f) => `${f.domain ?? "-"} ${f.rule}`);

describe("lint(): the pipeline over a repository", () => {
  it("reports a clean domain as passing, with mode and id (interface.md JSON report)", () => {
    const root = tempRepo({ "mta-sts.txt": GOOD_POLICY, "zones/example.com.zone": GOOD_ZONE });
    const report = lint(
      settingsFor(root, [{ policy: "mta-sts.txt", zone: "zones/example.com.zone" }]),
      {
        rules: RULES,
      },
    );
    expect(report.findings).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, notices: 0 });
    expect(report.domains).toEqual([
      {
        domain: "example.com",
        policyFile: "mta-sts.txt",
        zoneFile: "zones/example.com.zone",
        mode: "enforce",
        id: "20240101T000000",
        checks: {
          policy: "pass",
          "sts-record": "pass",
          mx: "pass",
          tlsrpt: "pass",
          zone: "pass",
          change: "skipped",
          dns: "skipped",
          https: "skipped",
          smtp: "skipped",
        },
      },
    ]);
  });

  it("names the tool and the package version", () => {
    const root = tempRepo({ "mta-sts.txt": GOOD_POLICY });
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    const report = lint(settingsFor(root, [{ policy: "mta-sts.txt" }]), { rules: RULES });
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: "mta-sts-lint", version: pkg.version });
  });

  it("skips the zone areas for a policy-only repository (interface.md: a zone is optional)", () => {
    const root = tempRepo({
      "mta-sts.txt": "mode: testing\nmx: mx1.example.com\nmax_age: 604800\n",
    });
    const report = lint(settingsFor(root, [{ policy: "mta-sts.txt" }]), { rules: RULES });
    expect(report.domains[0].checks).toMatchObject({
      policy: "fail",
      "sts-record": "skipped",
      mx: "skipped",
      tlsrpt: "skipped",
      zone: "skipped",
    });
    expect(report.domains[0].mode).toBe("testing");
    expect(rulesOf(report.findings)).toEqual([
      "example.com policy-version",
      "example.com policy-mode-testing",
    ]);
  });

  it("skips the policy area and mx for a zone-only entry; tlsrpt warns", () => {
    const root = tempRepo({
      "example.com.zone": zone(
        "example.com",
        "@ IN MX 10 mx1.example.com.",
        '_mta-sts IN TXT "v=STSv1; id=1"',
      ),
    });
    const report = lint(settingsFor(root, [{ zone: "example.com.zone" }]), { rules: RULES });
    expect(report.domains[0].checks).toMatchObject({
      policy: "skipped",
      "sts-record": "pass",
      mx: "skipped",
      tlsrpt: "warn",
      zone: "pass",
    });
    expect(report.domains[0].mode).toBeUndefined();
  });

  it("an unreadable policy fails the policy area and skips what needs it (rules.md Scorecard)", () => {
    const root = tempRepo({ "example.com.zone": GOOD_ZONE });
    const report = lint(settingsFor(root, [{ policy: "missing.txt", zone: "example.com.zone" }]), {
      rules: RULES,
    });
    expect(report.findings.map((f) => [f.rule, f.area, f.location.file])).toEqual([
      ["input-unreadable", "policy", "missing.txt"],
    ]);
    expect(report.domains[0].checks).toMatchObject({
      policy: "fail",
      mx: "skipped",
      "sts-record": "pass",
      zone: "pass",
    });
    expect(report.domains[0].policyFile).toBe("missing.txt");
  });

  it("a zone whose format cannot be told fails the zone area and skips the record areas", () => {
    const root = tempRepo({
      "mta-sts.txt": GOOD_POLICY,
      // octoDNS's own configuration, named where a zone file was meant.
      "octodns/config.yaml":
        "providers:\n  config:\n    directory: ./config\nzones:\n  example.com.: {}\n",
    });
    const report = lint(
      settingsFor(root, [{ policy: "mta-sts.txt", zone: "octodns/config.yaml" }]),
      {
        rules: RULES,
      },
    );
    expect(report.findings[0].message).toContain("cannot tell the zone format");
    expect(report.domains[0].checks).toMatchObject({
      zone: "fail",
      "sts-record": "skipped",
      tlsrpt: "skipped",
    });
  });

  it("one bad domain never hides another's findings; order follows the configuration", () => {
    const root = tempRepo({
      "b.txt": new Uint8Array(300).fill(0),
      "a.txt": "version: STSv2\nmode: enforce\nmx: mx1.example.org\nmax_age: 604800\n",
    });
    const report = lint(
      settingsFor(root, [
        { domain: "b.example", policy: "b.txt" },
        { domain: "a.example", policy: "a.txt" },
      ]),
      { rules: RULES },
    );
    expect(rulesOf(report.findings)).toEqual([
      "b.example input-unreadable",
      "a.example policy-version",
    ]);
    expect(report.domains.map((d) => [d.domain, d.checks.policy])).toEqual([
      ["b.example", "fail"],
      ["a.example", "fail"],
    ]);
  });

  it("sorts findings by domain, then severity, then file and line; config findings first", () => {
    const root = tempRepo({
      "example.com.zone": zone("example.com", "@ IN MX 10 mx9.example.net."),
      "mta-sts.txt": "version: STSv1\nmode: testing\nmx: mx1.example.com\nmax_age: 604800\n",
    });
    const settings = settingsFor(root, [{ policy: "mta-sts.txt", zone: "example.com.zone" }], {
      configIssues: [{ message: "unknown key x", location: { file: ".mta-sts-lint.yml" } }],
    });
    const report = lint(settings, { rules: RULES });
    const where = (f: Finding) => `${f.location.file}:${f.location.span?.line}`;
    expect(report.findings.map((f) => `${f.rule}:${f.severity} ${where(f)}`)).toEqual([
      "config-invalid:error .mta-sts-lint.yml:undefined",
      "sts-record-missing:error example.com.zone:3",
      // Same severity: by position. mx-not-covered is a warning in testing mode.
      "tlsrpt-missing:warning example.com.zone:3",
      "mx-not-covered:warning example.com.zone:5",
      "policy-mode-testing:notice mta-sts.txt:2",
    ]);
    expect(report.summary).toEqual({ errors: 2, warnings: 2, notices: 1 });
    expect(report.domains[0].checks).toMatchObject({
      "sts-record": "fail",
      mx: "warn",
      tlsrpt: "warn",
      policy: "pass",
    });
  });

  it("applies the configuration's rule overrides (off and severity)", () => {
    const root = tempRepo({
      "example.com.zone": zone("example.com", "@ IN MX 10 mx1.example.com."),
    });
    const report = lint(
      settingsFor(root, [{ zone: "example.com.zone" }], {
        rules: { "tlsrpt-missing": "off", "sts-record-missing": "notice" },
      }),
      { rules: RULES },
    );
    expect(report.findings.map((f) => `${f.rule}:${f.severity}`)).toEqual([
      "sts-record-missing:notice",
    ]);
    // Notices do not count against the scorecard (rules.md Scorecard).
    expect(report.domains[0].checks["sts-record"]).toBe("pass");
  });

  it("reports a shared policy file for each domain that uses it (rules.md Shared policy files)", () => {
    const root = tempRepo({
      "shared.txt": "mode: enforce\nmx: mx1.example.com\nmax_age: 604800\n",
    });
    const report = lint(
      settingsFor(root, [
        { domain: "a.example", policy: "shared.txt" },
        { domain: "b.example", policy: "./shared.txt" },
      ]),
      { rules: RULES },
    );
    expect(rulesOf(report.findings)).toEqual([
      "a.example policy-version",
      "b.example policy-version",
    ]);
  });

  it("lints only the configured shard; config issues follow their domain", () => {
    const root = tempRepo({ "p.txt": GOOD_POLICY });
    const domains = ["a.example", "b.example", "c.example", "d.example"].map((domain) => ({
      domain,
      policy: "p.txt",
    }));
    const issues = domains.map((d) => ({ message: "x", location: {}, domain: d.domain }));
    const seen: string[] = [];
    for (const index of [1, 2]) {
      const report = lint(
        settingsFor(root, domains, { shard: { index, count: 2 }, configIssues: issues }),
        { rules: RULES },
      );
      const names = report.domains.map((d) => d.domain);
      expect(report.findings.map((f) => f.domain)).toEqual(names);
      seen.push(...names);
    }
    expect(seen.sort()).toEqual(domains.map((d) => d.domain));
  });

  it("reads an $INCLUDE-d record and reports zone syntax problems with their file", () => {
    const root = tempRepo({
      "zones/example.com.zone": `${GOOD_ZONE}$INCLUDE ../../outside.inc\n`,
      "mta-sts.txt": GOOD_POLICY,
    });
    const report = lint(
      settingsFor(root, [{ policy: "mta-sts.txt", zone: "zones/example.com.zone" }]),
      {
        rules: RULES,
      },
    );
    const syntax = report.findings.filter((f) => f.rule === "zone-syntax");
    expect(syntax).toHaveLength(1);
    expect(syntax[0].location.file).toBe("zones/example.com.zone");
    expect(syntax[0].message).toContain("outside the repository");
    expect(report.domains[0].checks.zone).toBe("fail");
  });

  it("runs the full registry by default", () => {
    const root = tempRepo({ "mta-sts.txt": GOOD_POLICY, "zones/example.com.zone": GOOD_ZONE });
    const report = lint(
      settingsFor(root, [{ policy: "mta-sts.txt", zone: "zones/example.com.zone" }]),
    );
    expect(report.summary.errors).toBe(0);
  });
});

describe("exitCode (interface.md exit status)", () => {
  const root = () => tempRepo({ "p.txt": "mode: testing\nmx: mx1.example.com\nmax_age: 604800\n" });

  it("is 1 when a finding reaches --fail-on, else 0", () => {
    const report = lint(settingsFor(root(), [{ policy: "p.txt" }]), { rules: RULES });
    expect(exitCode(report, "error")).toBe(1);
    expect(exitCode(report, "never")).toBe(0);
    const noticesOnly = { findings: report.findings.filter((f) => f.severity === "notice") };
    expect(exitCode(noticesOnly, "warning")).toBe(0);
    expect(exitCode(noticesOnly, "notice")).toBe(1);
  });
});

describe("PolicyCache", () => {
  it("reads and parses a file once however many domains share it", () => {
    const dir = tempRepo({ "shared.txt": GOOD_POLICY });
    const cache = new PolicyCache(dir);
    expect(cache.get("shared.txt").policy).toBe(cache.get("shared.txt").policy);
  });
});
