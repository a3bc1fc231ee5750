import { describe, expect, it } from "vitest";
import { AREAS, type Area, type AreaStatus } from "../../src/model/finding.js";
import type { LiveHostRow } from "../../src/model/live.js";
import type { LintReport } from "../../src/model/report.js";
import { liveSectionHtml, liveSectionLines } from "../../src/report/live-section.js";
import { buildSummary } from "../../src/report/summary.js";
import { formatText } from "../../src/report/text.js";

function report(live: LiveHostRow[] | undefined): LintReport {
  const checks = Object.fromEntries(AREAS.map((a) => [a, "pass"])) as Record<Area, AreaStatus>;
  return {
    version: 1,
    tool: { name: "mta-sts-lint", version: "0" },
    domains: [{ domain: "example.com", checks, ...(live ? { live } : {}) }],
    findings: [],
    summary: { errors: 0, warnings: 0, notices: 0 },
  };
}

const reachable: LiveHostRow = {
  area: "https",
  host: "mta-sts.example.com",
  family: 4,
  address: "198.51.100.10",
  reachable: true,
  outcome: "HTTP 200",
  certExpires: "2027-01-31",
  daysLeft: 64,
  elapsedMs: 123,
};

describe("live section (issue: each host per family: reachable, certificate expiry, fetch time)", () => {
  it("a row per host and family in the summary and the text report", () => {
    const ipv6: LiveHostRow = {
      ...reachable,
      family: 6,
      address: "2001:db8::10",
      reachable: false,
      outcome: "timeout: no answer within 10 s",
      certExpires: undefined,
      daysLeft: undefined,
      elapsedMs: 10000,
    };
    const r = report([reachable, ipv6]);
    const html = buildSummary(r, [], { failOn: "error" });
    expect(html).toContain("### Live hosts");
    expect(html).toContain("✅ reachable");
    expect(html).toContain("2027-01-31 (64 days)");
    expect(html).toContain("0.12 s");
    expect(html).toContain("❌ timeout: no answer within 10 s");
    const text = formatText(r);
    expect(text).toContain(
      "example.com HTTPS mta-sts.example.com IPv4 198.51.100.10: reachable, certificate expires 2027-01-31 (64 days), 0.12 s",
    );
    expect(text).toContain("IPv6 2001:db8::10: timeout: no answer within 10 s, 10.00 s");
  });

  it("no live probe, no section", () => {
    expect(liveSectionHtml(report(undefined))).toBe("");
    expect(liveSectionLines(report(undefined))).toEqual([]);
    expect(formatText(report(undefined))).not.toContain("live hosts");
  });

  it("server text stays data: HTML, mentions and terminal controls are escaped", () => {
    const hostile: LiveHostRow = {
      ...reachable,
      area: "smtp",
      host: "mx1.example.com",
      reachable: false,
      outcome: "protocol-error: 554 <img src=x onerror=alert(1)> @admins \u001b[2J",
    };
    const html = liveSectionHtml(report([hostile]));
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img");
    expect(html).not.toContain("\u001b");
    expect(html).toContain("@&#8203;admins");
    const lines = liveSectionLines(report([hostile]));
    expect(lines.join("\n")).not.toContain("\u001b");
    expect(lines.join("\n")).toContain("\\x1b[2J");
  });

  it("an expired certificate says so", () => {
    const expired = { ...reachable, daysLeft: -3, certExpires: "2026-11-25" };
    expect(liveSectionHtml(report([expired]))).toContain("2026-11-25 (expired)");
  });
});

describe("live section: MX addresses left out by the per-host cap", () => {
  it("the last row of the host says how many addresses were not probed", () => {
    const mx: LiveHostRow = {
      area: "smtp",
      host: "mx1.example.com",
      family: 4,
      address: "198.51.100.25",
      reachable: true,
      outcome: "STARTTLS ok",
      elapsedMs: 40,
      omittedAddresses: 3,
    };
    const r = report([mx]);
    expect(liveSectionHtml(r)).toContain("✅ reachable; 3 more addresses of this host not probed");
    expect(liveSectionLines(r).join("\n")).toContain(
      "reachable; 3 more addresses of this host not probed",
    );
  });
});
