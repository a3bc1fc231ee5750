import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { WELL_KNOWN_PATH } from "../../src/model/records.js";
import { loadPolicy } from "../../src/sources/policy.js";
import { lintSiteReport, type SiteFiles, writeSite } from "../helpers/site.js";

/**
 * The Jekyll model against Jekyll itself: each fixture site is built with Debian's `jekyll`
 * (4.x, `--safe` as GitHub Pages builds, offline, no theme gem: layouts live in `_layouts/`
 * like a theme's would), and the bytes written to `_site/.well-known/mta-sts.txt` — or their
 * absence — are compared with what the linter says the site serves.
 *
 * What GitHub Pages does differently and is left out on purpose: `.nojekyll` (Pages then skips
 * Jekyll, which a local build cannot show), the default theme's layouts (a local `_layouts/`
 * stands in), and Jekyll 3.10's Liquid rendering of pages without Liquid (an identity there).
 */
const JEKYLL = spawnSync("jekyll", ["--version"], { encoding: "utf8" }).status === 0;
if (!JEKYLL) {
  console.warn(
    "jekyll is not installed: the real-build comparison is skipped (CI installs Debian's jekyll; locally: apt-get install jekyll).",
  );
}

const POLICY = "version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n";
const HTML_LAYOUT = "<!DOCTYPE html>\n<html><body>{{ content }}</body></html>\n";
const corpus = (name: string) =>
  readFileSync(new URL(`../fixtures/realworld/policies/${name}`, import.meta.url), "utf8");

interface Fixture {
  name: string;
  /** The folder Jekyll builds (the site root); default the repository root. */
  source?: string;
  policy: string;
  files: SiteFiles;
  /** How the served file relates to the body the linter lints. */
  expect: "served-as-body" | "wrapped-in-html" | "rendered" | "absent";
  /** The hosting-* rules the linter reports for it. */
  hosting: string[];
  /** Jekyll itself stops with an error (the GitHub Pages build fails). */
  buildFails?: boolean;
}

