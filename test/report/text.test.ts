import { describe, expect, it } from "vitest";
import { formatText } from "../../src/report/text.js";
import {
  checks,
  domainReport,
  hostile,
  liveContentType,
  mxNotCovered,
  mxRequired,
  report,
  tlsrptMissing,
} from "./reports.js";

describe("formatText", () => {
  it("writes file:line:col: severity: message [rule], then the fix indented", () => {
    const lines = formatText(report([mxRequired])).split("\n");
    expect(lines[0]).toBe(
      `mta-sts/example.com.txt:2:1: error: ${mxRequired.message} [policy-mx-required]`,
    );
    expect(lines[1]).toBe("    fix: mx: mail.example.com");
  });

  it("omits :line:col for a finding without a span and uses the URL for a live finding", () => {
    const out = formatText(report([tlsrptMissing, liveContentType]));
    expect(out).toContain(
      `zones/example.com.zone: warning: ${tlsrptMissing.message} [tlsrpt-missing]`,
    );
    expect(out).toContain(
      `https://mta-sts.example.com/.well-known/mta-sts.txt: error: ${liveContentType.message} [https-content-type]`,
    );
  });

  it("ends with a per-domain scorecard and the count line", () => {
    const d = domainReport("example.com", {
      checks: checks({
        policy: "fail",
        "sts-record": "pass",
        mx: "fail",
        tlsrpt: "warn",
        zone: "pass",
      }),
    });
    const lines = formatText(report([mxRequired, mxNotCovered, tlsrptMissing], [d]))
      .trimEnd()
      .split("\n");
    expect(lines.at(-1)).toBe("2 errors, 1 warning, 0 notices");
    expect(lines).toContain(
      "example.com [enforce]: policy fail, sts-record pass, mx fail, tlsrpt warn, zone pass (skipped: change, dns, https, smtp)",
    );
  });

  it("colours only when asked", () => {
    expect(formatText(report([mxRequired]))).not.toContain("\u001b[");
    expect(formatText(report([mxRequired]), { color: true })).toContain("\u001b[31merror\u001b[0m");
  });

  it("shows a finding of a shared policy file once, naming every domain (rules.md, Shared policy files)", () => {
    const shared = {
      ...mxRequired,
      location: { ...mxRequired.location, file: "mta-sts/shared.txt" },
    };
    const r = report(
      [shared, { ...shared, domain: "example.org" }],
      [domainReport("example.com"), domainReport("example.org")],
    );
    const lines = formatText(r).split("\n");
    const at = lines.findIndex((l) => l.includes("[policy-mx-required]"));
    expect(lines.filter((l) => l.includes("[policy-mx-required]"))).toHaveLength(1);
    // The finding line ends with the rule ID; the domains follow on their own line.
    expect(lines[at]).toMatch(/ \[policy-mx-required\]$/);
    expect(lines.slice(at + 1)).toContain("    domains: example.com, example.org");
  });

  it("keeps hostile policy content on its own line: no forged finding, no command, no ANSI", () => {
    const out = formatText(report([hostile(mxRequired)]));
    const lines = out.split("\n");
    // One finding line, one fix line, blank, scorecard, blank, count line.
    expect(lines.filter((l) => l.includes("[policy-mx-required]"))).toHaveLength(1);
    for (const line of lines) {
      expect(line.trimStart().startsWith("::")).toBe(false);
      expect(line).not.toContain("##[");
    }
    expect(out).not.toContain("\u001b");
    expect(out).not.toContain("\r");
    expect(out).toContain("\\x1b[31mred");
    expect(out).toContain("\\x0d\\x0a");
  });
});
