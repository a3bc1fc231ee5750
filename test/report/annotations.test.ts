import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/model/finding.js";
import { ANNOTATIONS_PER_LEVEL, planAnnotations } from "../../src/report/annotations.js";
import { formatGithubCommands } from "../../src/report/github-commands.js";
import {
  domainReport,
  hostile,
  liveContentType,
  mxNotCovered,
  mxRequired,
  report,
  tlsrptMissing,
} from "./reports.js";

function many(base: Finding, n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    ...base,
    message: `${base.message} (#${i + 1})`,
    location: { ...base.location, span: { line: i + 1, column: 1, endLine: i + 1, endColumn: 5 } },
  }));
}

describe("planAnnotations", () => {
  it("annotates a finding at its file and line, titled with the rule ID, domain and fix in the message", () => {
    const [a] = planAnnotations(report([mxRequired]));
    expect(a).toEqual({
      level: "error",
      title: "policy-mx-required",
      message: `example.com: ${mxRequired.message}\nfix:\nmx: mail.example.com`,
      file: "mta-sts/example.com.txt",
      startLine: 2,
      endLine: 2,
      startColumn: 1,
      // Our spans end after the last character; GitHub's end column is the last character.
      endColumn: 13,
    });
  });

  it("omits columns on a multi-line span (GitHub ignores them there)", () => {
    const f = {
      ...mxNotCovered,
      location: {
        file: "zones/example.com.zone",
        span: { line: 3, column: 2, endLine: 5, endColumn: 4 },
      },
    };
    const [a] = planAnnotations(report([f]));
    expect(a.startLine).toBe(3);
    expect(a.endLine).toBe(5);
    expect(a.startColumn).toBeUndefined();
    expect(a.endColumn).toBeUndefined();
  });

  it("puts a live finding at no file, its URL first in the message", () => {
    const [a] = planAnnotations(report([liveContentType]));
    expect(a.file).toBeUndefined();
    expect(
      a.message.startsWith("example.com: https://mta-sts.example.com/.well-known/mta-sts.txt: "),
    ).toBe(true);
  });

  it("annotates a shared policy file's finding once, naming every domain (rules.md)", () => {
    const shared = {
      ...mxRequired,
      location: { ...mxRequired.location, file: "mta-sts/shared.txt" },
    };
    const plan = planAnnotations(
      report(
        [
          shared,
          { ...shared, domain: "example.org" },
          { ...shared, domain: "example.net", severity: "warning" },
        ],
        [domainReport("example.com"), domainReport("example.org")],
      ),
    );
    expect(plan).toHaveLength(1);
    expect(plan[0].title).toBe("policy-mx-required");
    expect(plan[0].message.startsWith("example.com, example.org, example.net: ")).toBe(true);
    expect(plan[0].level).toBe("error");
  });

  it("keeps the first 10 of each level and says in a notice how many were left out", () => {
    const errors = many(mxNotCovered, 14);
    const warnings = many(tlsrptMissing, 3);
    const plan = planAnnotations(report([...errors, ...warnings]));
    expect(plan.filter((a) => a.level === "error")).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(plan.filter((a) => a.level === "error").map((a) => a.startLine)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(plan.filter((a) => a.level === "warning")).toHaveLength(3);
    const last = plan.at(-1)!;
    expect(last.level).toBe("notice");
    expect(last.message).toContain("4 more findings were not annotated");
    expect(last.message).toContain("job summary");
  });

  it("keeps a notice slot free for the overflow notice so GitHub never drops it", () => {
    const notices = many({ ...tlsrptMissing, rule: "policy-mode-testing", severity: "notice" }, 12);
    const plan = planAnnotations(report(notices));
    const shown = plan.filter((a) => a.level === "notice");
    expect(shown).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(shown.at(-1)!.message).toContain("3 more findings were not annotated");
  });

  it("adds no overflow notice when everything fits", () => {
    const plan = planAnnotations(report(many(mxNotCovered, 10)));
    expect(plan).toHaveLength(10);
    expect(plan.every((a) => a.level === "error")).toBe(true);
  });

  it("keeps hostile content inert in message and title", () => {
    const [a] = planAnnotations(report([hostile(mxRequired, "policy-syntax")]));
    for (const line of `${a.title}\n${a.message}`.split("\n")) {
      expect(line.trimStart().startsWith("::")).toBe(false);
      expect(line).not.toContain("##[");
    }
    expect(a.message).not.toContain("\u001b");
    expect(a.message).not.toContain("\r");
  });
});

describe("formatGithubCommands (--format github)", () => {
  it("writes one escaped workflow command per annotation, then the count line", () => {
    const lines = formatGithubCommands(report([mxRequired, tlsrptMissing]))
      .trimEnd()
      .split("\n");
    // Data escapes %, CR and LF; property values also `:` and `,` (as @actions/core does).
    expect(lines[0]).toBe(
      `::error title=policy-mx-required,file=mta-sts/example.com.txt,line=2,endLine=2,col=1,endColumn=13::example.com: ${mxRequired.message}%0Afix:%0Amx: mail.example.com`,
    );
    expect(
      lines[1].startsWith(
        "::warning title=tlsrpt-missing,file=zones/example.com.zone::example.com: ",
      ),
    ).toBe(true);
    expect(lines[2]).toBe("1 error, 1 warning, 0 notices");
  });

  it("cannot be broken out of: hostile content stays inside one command's data", () => {
    const out = formatGithubCommands(report([hostile(mxRequired)]));
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0].startsWith("::error title=")).toBe(true);
    expect(lines[0]).not.toContain("##[");
    expect(lines[0]).toContain("file=mta-sts/%3A%3Aerror%3A%3A<b>|@org/team.txt");
  });
});
