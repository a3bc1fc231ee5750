import type { PolicyIssueKind } from "./policy.js";
import type { PolicyContext } from "./rule.js";

/**
 * Hands the parser's findings of one kind to the rule that owns them, unchanged: the parser
 * already says what is wrong and what senders do, so the rule only gives them an ID.
 */
export function reportParserIssues(ctx: PolicyContext, kind: PolicyIssueKind): void {
  for (const issue of ctx.policy.issues) {
    if (issue.kind !== kind) continue;
    ctx.report({ message: issue.message, span: issue.span, fix: issue.fix });
  }
}
