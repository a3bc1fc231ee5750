import { reportParserIssues } from "../model/policy-issues.js";
import type { Rule } from "../model/rule.js";

/** Empty lines end the policy early for some parsers and make strict ones reject it. */
export const rule: Rule = {
  meta: {
    id: "policy-blank-line",
    area: "policy",
    defaultSeverity: "warning",
    description: "An empty line in the policy, or more than one line end after the last field.",
    rfc: "RFC 8461 §3.2",
  },
  scope: "policy",
  check(ctx) {
    reportParserIssues(ctx, "blank-line");
  },
};
