import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Rule } from "../../src/model/rule.js";
import { rule as blankLine } from "../../src/rules/policy-blank-line.js";
import { rule as duplicateField } from "../../src/rules/policy-duplicate-field.js";
import { rule as maxAge } from "../../src/rules/policy-max-age.js";
import { rule as maxAgeShort } from "../../src/rules/policy-max-age-short.js";
import { rule as mode } from "../../src/rules/policy-mode.js";
import { rule as modeNone } from "../../src/rules/policy-mode-none.js";
import { rule as modeTesting } from "../../src/rules/policy-mode-testing.js";
import { rule as mxDuplicate } from "../../src/rules/policy-mx-duplicate.js";
import { rule as mxInvalid } from "../../src/rules/policy-mx-invalid.js";
import { rule as mxRequired } from "../../src/rules/policy-mx-required.js";
import { rule as mxWildcardBroad } from "../../src/rules/policy-mx-wildcard-broad.js";
import { rule as syntax } from "../../src/rules/policy-syntax.js";
import { rule as tooLarge } from "../../src/rules/policy-too-large.js";
import { rule as unknownField } from "../../src/rules/policy-unknown-field.js";
import { rule as version } from "../../src/rules/policy-version.js";
import { lintWith } from "../helpers/lint.js";

const POLICY_RULES: Rule[] = [
  syntax,
  blankLine,
  version,
  mode,
  maxAge,
  maxAgeShort,
  mxRequired,
  mxInvalid,
  mxDuplicate,
  duplicateField,
  unknownField,
  tooLarge,
  modeTesting,
  modeNone,
  mxWildcardBroad,
];

/**
 * Real-world policies copied from public repositories, mistakes included
 * (origins in ../fixtures/realworld/SOURCES.md).
 */
const dir = new URL("../fixtures/realworld/policies/", import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const lint = (file: string) =>
  lintWith(POLICY_RULES, { policy: readFileSync(new URL(file, dir), "utf8") });

describe("policy rules on the real-world corpus", () => {
  it("has every corpus policy at hand", () => {
    expect(files.length).toBeGreaterThanOrEqual(69);
  });

  it.each(files)("%s: every rule runs without an internal error", (file) => {
    const findings = lint(file);
    expect(findings.filter((f) => f.message.startsWith("internal error"))).toEqual([]);
    for (const f of findings) {
      expect(f.rule).toMatch(/^policy-/);
      expect(f.location.file).toBe("mta-sts.txt");
      expect(f.location.span?.line).toBeGreaterThanOrEqual(1);
    }
  });

  it.each(["003.txt", "019.txt", "033.txt"])(
    "%s: a clean policy gets no error or warning",
    (file) => {
      expect(lint(file).filter((f) => f.severity !== "notice")).toEqual([]);
    },
  );

  it("the known mistakes are found where they are", () => {
    const at = (file: string) =>
      lint(file).map((f) => `${f.rule} ${f.severity} ${f.location.span?.line}`);
    expect(at("023.txt")).toContain("policy-mx-invalid error 4");
    expect(at("024.txt")).toContain("policy-mode error 2");
    expect(at("026.txt")).toContain("policy-max-age-short warning 3");
    expect(at("006.txt")).toContain("policy-max-age-short warning 5");
    expect(at("013.txt")).toContain("policy-mode-none warning 5");
    expect(at("038.txt")).toContain("policy-mx-duplicate notice 4");
    expect(at("042.txt")).toEqual(
      expect.arrayContaining([
        "policy-mode error 2",
        "policy-mx-invalid error 3",
        "policy-mx-invalid error 4",
      ]),
    );
    // 042's comments are syntax errors, but its max_age value before the comment is valid.
    expect(at("042.txt")).not.toContain("policy-max-age error 5");
  });

  it("corpus 052 (prose, no policy) misses every required field", () => {
    const rules = lint("052.txt").map((f) => f.rule);
    expect(rules).toEqual(
      expect.arrayContaining(["policy-version", "policy-mode", "policy-max-age"]),
    );
  });
});
