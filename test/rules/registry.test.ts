import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { docsUrl } from "../../src/model/rule.js";
import { RULES } from "../../src/rules/index.js";
import { REPO_ROOT } from "../helpers/runner.js";

/** The rule catalog's tables: id → default severity text, by section. */
function catalog(): Map<string, { severity: string; section: string }> {
  const spec = new URL("../../../shared/spec/rules.md", import.meta.url);
  const map = new Map<string, { severity: string; section: string }>();
  if (!existsSync(spec)) return map;
  let section = "";
  for (const line of readFileSync(spec, "utf8").split("\n")) {
    if (line.startsWith("## ")) section = line.slice(3);
    const m = /^\| ([a-z][a-z0-9-]+) \| ([^|]+) \|/.exec(line);
    if (m) map.set(m[1], { severity: m[2].trim(), section });
  }
  return map;
}

const ids = RULES.map((r) => r.meta.id);

describe("rule registry", () => {
  it("has unique, well-formed IDs", () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
  });

  it("matches the public rule catalog: every offline and change-safety rule is registered with its default severity", () => {
    const cat = catalog();
    if (cat.size === 0) return; // the catalog lives beside the repository in development only
    const offline = [...cat].map(([id]) => id);
    expect([...ids].sort()).toEqual([...offline].sort());
    for (const rule of RULES) {
      const entry = cat.get(rule.meta.id)!;
      // "enforce → error, testing → warning" and "warning / error" start with the default.
      const first = /^(error|warning|notice)/.exec(entry.severity.replace(/^enforce → /, ""))?.[1];
      expect(rule.meta.defaultSeverity, rule.meta.id).toBe(first);
    }
  });

  it.each(ids)("%s has a docs page with every section, and tests", (id) => {
    const page = join(REPO_ROOT, "docs/rules", `${id}.md`);
    expect(existsSync(page), page).toBe(true);
    const text = readFileSync(page, "utf8");
    expect(text.startsWith(`# ${id}\n`)).toBe(true);
    for (const heading of [
      "## What it checks",
      "## Why it matters",
      "## Bad",
      "## Good",
      "## How to fix",
    ]) {
      expect(text, `${id}: ${heading}`).toContain(heading);
    }
    expect(text).toMatch(/RFC (8461|8460|1035|7505)/);
    expect(docsUrl(id)).toMatch(new RegExp(`/docs/rules/${id}\\.md$`));
    const testFile = join(REPO_ROOT, "test/rules", `${id}.test.ts`);
    expect(existsSync(testFile), testFile).toBe(true);
  });

  it("every rule has a description and an area consistent with its ID", () => {
    for (const { meta } of RULES) {
      expect(meta.description.length).toBeGreaterThan(10);
      if (meta.id.startsWith("sts-record-") || meta.id === "policy-host-missing")
        expect(meta.area).toBe("sts-record");
      else if (meta.id.startsWith("policy-")) expect(meta.area).toBe("policy");
      else if (meta.id.startsWith("mx-")) expect(meta.area).toBe("mx");
      else if (meta.id.startsWith("tlsrpt-")) expect(meta.area).toBe("tlsrpt");
      else if (meta.id.startsWith("change-")) expect(meta.area).toBe("change");
    }
  });

  it("the README lists every rule with a link to its page", () => {
    const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
    for (const id of ids) expect(readme, id).toContain(`(docs/rules/${id}.md)`);
  });
});
