import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/model/finding.js";
import { buildSummary } from "../../src/report/summary.js";
import {
  checks,
  domainReport,
  HOSTILE,
  hostile,
  liveContentType,
  mxNotCovered,
  mxRequired,
  RULES,
  report,
  tlsrptMissing,
} from "./reports.js";

const config: Finding = {
  rule: "config-invalid",
  severity: "error",
  message: "Unknown key `domian` in the domain entry.",
  location: { file: ".mta-sts-lint.yml", span: { line: 3, column: 5, endLine: 3, endColumn: 11 } },
};

/** Raw-HTML blocks end at a blank line; content must never contain one (it would become markdown). */
function blocks(html: string): string[] {
  return html.trimEnd().split("\n\n");
}

describe("buildSummary (job summary)", () => {
  it("heads with the result against fail-on and the count line", () => {
    const failing = buildSummary(report([mxRequired, tlsrptMissing]), RULES, { failOn: "error" });
    expect(failing.startsWith("## ❌ MTA-STS lint failed\n")).toBe(true);
    expect(failing).toContain("<strong>1 error, 1 warning, 0 notices</strong> in 1 domain.");
    const passing = buildSummary(report([tlsrptMissing]), RULES, { failOn: "error" });
    expect(passing.startsWith("## ✅ MTA-STS lint passed\n")).toBe(true);
    const never = buildSummary(report([mxRequired]), RULES, { failOn: "never" });
    expect(never.startsWith("## ✅")).toBe(true);
  });

  it("shows a scorecard row per domain with an icon and a text label per area", () => {
    const d = domainReport("example.com", {
      checks: checks({
        policy: "fail",
        "sts-record": "pass",
        mx: "fail",
        tlsrpt: "warn",
        zone: "pass",
      }),
    });
    const out = buildSummary(report([mxRequired], [d]), RULES, { failOn: "error" });
    expect(out).toContain(
      "<tr><th>Domain</th><th>Policy</th><th>TXT record</th><th>MX coverage</th><th>TLS-RPT</th><th>Zone</th><th>Change safety</th><th>DNS</th><th>HTTPS</th><th>SMTP</th></tr>",
    );
    expect(out).toContain(
      "<tr><td><code>example.com</code> <sub>enforce</sub></td><td>❌ fail</td><td>✅ pass</td><td>❌ fail</td><td>⚠️ warn</td><td>✅ pass</td><td>➖ skipped</td>",
    );
  });

  it("lists findings by domain, most severe first, with location, rule link and fix", () => {
    const out = buildSummary(report([tlsrptMissing, mxRequired, config]), RULES, {
      failOn: "error",
    });
    const cfg = out.indexOf("<strong>Configuration</strong>");
    const dom = out.indexOf("<strong><code>example.com</code></strong>");
    expect(cfg).toBeGreaterThan(0);
    expect(dom).toBeGreaterThan(cfg);
    expect(out.indexOf("policy-mx-required</code></a>")).toBeLessThan(
      out.indexOf("tlsrpt-missing</code></a>"),
    );
    expect(out).toContain(
      '<a href="https://github.com/mta-sts-lint/mta-sts-lint/blob/main/docs/rules/policy-mx-required.md"><code>policy-mx-required</code></a> at <code>mta-sts/example.com.txt:2:1</code>',
    );
    expect(out).toContain("Fix:<pre><code>mx: mail.example.com</code></pre>");
  });

  it("links rule pages under the docs base it is given (the action's own version)", () => {
    const base = "https://github.com/acme/mta-sts-lint/blob/v1.2.3/docs/rules/";
    const out = buildSummary(report([mxRequired]), RULES, { failOn: "error", docsBase: base });
    expect(out).toContain(`<a href="${base}policy-mx-required.md">`);
    expect(out).not.toContain("mta-sts-lint/mta-sts-lint/blob/main");
    // The default docs are untouched by a summary built with another base.
    const plain = buildSummary(report([mxRequired]), RULES, { failOn: "error" });
    expect(plain).toContain("mta-sts-lint/mta-sts-lint/blob/main/docs/rules/policy-mx-required.md");
  });

  it("names a live finding by its URL", () => {
    const out = buildSummary(report([liveContentType]), RULES, { failOn: "error" });
    expect(out).toContain("at <code>https://mta-sts.example.com/.well-known/mta-sts.txt</code>");
  });

  it("keeps hostile content as data: no tags, no links, no mentions, no blank line inside a block", () => {
    const evil = hostile(mxRequired);
    const d = domainReport("<img src=x>.example", { mode: "<b>enforce</b>" });
    const out = buildSummary(report([{ ...evil, domain: d.domain }], [d]), RULES, {
      failOn: "error",
    });
    expect(out).not.toContain("<script>");
    expect(out).not.toContain("<img");
    expect(out).not.toContain("<b>");
    // Inside a raw-HTML block markdown is not parsed: the link stays text, never an <a>.
    expect(out).not.toContain('href="http://x"');
    expect(out).toContain("[link](http://x)");
    // GitHub links no mention inside <code>; everywhere else the `@` must be broken.
    expect(out.replace(/<code>.*?<\/code>/gs, "")).not.toMatch(/(^|[^\w])@org/);
    expect(out).not.toContain("\u001b");
    expect(out).not.toContain("\r");
    expect(out).toContain("&lt;script&gt;");
    expect(out).toContain("@&#8203;org/team");
    // The message sits in one raw-HTML block: no blank line was introduced by its CR/LF.
    const findingBlock = blocks(out).find((b) => b.includes("&lt;script&gt;"))!;
    expect(findingBlock.startsWith("<details")).toBe(true);
    expect(findingBlock.endsWith("</details>")).toBe(true);
    expect(HOSTILE).toContain("\n");
  });

  it("starts every block with an HTML block tag or a heading, so no text is read as markdown", () => {
    const out = buildSummary(report([hostile(mxRequired), mxNotCovered, config]), RULES, {
      failOn: "error",
    });
    for (const b of blocks(out.trimEnd())) expect(b).toMatch(/^(#{2,3} |<(p|table|details)[ >])/);
  });

  it("stays readable for 200 domains: problems first, passing domains and findings folded", () => {
    const domains = Array.from({ length: 200 }, (_, i) =>
      domainReport(`d${i}.example`, i === 150 ? { checks: checks({ policy: "fail" }) } : {}),
    );
    const findings = [{ ...mxRequired, domain: "d150.example" }];
    const out = buildSummary(report(findings, domains), RULES, { failOn: "error" });
    expect(out).toContain("<p>200 domains: 1 failing, 0 with warnings, 199 without problems.</p>");
    expect(out.indexOf("d150.example")).toBeLessThan(out.indexOf("d0.example"));
    expect(out).toContain("<details><summary>199 domains without problems</summary>");
    expect(out).toContain("<details><summary><strong><code>d150.example</code></strong>");
  });

  it("stays under GitHub's 1 MiB summary limit with 10,000 domains: the tables are capped", () => {
    const domains = Array.from({ length: 10000 }, (_, i) =>
      domainReport(`d${i}.example`, { checks: checks({ tlsrpt: i % 2 ? "warn" : "pass" }) }),
    );
    const out = buildSummary(report([], domains), RULES, { failOn: "error" });
    expect(Buffer.byteLength(out)).toBeLessThan(1024 * 1024);
    expect(out).toContain(
      "<p>10000 domains: 0 failing, 5000 with warnings, 5000 without problems.</p>",
    );
    expect(out.match(/… and 4800 more domains/g)).toHaveLength(2);
  });

  it("keeps within the size budget and says how many findings it left out", () => {
    const findings = Array.from({ length: 400 }, (_, i) => ({
      ...mxNotCovered,
      message: `${mxNotCovered.message} (${i})`,
    }));
    const out = buildSummary(report(findings), RULES, { failOn: "error", maxBytes: 20_000 });
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(20_000);
    const shown = out.split("<li>").length - 1;
    expect(shown).toBeGreaterThan(10);
    expect(out).toContain(`${400 - shown} more findings are not shown`);
  });
});
