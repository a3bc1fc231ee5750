import type { Rule } from "../model/rule.js";
import { asSentence } from "../model/wording.js";

/** A configuration mistake silently changes what is checked unless it is reported. */
export const rule: Rule = {
  meta: {
    id: "config-invalid",
    area: null,
    defaultSeverity: "error",
    description:
      "The configuration file or action inputs are invalid (unknown key, wrong type, unknown rule ID).",
  },
  scope: "run",
  check(ctx) {
    for (const issue of ctx.configIssues) {
      ctx.report({
        location: issue.location,
        message: `${asSentence(issue.message)} The linter ignores this setting and goes on, so the run may not check what you intended.`,
        domain: issue.domain,
      });
    }
  },
};
