import type { PolicyIssueKind } from "../model/policy.js";
import type { PolicyContext, Rule } from "../model/rule.js";

/** Hands the parser's findings of one kind to the rule that owns them, unchanged. */
export function reportParserIssues(ctx: PolicyContext, kind: PolicyIssueKind): void {
  for (const issue of ctx.policy.issues) {
    if (issue.kind !== kind) continue;
    ctx.report({ message: issue.message, span: issue.span, fix: issue.fix });
  }
}

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
