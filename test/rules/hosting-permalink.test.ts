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

  it("accepts .well-known/mta-sts.txt that the site includes", () => {
    expect(
      permalink(
        { ".well-known/mta-sts.txt": POLICY, "_config.yml": "include: [.well-known]\n" },
        ".well-known/mta-sts.txt",
      ),
    ).toEqual([]);
  });
});
