import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  jekyllView,
  pageOutputPath,
  type SiteInput,
  splitFrontMatter,
} from "../../src/model/jekyll.js";
import { parsePolicy } from "../../src/parse/policy.js";

const BODY = "version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n";
const site = (text: string, more: Partial<SiteInput> = {}): SiteInput => ({
  file: "mta-sts.txt",
  pathInSite: "mta-sts.txt",
  root: ".",
  text,
  ...more,
});

describe("front matter as Jekyll detects it (YAML_FRONT_MATTER_REGEXP)", () => {
  it.each([
    ["---\n---\n", {}],
    ["---\nlayout: null\n---\n", { layout: null }],
    ["---   \r\nlayout: none\r\n...\r\n", { layout: "none" }],
    // Blank lines right after the closing line are part of the match: Jekyll drops them.
    ["---\nlayout: null\n---\n\n\n", { layout: null }],
  ] as const)("%j: the body is the rest", (head, data) => {
    const split = splitFrontMatter(head + BODY);
    expect(split?.bodyOffset).toBe(head.length);
    expect(split?.frontMatter.data).toEqual(data);
  });

  it.each([
    ["----\n"],
    ["--- x\n"],
    ["\uFEFF---\n---\n"], // Jekyll reads the first line raw: a BOM hides the header
    [" ---\n---\n"],
  ])("%j is not front matter", (head) => {
    expect(splitFrontMatter(head + BODY)).toBeUndefined();
  });

  it("an unclosed header keeps the whole file as the page", () => {
    const split = splitFrontMatter(`---\nlayout: null\n${BODY}`);
    expect(split).toMatchObject({ bodyOffset: 0, frontMatter: { closed: false } });
  });

  it("the body of any closed front matter followed by blank lines is the text after them", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("layout: null", "# note", "", "title: x"), { maxLength: 5 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom("\n", "\r\n"),
        (yaml, blanks, eol) => {
          const head = `---${eol}${yaml.map((l) => l + eol).join("")}---${eol}${eol.repeat(blanks)}`;
          const split = splitFrontMatter(head + BODY);
          expect(split?.bodyOffset).toBe(head.length);
        },
      ),
    );
  });

  it("agrees with Jekyll's own pattern on generated files (the pattern as the oracle)", () => {
    // YAML_FRONT_MATTER_REGEXP in JavaScript syntax: fine for short texts, quadratic on long ones.
    const WS = "[ \\t\\r\\n\\f\\v]";
    const oracle = new RegExp(
      `^(---${WS}*\\n[\\s\\S]*?\\n?)(?<=\\n)((?:---|\\.\\.\\.)${WS}*(?=\\n|$)\\n?)`,
    );
    const piece = fc.constantFrom("---", "...", " ", "\t", "\r", "\n", "\n", "a: 1", "-", ".", "x");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = `---\n${pieces.join("")}`;
        const match = oracle.exec(text);
        const split = splitFrontMatter(text);
        expect(split?.bodyOffset ?? 0).toBe(match ? match[0].length : 0);
        expect(split?.frontMatter.closed).toBe(match !== null);
      }),
      { numRuns: 2000 },
    );
  });

  it("a megabyte of blank lines after the opening line is read in one pass (no backtracking)", () => {
    const split = splitFrontMatter(`---${"\n".repeat(1024 * 1024)}`);
    expect(split?.frontMatter.closed).toBe(false);
  });

  it("positions of keys are the file's", () => {
    const split = splitFrontMatter(`---\n# c\npermalink: /x.txt\n---\n${BODY}`);
    expect(split?.frontMatter.keys.get("permalink")?.valueSpan).toMatchObject({
      line: 3,
      column: 12,
    });
  });
});

