import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ruleDocsReader } from "../../src/sources/rule-docs.js";

describe("rule pages shipped beside the bundle (SARIF help)", () => {
  it("finds docs/rules from dist/ and from dist/cli/, and reads a page", () => {
    const root = mkdtempSync(join(tmpdir(), "action-"));
    mkdirSync(join(root, "docs/rules"), { recursive: true });
    mkdirSync(join(root, "dist/cli"), { recursive: true });
    writeFileSync(join(root, "docs/rules/mx-null.md"), "# mx-null\n");
    for (const bundle of ["dist/index.js", "dist/cli/index.js"]) {
      const read = ruleDocsReader(pathToFileURL(join(root, bundle)).href);
      expect(read("mx-null")).toBe("# mx-null\n");
      expect(read("no-such-rule")).toBeUndefined();
      expect(read("../../etc/passwd")).toBeUndefined();
    }
  });

  it("answers nothing when the bundle was copied without its docs", () => {
    const lonely = mkdtempSync(join(tmpdir(), "bundle-"));
    expect(ruleDocsReader(pathToFileURL(join(lonely, "index.js")).href)("mx-null")).toBeUndefined();
  });
});
