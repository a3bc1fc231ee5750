import { describe, expect, it } from "vitest";
import type { TimelineStep } from "../../src/model/change-timeline.js";
import { toJsonReport } from "../../src/report/json.js";
import { buildSummary } from "../../src/report/summary.js";
import { formatText } from "../../src/report/text.js";
import { domainReport, HOSTILE, RULES, report } from "./reports.js";

/** The RFC 8461 §8.1 + §4.1 order for a new MX host: policy, id, then the MX after max_age. */
const STEPS: TimelineStep[] = [
  {
    step: "Deploy the new policy file so that https://mta-sts.example.com/.well-known/mta-sts.txt serves it, with mx lines that cover mx3.example.org",
    when: "now",
  },
  {
    step: "Publish the _mta-sts.example.com TXT record with the new id 2",
    when: "after the new policy file is served (RFC 8461 §8.1)",
  },
  {
    step: "Add mx3.example.org to the MX records",
    when: "after the new policy and id are live + the base policy's max_age 1209600 s = 14 days",
    earliest: "2026-12-12T12:00:00Z",
  },
];

const withTimeline = (steps: TimelineStep[]) =>
  report([], [domainReport("example.com", { changeTimeline: steps }), domainReport("example.org")]);

describe("safety timeline in the reports", () => {
  it("text: numbered steps under the scorecard, with the earliest time", () => {
    const text = formatText(withTimeline(STEPS));
    const lines = text.split("\n");
    const at = lines.indexOf("Safety timeline for example.com:");
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 3]).toBe(
      "  3. Add mx3.example.org to the MX records — after the new policy and id are live + the base policy's max_age 1209600 s = 14 days (earliest 2026-12-12T12:00:00Z)",
    );
    expect(text).not.toContain("Safety timeline for example.org");
  });

  it("summary: an ordered list per domain with a change, none without one", () => {
    const summary = buildSummary(withTimeline(STEPS), RULES, { failOn: "error" });
    expect(summary).toContain("### Change safety");
    expect(summary).toContain(
      "<p>Safety timeline for <code>example.com</code>:</p>\n<ol>\n<li>Deploy",
    );
    expect(summary).toContain("(earliest <code>2026-12-12T12:00:00Z</code>)</li>");
    expect(buildSummary(report([]), RULES, { failOn: "error" })).not.toContain("Safety timeline");
  });

  it("summary and text escape step texts (ids and names come from the repository's files)", () => {
    const hostile = [{ step: `Publish the record with the new id ${HOSTILE}`, when: "now" }];
    const summary = buildSummary(withTimeline(hostile), RULES, { failOn: "error" });
    expect(summary).not.toContain("<script>");
    expect(summary).not.toMatch(/\n\s*\n[^<\n]*::add-mask/);
    const text = formatText(withTimeline(hostile));
    expect(text).not.toMatch(/^::add-mask::/m);
    expect(text).not.toContain("\u001b[31m");
  });

  it("JSON: the domain carries changeTimeline after checks; domains without one have no such key", () => {
    const json = toJsonReport(withTimeline(STEPS));
    expect(Object.keys(json.domains[0]).at(-1)).toBe("changeTimeline");
    expect(json.domains[0].changeTimeline).toEqual(STEPS);
    expect("changeTimeline" in json.domains[1]).toBe(false);
  });
});