const FIXTURES: Fixture[] = [
  {
    name: "front matter with null layout and permalink; CRLF; a blank line after it (swallowed)",
    policy: "mta-sts.txt",
    files: {
      "mta-sts.txt": `---\r\nlayout: null\r\npermalink: /.well-known/mta-sts.txt\r\n---\r\n\r\n${POLICY.replace(/\n/g, "\r\n")}`,
      CNAME: "mta-sts.example.com\n",
    },
    expect: "served-as-body",
    hosting: ["hosting-front-matter"],
  },
  {
    name: "corpus 041: YAML comments and a blank line inside the front matter, layout none",
    policy: "mta-sts.txt",
    files: { "mta-sts.txt": corpus("041.txt") },
    expect: "served-as-body",
    hosting: ["hosting-front-matter"],
  },
  {
    name: "corpus 054: front matter, no final line end",
    policy: "mta-sts.txt",
    files: { "mta-sts.txt": corpus("054.txt"), "_config.yml": "title: mta-sts\n" },
    expect: "served-as-body",
    hosting: ["hosting-front-matter"],
  },
  {
    name: "corpus 046 (comment and blank lines) as a page: served as written, lines kept",
    policy: "mta-sts.txt",
    files: {
      "mta-sts.txt": `---\nlayout: null\npermalink: /.well-known/mta-sts.txt\n---\n${corpus("046.txt")}`,
    },
    expect: "served-as-body",
    hosting: ["hosting-front-matter"],
  },
  {
    name: "corpus 035 (indented lines) and 042 (a template left in) in included .well-known/",
    policy: ".well-known/mta-sts.txt",
    files: {
      ".well-known/mta-sts.txt": `---\nlayout: null\n---\n${corpus("035.txt")}${corpus("042.txt")}`,
      "_config.yml": "include: [.well-known]\n",
    },
    expect: "served-as-body",
    hosting: ["hosting-front-matter"],
  },
  {
    name: "a permalink without the extension: Jekyll appends .txt",
    policy: "policy.txt",
    files: { "policy.txt": `---\nlayout: null\npermalink: /.well-known/mta-sts\n---\n${POLICY}` },
    expect: "served-as-body",
    hosting: ["hosting-front-matter"],
  },
  {
    name: ".well-known/ included by _config.yml, no front matter: copied byte for byte",
    policy: ".well-known/mta-sts.txt",
    files: { ".well-known/mta-sts.txt": POLICY, "_config.yml": "include: [.well-known]\n" },
    expect: "served-as-body",
    hosting: [],
  },
  {
    name: "a /docs site with its own _config.yml including .well-known",
    source: "docs",
    policy: "docs/.well-known/mta-sts.txt",
    files: {
      "docs/.well-known/mta-sts.txt": POLICY,
      "docs/_config.yml": 'include:\n  - ".well-known"\n',
      "docs/CNAME": "mta-sts.example.com\n",
    },
    expect: "served-as-body",
    hosting: [],
  },
  {
    name: ".well-known/ without include: skipped",
    policy: ".well-known/mta-sts.txt",
    files: { ".well-known/mta-sts.txt": POLICY, "_config.yml": "title: x\n" },
    expect: "absent",
    hosting: ["hosting-not-published"],
  },
  {
    name: ".well-known/ without include, with front matter: still skipped (the folder is never read)",
    policy: ".well-known/mta-sts.txt",
    files: { ".well-known/mta-sts.txt": `---\nlayout: null\n---\n${POLICY}` },
    expect: "absent",
    hosting: ["hosting-front-matter", "hosting-not-published"],
  },
  {
    name: "included, then excluded by path",
    policy: ".well-known/mta-sts.txt",
    files: {
      ".well-known/mta-sts.txt": POLICY,
      "_config.yml": "include: [.well-known]\nexclude: [.well-known/mta-sts.txt]\n",
    },
    expect: "absent",
    hosting: ["hosting-not-published"],
  },
  {
    name: "an invalid _config.yml: Jekyll stops, nothing is written",
    policy: ".well-known/mta-sts.txt",
    files: {
      ".well-known/mta-sts.txt": POLICY,
      "_config.yml": "include: [.well-known\ntitle: x\n",
    },
    expect: "absent",
    hosting: ["hosting-not-published"],
    buildFails: true,
  },
  {
    name: "published: false",
    policy: "mta-sts.txt",
    files: {
      "mta-sts.txt": `---\npublished: false\npermalink: /.well-known/mta-sts.txt\n---\n${POLICY}`,
    },
    expect: "absent",
    hosting: ["hosting-front-matter", "hosting-not-published"],
  },
  {
    name: "a layout named in the front matter",
    policy: "mta-sts.txt",
    files: {
      "mta-sts.txt": `---\nlayout: default\npermalink: /.well-known/mta-sts.txt\n---\n${POLICY}`,
      "_layouts/default.html": HTML_LAYOUT,
    },
    expect: "wrapped-in-html",
    hosting: ["hosting-front-matter", "hosting-layout"],
  },
  {
    name: "a layout from _config.yml defaults when the front matter sets none",
    policy: "mta-sts.txt",
    files: {
      "mta-sts.txt": `---\npermalink: /.well-known/mta-sts.txt\n---\n${POLICY}`,
      "_config.yml": 'defaults:\n  - scope: { path: "" }\n    values: { layout: default }\n',
      "_layouts/default.html": HTML_LAYOUT,
    },
    expect: "wrapped-in-html",
    hosting: ["hosting-front-matter", "hosting-layout"],
  },
  {
    name: "layout: null overrides the defaults",
    policy: "mta-sts.txt",
    files: {
      "mta-sts.txt": `---\nlayout: null\npermalink: /.well-known/mta-sts.txt\n---\n${POLICY}`,
      "_config.yml": 'defaults:\n  - scope: { path: "" }\n    values: { layout: default }\n',
      "_layouts/default.html": HTML_LAYOUT,
    },
    expect: "served-as-body",
    hosting: ["hosting-front-matter"],
  },
  {
    name: "Liquid in the body is rendered",
    policy: "mta-sts.txt",
    files: {
      "mta-sts.txt": `---\nlayout: null\npermalink: /.well-known/mta-sts.txt\n---\nversion: STSv1\nmode: {{ site.mode }}\nmx: mail.example.com\nmax_age: 604800\n`,
      "_config.yml": "mode: enforce\n",
    },
    expect: "rendered",
    hosting: ["hosting-front-matter", "hosting-liquid"],
  },
  {
    name: "a permalink elsewhere",
    policy: "mta-sts.txt",
    files: { "mta-sts.txt": `---\nlayout: null\npermalink: /mta-sts.txt\n---\n${POLICY}` },
    expect: "absent",
    hosting: ["hosting-front-matter", "hosting-permalink"],
  },
  {
    name: "a plain file at the site root: served at /mta-sts.txt only",
    policy: "mta-sts.txt",
    files: { "mta-sts.txt": POLICY, CNAME: "mta-sts.example.com\n" },
    expect: "absent",
    hosting: ["hosting-permalink"],
  },
];

