import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { PolicyDoc } from "../../src/model/policy.js";
import { parsePolicy } from "../../src/parse/policy.js";

// Real policies from public repositories, mistakes included (origins: fixtures/realworld/SOURCES.md).
const CORPUS = new URL("../fixtures/realworld/policies/", import.meta.url);
const files = readdirSync(CORPUS)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const bytes = (name: string): Buffer => readFileSync(new URL(name, CORPUS));
const load = (name: string): PolicyDoc => parsePolicy(bytes(name), { file: name });

/** "kind@line" for each issue: what the annotations of the file will show. */
const kinds = (doc: PolicyDoc) => doc.issues.map((i) => `${i.kind}@${i.span.line}`);

/** The files whose mistakes this parser reports; every other one must parse clean. */
const WITH_ISSUES = ["035", "038", "041", "042", "046", "052", "054", "059"];

describe("parsePolicy on the real-world corpus", () => {
  it("has the corpus at hand", () => {
    expect(files.length).toBeGreaterThanOrEqual(69);
  });

  it.each(files)("parses %s without throwing, with every line accounted for", (name) => {
    const doc = load(name);
    expect(doc.byteLength).toBe(bytes(name).length);
    expect(doc.fields.length + doc.issues.length).toBeGreaterThan(0);
    const clean = !WITH_ISSUES.includes(name.slice(0, 3));
    if (clean) {
      expect(doc.issues).toEqual([]);
      expect(doc.fields.every((f) => !f.recovered)).toBe(true);
    }
  });

  it("011: CRLF without a final line end is clean", () => {
    const doc = load("011.txt");
    expect(doc.issues).toEqual([]);
    expect(doc.lineEnding).toBe("CRLF");
    expect(doc.fields.map((f) => f.name)).toEqual(["version", "mode", "mx", "max_age"]);
  });

  it("012 and 066: a trailing space after the value is valid (sts-policy-field *WSP)", () => {
    expect(load("012.txt").fields[0]).toMatchObject({ value: "STSv1", recovered: false });
    expect(load("066.txt").fields[1]).toMatchObject({ value: "testing", recovered: false });
  });

  it("035: an indented policy gives one syntax issue per line and keeps every field", () => {
    const doc = load("035.txt");
    expect(kinds(doc)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((l) => `syntax@${l}`));
    expect(doc.fields).toHaveLength(8);
    expect(doc.fields.every((f) => f.recovered)).toBe(true);
    expect(doc.issues[0]).toMatchObject({
      span: { line: 1, column: 1, endLine: 1, endColumn: 3 },
      fix: "version: STSv1",
    });
  });

  it("038: six spaces of indentation are one issue per line", () => {
    const doc = load("038.txt");
    expect(kinds(doc)).toEqual([1, 2, 3, 4, 5].map((l) => `syntax@${l}`));
    expect(doc.issues[4].span).toEqual({ line: 5, column: 1, endLine: 5, endColumn: 7 });
  });

  it("041: front matter lines, a blank line and comments, read as plain policy lines", () => {
    const doc = load("041.txt");
    expect(kinds(doc)).toEqual([
      "syntax@1", // ---
      "blank-line@4",
      ...[5, 6, 7, 8, 9, 10, 11, 12, 13].map((l) => `syntax@${l}`), // # comments
      "syntax@14", // ---
    ]);
    expect(doc.issues[2].message).toContain("is a comment");
    expect(doc.fields.map((f) => f.name)).toEqual([
      "layout",
      "permalink",
      "version",
      "mode",
      "mx",
      "mx",
      "max_age",
    ]);
  });

  it("042: a template's inline '# N.' comments are cut off the values", () => {
    const doc = load("042.txt");
    expect(kinds(doc)).toEqual(["syntax@2", "syntax@3", "syntax@4", "syntax@5"]);
    expect(doc.fields.map((f) => [f.value, f.recovered])).toEqual([
      ["STSv1", false],
      ["[enforce|testing|none]", true],
      ["mx1.your_domain.tld", true],
      ["mx2.your_domain.tld", true],
      ["604800", true],
    ]);
    expect(doc.issues[3].fix).toBe("max_age: 604800");
  });

  it("046: comment lines and blank lines, one issue each; the fields stay clean", () => {
    const doc = load("046.txt");
    const comments = [1, 2, 5, 8, 9, 10, 11, 14, 15, 16, 17, 20, 21];
    expect(kinds(doc).filter((k) => k.startsWith("syntax"))).toEqual(
      comments.map((l) => `syntax@${l}`),
    );
    expect(kinds(doc).filter((k) => k.startsWith("blank"))).toEqual([
      "blank-line@3",
      "blank-line@6",
      "blank-line@12",
      "blank-line@18",
    ]);
    expect(doc.fields.map((f) => [f.name, f.recovered])).toEqual([
      ["version", false],
      ["mode", false],
      ["mx", false],
      ["max_age", false],
    ]);
  });

  it("052: prose instead of a policy is lines without ':'", () => {
    const doc = load("052.txt");
    expect(kinds(doc)).toEqual(["syntax@1", "blank-line@2", "syntax@3", "syntax@4", "syntax@5"]);
    expect(doc.fields).toEqual([]);
  });

  it("059: a leading empty line", () => {
    expect(kinds(load("059.txt"))).toEqual(["blank-line@1"]);
  });
});
