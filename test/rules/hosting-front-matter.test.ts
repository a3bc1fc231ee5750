import { describe, expect, it } from "vitest";
import { lintSite, ruleLines } from "../helpers/site.js";

const POLICY = "version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n";
const only = (rule: string, findings: ReturnType<typeof lintSite>) =>
  findings.filter((f) => f.rule === rule);

describe("hosting-front-matter", () => {
  it("notes the front matter and lints the body after it at the file's real lines (corpus 041 pattern)", () => {
    const file = `---\nlayout: null\npermalink: /.well-known/mta-sts.txt\n---\n\nversion: STSv1\nmode: enforce\n  mx: mail.example.com\nmax_age: 604800\n`;
    const findings = lintSite({ "mta-sts.txt": file }, { policy: "mta-sts.txt" });
    expect(ruleLines(findings)).toEqual(["policy-syntax 8", "hosting-front-matter 1"]);
    const [notice] = only("hosting-front-matter", findings);
    expect(notice.severity).toBe("notice");
    expect(notice.location.span).toMatchObject({ line: 1, endLine: 4 });
    expect(notice.message).toContain("from line 6 on");
    // The paste-able file: the front matter that serves it, then the cleaned body.
    expect(notice.fix).toBe(
      `---\nlayout: null\npermalink: /.well-known/mta-sts.txt\n---\n${POLICY}`,
    );
    // The syntax finding names the real line, not the body's third.
    expect(findings[0].message).toMatch(/^Line 8 /);
  });

  it("a missing field is reported where the body starts", () => {
    const file =
      "---\nlayout: null\npermalink: /.well-known/mta-sts.txt\n---\nversion: STSv1\nmode: none\n";
    const findings = lintSite({ "mta-sts.txt": file }, { policy: "mta-sts.txt" });
    const missing = findings.find((f) => f.rule === "policy-max-age");
    expect(missing?.location.span).toMatchObject({ line: 5, column: 1 });
  });

  it("an unclosed front matter is served whole, its --- line included", () => {
    const file = `---\nlayout: null\n${POLICY}`;
    const findings = lintSite(
      { "mta-sts.txt": file, "_config.yml": "title: x\n" },
      { policy: "mta-sts.txt" },
    );
    expect(only("hosting-front-matter", findings)[0].message).toContain("no closing");
    expect(ruleLines(findings)).toContain("policy-syntax 1");
  });

  it("invalid YAML is said: Jekyll ignores its values", () => {
    const file = `---\nlayout: [null\n---\n${POLICY}`;
    const [notice] = only(
      "hosting-front-matter",
      lintSite({ "mta-sts.txt": file }, { policy: "mta-sts.txt" }),
    );
    expect(notice.message).toContain("YAML is invalid");
  });

  it("stays silent for a plain file, and with .nojekyll (the front matter is then served)", () => {
    expect(
      only(
        "hosting-front-matter",
        lintSite(
          { "mta-sts.txt": POLICY, CNAME: "mta-sts.example.com" },
          { policy: "mta-sts.txt" },
        ),
      ),
    ).toEqual([]);
    const served = lintSite(
      { ".well-known/mta-sts.txt": `---\nlayout: null\n---\n${POLICY}`, ".nojekyll": "" },
      { policy: ".well-known/mta-sts.txt" },
    );
    expect(only("hosting-front-matter", served)).toEqual([]);
    expect(ruleLines(served)).toContain("policy-syntax 1");
  });

  it("hosting: none lints the raw file", () => {
    const file = `---\nlayout: null\n---\n${POLICY}`;
    const findings = lintSite({ "mta-sts.txt": file }, { policy: "mta-sts.txt", hosting: "none" });
    expect(findings.some((f) => f.rule.startsWith("hosting-"))).toBe(false);
    expect(ruleLines(findings)).toContain("policy-syntax 1");
  });
});