function jekyllBuild(root: string, source: string, fails = false): void {
  const site = join(root, source);
  const run = spawnSync(
    "jekyll",
    ["build", "--safe", "--quiet", "--disable-disk-cache", "-s", site, "-d", join(site, "_site")],
    { encoding: "utf8", env: { ...process.env, JEKYLL_ENV: "production", LANG: "C.UTF-8" } },
  );
  if (fails) expect(run.status, run.stderr).not.toBe(0);
  else expect(run.status, run.stderr).toBe(0);
}

describe.skipIf(!JEKYLL)("the body the linter lints is what Jekyll serves", () => {
  it.each(FIXTURES)("$name", (fixture) => {
    const root = writeSite(fixture.files);
    jekyllBuild(root, fixture.source ?? ".", fixture.buildFails);
    const written = join(root, fixture.source ?? ".", "_site", WELL_KNOWN_PATH);

    const loaded = loadPolicy(root, fixture.policy);
    const site = loaded.site;
    expect(site, "the site is detected as GitHub Pages").toBeDefined();
    const says = site!.outputPath === WELL_KNOWN_PATH ? "served" : "absent";
    expect(says).toBe(fixture.expect === "absent" ? "absent" : "served");

    if (fixture.expect === "absent") {
      expect(existsSync(written), written).toBe(false);
    } else {
      expect(existsSync(written), written).toBe(true);
      const bytes = readFileSync(written);
      const body = Buffer.from(site!.body.text, "utf8");
      if (fixture.expect === "served-as-body") {
        expect(bytes.toString("utf8")).toBe(body.toString("utf8"));
        expect(Buffer.compare(bytes, body)).toBe(0);
        // The parsed body starts at the file's real line of its first byte.
        const first = loaded.policy!.fields[0];
        const fileLines = readFileSync(join(root, fixture.policy), "utf8").split(/\r?\n/);
        for (const field of loaded.policy!.fields) {
          expect(fileLines[field.line - 1]).toContain(`${field.name}: ${field.value}`);
        }
        expect(fileLines[first.line - 1]).toContain(`${first.name}: ${first.value}`);
      } else if (fixture.expect === "wrapped-in-html") {
        expect(site!.layout).toBeDefined();
        expect(bytes.toString("utf8")).toMatch(/^<!DOCTYPE html>/);
        expect(bytes.toString("utf8")).toContain(site!.body.text);
      } else {
        expect(site!.liquid.length).toBeGreaterThan(0);
        expect(bytes.toString("utf8")).not.toBe(site!.body.text);
        expect(bytes.toString("utf8")).toContain("mode: enforce\n");
      }
    }

    const report = lintSiteReport(fixture.files, {
      policy: fixture.policy,
      domain: "example.com",
    });
    const hosting = [
      ...new Set(report.findings.map((f) => f.rule).filter((r) => r.startsWith("hosting-"))),
    ];
    expect(hosting.sort()).toEqual([...fixture.hosting].sort());
  });
});
