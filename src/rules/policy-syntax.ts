import { reportParserIssues } from "../model/policy-issues.js";
import type { Rule } from "../model/rule.js";

/**
 * Lines that break the policy ABNF: strict parsers (mox) reject the whole policy, lenient ones
 * (postfix-mta-sts-resolver) read a different field than the one written.
 */
export const rule: Rule = {
  meta: {
    id: "policy-syntax",
    area: "policy",
    defaultSeverity: "error",
    description:
      "A policy line is not `name: value` per the RFC 8461 ABNF (indentation, no colon, BOM, bare CR, control characters, invalid UTF-8, bad extension name or value).",
    rfc: "RFC 8461 §3.2",
  },
  scope: "policy",
  check(ctx) {
    reportParserIssues(ctx, "syntax");
  },
};
