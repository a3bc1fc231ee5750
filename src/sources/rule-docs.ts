import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const RULE_ID = /^[a-z0-9-]+$/;

/**
 * The rule pages (`docs/rules/<id>.md`) shipped beside the bundle: GitHub checks out the whole
 * action repository, and the npm package lists docs/ in its files. SARIF carries them as the
 * rules' help, so code scanning shows the full page next to an alert. Returns a reader that
 * answers undefined when the pages are not there (a copied bundle): the link still is.
 */
export function ruleDocsReader(moduleUrl: string): (id: string) => string | undefined {
  let dir = dirname(fileURLToPath(moduleUrl));
  let docs: string | undefined;
  for (let up = 0; up < 4; up++) {
    if (existsSync(join(dir, "docs", "rules"))) {
      docs = join(dir, "docs", "rules");
      break;
    }
    dir = dirname(dir);
  }
  return (id) => {
    if (!docs || !RULE_ID.test(id)) return undefined;
    try {
      return readFileSync(join(docs, `${id}.md`), "utf8");
    } catch {
      return undefined;
    }
  };
}
