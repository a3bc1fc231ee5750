import { describe, expect, it } from "vitest";
import { lintSite } from "../helpers/site.js";

const POLICY = "version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n";
const WK = ".well-known/mta-sts.txt";
const unpublished = (files: Record<string, string>, policy = WK) =>
  lintSite(files, { policy }).filter((f) => f.rule === "hosting-not-published");

describe("hosting-not-published", () => {
  it("fires on .well-known/ that _config.yml does not include, with the include line", () => {
    const [f] = unpublished({ [WK]: POLICY, "_config.yml": "title: x\n" });
    expect(f.severity).toBe("error");
    expect(f.fix).toBe("include: [.well-known]");
    expect(f.message).toContain("404");
  });

  it("fires with front matter too: Jekyll never reads the folder (checked against a real build)", () => {
    const [f] = unpublished({ [WK]: `---\nlayout: null\n---\n${POLICY}` });
    expect(f.message).toContain("Front matter does not change this");
  });

  it.each([
    ["include: [.well-known]\n"],
    ['include:\n  - "/.well-known"\n'],
    ["include: [.well-known/]\n"],
  ])("is silent when _config.yml says %j", (config) => {
    expect(unpublished({ [WK]: POLICY, "_config.yml": config })).toEqual([]);
  });

  it("the include line keeps what the site already includes", () => {
    const [f] = unpublished({ [WK]: POLICY, "_config.yml": "include: [.htaccess, _pages]\n" });
    expect(f.fix).toBe("include: [.htaccess, _pages, .well-known]");
  });

  it("an invalid _config.yml fails the whole build: reported at the YAML error", () => {
    const [f] = unpublished({ [WK]: POLICY, "_config.yml": "title: x\ninclude: [.well-known\n" });
    expect(f.location.file).toBe("_config.yml");
    expect(f.location.span?.line).toBeGreaterThanOrEqual(2);
    expect(f.message).toContain("build fails");
  });

  it("is silent with .nojekyll", () => {
    expect(unpublished({ [WK]: POLICY, ".nojekyll": "", CNAME: "mta-sts.example.com" })).toEqual(
      [],
    );
  });

  it("fires on an excluded file and on published: false", () => {
    expect(
      unpublished({
        [WK]: POLICY,
        "_config.yml": "include: [.well-known]\nexclude: [.well-known/mta-sts.txt]\n",
      })[0].message,
    ).toContain("excludes");
    const [f] = unpublished(
      { "mta-sts.txt": `---\npublished: false\n---\n${POLICY}` },
      "mta-sts.txt",
    );
    expect(f.location.span?.line).toBe(2);
  });

  it("a nested site root is the folder with _config.yml (a /docs site)", () => {
    const policy = "docs/.well-known/mta-sts.txt";
    expect(
      unpublished({ [policy]: POLICY, "docs/_config.yml": "include: [.well-known]\n" }, policy),
    ).toEqual([]);
    const [f] = unpublished({ [policy]: POLICY, "docs/_config.yml": "title: x\n" }, policy);
    expect(f.message).toContain("docs/_config.yml");
  });
});
