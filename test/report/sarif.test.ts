import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { buildSarif, FINGERPRINT_KEY, formatSarif } from "../../src/report/sarif.js";
import {
  domainReport,
  hostile,
  liveContentType,
  mxNotCovered,
  mxRequired,
  RULES,
  report,
  tlsrptMissing,
} from "./reports.js";

/**
 * The SARIF 2.1.0 schema (JSON Schema 2020-12), kept offline in test/fixtures/report: copied
 * from `sarif-2.1.0.json` of the npm package @microsoft/sarif-multitool-linux@5.7.0 (the
 * SARIF SDK); see test/fixtures/report/README.md for how it differs from the OASIS copy.
 */
const schema = JSON.parse(
  readFileSync(
    new URL("../fixtures/report/sarif-schema-2.1.0.json", import.meta.url),
    "utf8",
  ).replace(/^\uFEFF/, ""),
);

function isUri(s: string): boolean {
  return URL.canParse(s);
}
function isUriReference(s: string): boolean {
  return URL.canParse(s, "https://base.invalid/root/") && !/[\s\\]/.test(s);
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat("uri", isUri);
ajv.addFormat("uri-reference", isUriReference);
ajv.addFormat("date-time", true);
ajv.addFormat("uuid", true);
const validate = ajv.compile(schema);

const OPTS = {
  toolVersion: "0.1.0",
  informationUri: "https://github.com/mta-sts-lint/mta-sts-lint",
};

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

describe("buildSarif (SARIF 2.1.0 for GitHub code scanning)", () => {
  it("validates against the SARIF 2.1.0 schema, hostile content and live findings included", () => {
    const log = buildSarif(
      report([mxRequired, hostile(mxNotCovered), tlsrptMissing, liveContentType]),
      RULES,
      OPTS,
    );
    expectValid(log);
  });

  it("the schema check can fail: a result without a message is rejected", () => {
    const log = buildSarif(report([mxRequired]), RULES, OPTS);
    // biome-ignore lint/suspicious/noExplicitAny: breaking the log on purpose
    delete (log.runs[0].results[0] as any).message;
    expect(validate(log)).toBe(false);
  });

  it("links rule pages under the docs base it is given (the action's own version)", () => {
    const base = "https://github.com/acme/mta-sts-lint/blob/v1.2.3/docs/rules";
    const driver = buildSarif(report([]), RULES, { ...OPTS, docsBase: base }).runs[0].tool.driver;
    const testing = driver.rules.find((r) => r.id === "policy-mode-testing")!;
    expect(testing.helpUri).toBe(`${base}/policy-mode-testing.md`);
    expect(testing.help.markdown).toContain(`(${base}/policy-mode-testing.md)`);
  });

  it("describes every rule: descriptions, help, docs link, default level, tags", () => {
    const driver = buildSarif(report([]), RULES, OPTS).runs[0].tool.driver;
    expect(driver.name).toBe("mta-sts-lint");
    expect(driver.version).toBe("0.1.0");
    expect(driver.informationUri).toBe(OPTS.informationUri);
    expect(driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    const testing = driver.rules.find((r) => r.id === "policy-mode-testing")!;
    expect(testing.defaultConfiguration.level).toBe("note");
    expect(testing.helpUri).toBe(
      "https://github.com/mta-sts-lint/mta-sts-lint/blob/main/docs/rules/policy-mode-testing.md",
    );
    expect(testing.help.markdown).toContain(`(${testing.helpUri})`);
    expect(testing.properties.tags).toEqual(["mta-sts", "policy", "rfc8461"]);
    expect(testing.fullDescription.text).toContain("RFC 8461 §5");
  });

  it("writes a result with rule index, level, repository-relative location and region", () => {
    const log = buildSarif(report([{ ...mxRequired, severity: "notice" }]), RULES, OPTS);
    const [r] = log.runs[0].results;
    expect(r.ruleId).toBe("policy-mx-required");
    expect(r.ruleIndex).toBe(0);
    expect(r.level).toBe("note");
    expect(r.message.text).toBe(`${mxRequired.message}\nFix:\nmx: mail.example.com`);
    expect(r.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: "mta-sts/example.com.txt", uriBaseId: "%SRCROOT%" },
          region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 14 },
        },
      },
    ]);
  });

  it("merges a shared policy file's finding into one result naming all domains (rules.md)", () => {
    const shared = {
      ...mxRequired,
      location: { ...mxRequired.location, file: "mta-sts/shared.txt" },
    };
    const log = buildSarif(
      report(
        [shared, { ...shared, domain: "example.org" }],
        [domainReport("example.com"), domainReport("example.org")],
      ),
      RULES,
      OPTS,
    );
    expect(log.runs[0].results).toHaveLength(1);
    expect(log.runs[0].results[0].message.text).toContain("Domains: example.com, example.org.");
    expect(log.runs[0].results[0].properties?.domains).toEqual(["example.com", "example.org"]);
  });

  it("keeps fingerprints stable when lines move, distinct for distinct findings", () => {
    const moved = {
      ...mxNotCovered,
      location: {
        ...mxNotCovered.location,
        span: { line: 40, column: 1, endLine: 40, endColumn: 36 },
      },
    };
    const fp = (f: typeof mxNotCovered) =>
      buildSarif(report([f]), RULES, OPTS).runs[0].results[0].partialFingerprints[FINGERPRINT_KEY];
    expect(fp(moved)).toBe(fp(mxNotCovered));
    expect(
      fp({ ...mxNotCovered, message: "MX host mx3.example.net matches no mx pattern." }),
    ).not.toBe(fp(mxNotCovered));
    const twice = buildSarif(report([mxNotCovered, moved]), RULES, OPTS).runs[0].results;
    expect(twice.map((r) => r.partialFingerprints[FINGERPRINT_KEY].split(":")[1])).toEqual([
      "1",
      "2",
    ]);
  });

  it("attaches a live finding to line 1 of its domain's policy file and names the URL", () => {
    const [r] = buildSarif(report([liveContentType]), RULES, OPTS).runs[0].results;
    expect(r.locations?.[0].physicalLocation).toEqual({
      artifactLocation: { uri: "mta-sts/example.com.txt", uriBaseId: "%SRCROOT%" },
      region: { startLine: 1 },
    });
    expect(r.message.text.startsWith("https://mta-sts.example.com/.well-known/mta-sts.txt: ")).toBe(
      true,
    );
    expect(r.properties?.url).toBe("https://mta-sts.example.com/.well-known/mta-sts.txt");
  });

  it("falls back to the configuration file, and to no location only when there is nothing at all", () => {
    const noFiles = [domainReport("example.com", { policyFile: undefined, zoneFile: undefined })];
    const withConfig = buildSarif(report([liveContentType], noFiles), RULES, {
      ...OPTS,
      configFile: ".mta-sts-lint.yml",
    }).runs[0].results[0];
    expect(withConfig.locations?.[0].physicalLocation.artifactLocation.uri).toBe(
      ".mta-sts-lint.yml",
    );
    const bare = buildSarif(report([liveContentType], noFiles), RULES, OPTS);
    expect(bare.runs[0].results[0].locations).toBeUndefined();
    expectValid(bare);
  });

  it("adds a descriptor for a rule missing from the catalog so ruleIndex stays valid", () => {
    const odd = { ...mxRequired, rule: "policy-something-new" };
    const log = buildSarif(report([odd]), RULES, OPTS);
    const r = log.runs[0].results[0];
    expect(log.runs[0].tool.driver.rules[r.ruleIndex].id).toBe("policy-something-new");
    expectValid(log);
  });

  it("escapes embedded-link brackets and shows controls in messages (SARIF §3.11.6)", () => {
    const [r] = buildSarif(report([hostile(mxRequired)]), RULES, OPTS).runs[0].results;
    expect(r.message.text).toContain("\\[link\\](http://x)");
    expect(r.message.text).not.toContain("\u001b");
    expect(r.message.text).not.toContain("\r");
    expect(r.locations?.[0].physicalLocation.artifactLocation.uri).toBe(
      "mta-sts/%3A%3Aerror%3A%3A%3Cb%3E%7C%40org/team.txt",
    );
  });

  it("formatSarif prints the same log, safely", () => {
    const r = report([hostile(mxRequired)]);
    const text = formatSarif(r, RULES, OPTS);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(buildSarif(r, RULES, OPTS))));
    expect(text).not.toContain("##[");
  });
});