describe("where Jekyll writes a page", () => {
  it.each([
    ["mta-sts.txt", undefined, "/mta-sts.txt"],
    ["mta-sts.txt", "/.well-known/mta-sts.txt", "/.well-known/mta-sts.txt"],
    ["mta-sts.txt", "/.well-known/mta-sts", "/.well-known/mta-sts.txt"],
    ["mta-sts.txt", ".well-known/mta-sts.txt", "/.well-known/mta-sts.txt"],
    ["mta-sts.txt", "/.well-known/", "/.well-known/index.txt"],
    ["a/policy.txt", "/:path/:basename:output_ext", "/a/policy.txt"],
  ])("%s with permalink %j → %s", (path, permalink, out) => {
    expect(pageOutputPath(path, permalink)).toBe(out);
  });
});

describe("the site view", () => {
  it("the served body and its first line", () => {
    const view = jekyllView(site(`---\nlayout: null\n---\n\n${BODY}`));
    expect(view.body).toEqual({ text: BODY, firstLine: 5, offset: 22 });
  });

  it.each([
    ["include: [.well-known]", undefined],
    ["include: [.well*]", undefined],
    ['include: ["/.well-known/"]', undefined],
    ["include: [well-known]", "skipped-name"],
    ["title: x", "skipped-name"],
  ])("`.well-known/` with %j", (config, why) => {
    const view = jekyllView(
      site(BODY, {
        pathInSite: ".well-known/mta-sts.txt",
        config: { file: "_config.yml", text: config },
      }),
    );
    expect(view.notPublished?.why).toBe(why);
  });

  it("_drafts-like folders and backup files are skipped too", () => {
    expect(
      jekyllView(site(BODY, { pathInSite: "_site/.well-known/mta-sts.txt" })).notPublished,
    ).toMatchObject({ name: "_site" });
    expect(jekyllView(site(BODY, { pathInSite: "mta-sts.txt~" })).notPublished).toMatchObject({
      why: "skipped-name",
    });
  });

  it("reads front matter and _config.yml as YAML 1.1, as Jekyll's Psych does (`no`, `off` are false)", () => {
    // A YAML 1.2 reader keeps `published: no` as the string "no" and misses that Jekyll skips
    // the page.
    for (const value of ["no", "off", "NO"]) {
      const view = jekyllView(site(`---\nlayout: null\npublished: ${value}\n---\n${BODY}`));
      expect(view.notPublished?.why).toBe("unpublished");
    }
    const config = 'defaults:\n  - scope: {path: ""}\n    values: {published: off}\n';
    expect(
      jekyllView(
        site(`---\nlayout: null\n---\n${BODY}`, { config: { file: "_config.yml", text: config } }),
      ).notPublished?.why,
    ).toBe("unpublished");
    expect(jekyllView(site(`---\npublished: yes\n---\n${BODY}`)).notPublished).toBeUndefined();
  });

  it(".nojekyll serves the raw file at its own path", () => {
    const text = `---\nlayout: null\n---\n${BODY}`;
    const view = jekyllView(
      site(text, { pathInSite: ".well-known/mta-sts.txt", nojekyll: ".nojekyll" }),
    );
    expect(view).toMatchObject({
      nojekyll: true,
      outputPath: "/.well-known/mta-sts.txt",
      body: { text, firstLine: 1 },
    });
    expect(view.frontMatter).toBeUndefined();
  });
});

describe("a body parsed from its line in the file", () => {
  it("keeps the file's line numbers in spans and messages", () => {
    const doc = parsePolicy("version: STSv1\n\n  mode: enforce\n", { file: "f" }, { firstLine: 5 });
    expect(doc.fields.map((f) => f.line)).toEqual([5, 7]);
    expect(doc.issues.map((i) => [i.kind, i.span.line])).toEqual([
      ["blank-line", 6],
      ["syntax", 7],
    ]);
    expect(doc.issues[1].message).toMatch(/^Line 7 /);
    expect(doc.start).toMatchObject({ line: 5, column: 1 });
  });

  it("an empty body reports its trailing blank lines from the first line", () => {
    const doc = parsePolicy("\n\n", { file: "f" }, { firstLine: 3 });
    expect(doc.issues[0]).toMatchObject({ kind: "blank-line", span: { line: 3, endLine: 4 } });
    expect(doc.issues[0].message).toContain("no field at all");
  });
});
