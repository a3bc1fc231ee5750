import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/runner.js";

const dir = join(REPO_ROOT, ".github/workflows");
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

describe("the repository's own workflows (validated with GitHub's workflow parser)", () => {
  it.each(files)("%s is a valid workflow", (file) => {
    const result = parseWorkflow(
      { name: file, content: readFileSync(join(dir, file), "utf8") },
      new NoOperationTraceWriter(),
    );
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });

  it("the parser rejects an invalid workflow (the check can fail)", () => {
    const result = parseWorkflow(
      {
        name: "bad.yml",
        content: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: 3\n",
      },
      new NoOperationTraceWriter(),
    );
    expect(result.context.errors.getErrors().length).toBeGreaterThan(0);
  });

  it("CI tests on Node 20 and 24, checks dist/ and runs the action on the examples", () => {
    const ci = readFileSync(join(dir, "ci.yml"), "utf8");
    expect(ci).toMatch(/node: \[20, 24\]/);
    expect(ci).toContain("npm run check:dist");
    expect(ci).toMatch(/uses: \.\/\n\s+with:\n\s+config: examples\/\.mta-sts-lint\.yml/);
  });
});
