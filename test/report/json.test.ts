import { describe, expect, it } from "vitest";
import { formatJson } from "../../src/report/json.js";
import {
  domainReport,
  HOSTILE,
  hostile,
  liveContentType,
  mxRequired,
  report,
  tlsrptMissing,
} from "./reports.js";

describe("formatJson (interface.md, JSON report)", () => {
  it("writes exactly the documented shape, key for key and in order", () => {
    const out = formatJson(report([mxRequired]));
    expect(out.endsWith("}\n")).toBe(true);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(["version", "tool", "domains", "findings", "summary"]);
    expect(json.tool).toEqual({ name: "mta-sts-lint", version: "0.1.0" });
    expect(Object.keys(json.domains[0])).toEqual([
      "domain",
      "policyFile",
      "zoneFile",
      "mode",
      "id",
      "checks",
    ]);
    expect(Object.keys(json.domains[0].checks)).toEqual([
      "policy",
      "sts-record",
      "mx",
      "tlsrpt",
      "zone",
      "change",
      "dns",
      "https",
      "smtp",
    ]);
    expect(json.findings[0]).toEqual({
      rule: "policy-mx-required",
      severity: "error",
      domain: "example.com",
      message: mxRequired.message,
      file: "mta-sts/example.com.txt",
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 14,
      fix: "mx: mail.example.com",
    });
    expect(Object.keys(json.findings[0])).toEqual([
      "rule",
      "severity",
      "domain",
      "message",
      "file",
      "line",
      "column",
      "endLine",
      "endColumn",
      "fix",
    ]);
    expect(Object.keys(json.summary)).toEqual(["errors", "warnings", "notices"]);
    expect(json.summary).toEqual({ errors: 1, warnings: 0, notices: 0 });
  });

  it("omits what a finding does not have: no span, no fix, no domain; internal `area` never leaks", () => {
    const configFinding = {
      rule: "config-invalid",
      severity: "error" as const,
      message: "Unknown key `domian` in .mta-sts-lint.yml.",
      location: {
        file: ".mta-sts-lint.yml",
        span: { line: 3, column: 5, endLine: 3, endColumn: 11 },
      },
    };
    const json = JSON.parse(formatJson(report([tlsrptMissing, configFinding])));
    expect(json.findings[0]).toEqual({
      rule: "tlsrpt-missing",
      severity: "warning",
      domain: "example.com",
      message: tlsrptMissing.message,
      file: "zones/example.com.zone",
    });
    expect(json.findings[1].domain).toBeUndefined();
    expect(json.findings[1].area).toBeUndefined();
  });

  it("flattens a live finding's url (no file) and a DNS finding's host", () => {
    const dns = {
      ...liveContentType,
      rule: "live-dns-error",
      location: { host: "_mta-sts.example.com" },
    };
    const json = JSON.parse(formatJson(report([liveContentType, dns])));
    expect(json.findings[0].url).toBe("https://mta-sts.example.com/.well-known/mta-sts.txt");
    expect(json.findings[0].file).toBeUndefined();
    expect(json.findings[1].host).toBe("_mta-sts.example.com");
  });

  it("omits a domain's policy file, zone file, mode and id when unknown (policy-only repository)", () => {
    const d = domainReport("example.org", {
      zoneFile: undefined,
      id: undefined,
      mode: undefined,
    });
    const json = JSON.parse(formatJson(report([], [d])));
    expect(Object.keys(json.domains[0])).toEqual(["domain", "policyFile", "checks"]);
  });

  it("keeps hostile content exact as data and prints no workflow command line", () => {
    const f = hostile(mxRequired);
    const out = formatJson(report([f]));
    expect(JSON.parse(out).findings[0].message).toBe(f.message);
    expect(JSON.parse(out).findings[0].message.startsWith(HOSTILE)).toBe(true);
    for (const line of out.split("\n")) {
      expect(line.trimStart().startsWith("::")).toBe(false);
      expect(line).not.toContain("##[");
    }
    expect(out).not.toContain("\u001b");
  });
});
