import type { Rule } from "../model/rule.js";
import { capitalize, quoted } from "../model/wording.js";

/** A file the configuration names but the linter cannot use: its checks silently vanish otherwise. */
export const rule: Rule = {
  meta: {
    id: "input-unreadable",
    // Each finding carries the area of the file it is about (policy or zone).
    area: "policy",
    defaultSeverity: "error",
    description:
      "A configured file is missing, unreadable, not text, or larger than the configured limit.",
  },
  scope: "domain",
  check(ctx) {
    for (const problem of ctx.domain.problems) {
      const what = problem.area === "policy" ? "policy file" : "zone file";
      const skipped =
        problem.area === "policy"
          ? 'none of the policy checks ran for it, so mistakes that make senders reject the policy (TLS-RPT result "sts-policy-invalid") go unnoticed'
          : "none of the zone checks (the _mta-sts and TLS-RPT records, MX coverage) ran for it";
      ctx.report({
        area: problem.area,
        location: { file: problem.file },
        message: `The ${what} ${quoted(problem.file)} cannot be used: ${problem.reason}. ${capitalize(skipped)}. Check the path given for it (in the configuration file, paths are relative to that file's folder) and that the file is the plain-text ${what} itself.`,
      });
    }
  },
};
