import { describe, expect, it } from "vitest";
import { lintSite } from "../helpers/site.js";

const POLICY = "version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n";
const permalink = (files: Record<string, string>, policy = "mta-sts.txt") =>
  lintSite(files, { policy }).filter((f) => f.rule === "hosting-permalink");

describe("hosting-permalink", () => {
  it("fires on a permalink elsewhere, at its value, with the corrected line", () => {
    const [f] = permalink({
      "mta-sts.txt": `---\nlayout: null\npermalink: /mta-sts.txt\n---\n${POLICY}`,
    });
    expect(f.severity).toBe("error");
    expect(f.location.span).toMatchObject({ line: 3, column: 12 });
    expect(f.message).toContain("https://mta-sts.example.com/mta-sts.txt");
    expect(f.fix).toBe("permalink: /.well-known/mta-sts.txt");
  });

  it("fires on a plain file outside .well-known/ and offers the front matter", () => {
    const [f] = permalink({ "mta-sts.txt": POLICY, CNAME: "mta-sts.example.com\n" });
    expect(f.fix).toBe("---\nlayout: null\npermalink: /.well-known/mta-sts.txt\n---");
    // Detected, not configured: the message says from what, and how to say otherwise.
    expect(f.message).toContain(
      'from CNAME; if another server publishes this file, set "hosting: none"',
    );
  });

  it("a file with front matter but no permalink gets the line to add, not a second block", () => {
    // Pasting a whole new front matter above the existing one leaves the old block in the
    // served body, where senders read "---" as the policy's first line.
    const [f] = permalink({
      "mta-sts.txt": `---\nlayout: null\n---\n${POLICY}`,
      CNAME: "mta-sts.example.com\n",
    });
    expect(f.fix).toBe("permalink: /.well-known/mta-sts.txt");
    expect(f.message).toContain(
      `Add "permalink: /.well-known/mta-sts.txt" to the file's front matter`,
    );
    expect(f.location.span).toMatchObject({ line: 1 });
  });

  it("with .nojekyll only the file's place counts", () => {
    const [f] = permalink({ "mta-sts.txt": POLICY, ".nojekyll": "" });
    expect(f.message).toContain(".nojekyll");
    expect(f.fix).toBeUndefined();
  });

  it.each([
    ["/.well-known/mta-sts.txt"],
    ["/.well-known/mta-sts"], // Jekyll appends the file's extension
    ["/.well-known/:basename:output_ext"],
  ])("accepts permalink %s", (value) => {
    expect(
      permalink({ "mta-sts.txt": `---\nlayout: null\npermalink: ${value}\n---\n${POLICY}` }),
    ).toEqual([]);
  });

  it("hosting: github-pages needs no evidence, and the message no detection note", () => {
    const [f] = lintSite(
      { "mta-sts/example.com.txt": POLICY },
      { policy: "mta-sts/example.com.txt", hosting: "github-pages" },
    ).filter((x) => x.rule === "hosting-permalink");
    expect(f.message).toContain("https://mta-sts.example.com/mta-sts/example.com.txt");
    expect(f.message).not.toContain("hosting: none");
  });

  it("accepts .well-known/mta-sts.txt that the site includes", () => {
    expect(
      permalink(
        { ".well-known/mta-sts.txt": POLICY, "_config.yml": "include: [.well-known]\n" },
        ".well-known/mta-sts.txt",
      ),
    ).toEqual([]);
  });
});
