import { describe, expect, it } from "vitest";
import { lintSite } from "../helpers/site.js";

const POLICY = "version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n";
const layoutFindings = (files: Record<string, string>) =>
  lintSite(files, { policy: "mta-sts.txt" }).filter((f) => f.rule === "hosting-layout");

describe("hosting-layout", () => {
  it("fires on a layout named in the front matter, at its value", () => {
    const [f] = layoutFindings({
      "mta-sts.txt": `---\nlayout: default\npermalink: /.well-known/mta-sts.txt\n---\n${POLICY}`,
    });
    expect(f.severity).toBe("error");
    expect(f.location).toMatchObject({ file: "mta-sts.txt", span: { line: 2, column: 9 } });
    expect(f.message).toContain("HTML");
    expect(f.fix).toBe("layout: null");
  });

  it("fires on a layout given by _config.yml defaults", () => {
    const [f] = layoutFindings({
      "mta-sts.txt": `---\npermalink: /.well-known/mta-sts.txt\n---\n${POLICY}`,
      "_config.yml": 'defaults:\n  - scope: { path: "" }\n    values: { layout: page }\n',
    });
    expect(f.message).toContain("defaults");
  });

  it.each(["null", "none", "~", '""'])("accepts layout: %s", (value) => {
    expect(
      layoutFindings({
        "mta-sts.txt": `---\nlayout: ${value}\npermalink: /.well-known/mta-sts.txt\n---\n${POLICY}`,
        "_config.yml": 'defaults:\n  - scope: { path: "" }\n    values: { layout: default }\n',
      }),
    ).toEqual([]);
  });

  it("is reported next to hosting-not-published: it breaks the page once the folder is included", () => {
    const findings = lintSite(
      { ".well-known/mta-sts.txt": `---\nlayout: page\n---\n${POLICY}` },
      { policy: ".well-known/mta-sts.txt" },
    ).map((f) => f.rule);
    expect(findings).toEqual(expect.arrayContaining(["hosting-layout", "hosting-not-published"]));
  });

  it("a defaults scope for another folder does not apply", () => {
    expect(
      layoutFindings({
        "mta-sts.txt": `---\npermalink: /.well-known/mta-sts.txt\n---\n${POLICY}`,
        "_config.yml": 'defaults:\n  - scope: { path: "blog" }\n    values: { layout: default }\n',
      }),
    ).toEqual([]);
  });
});
