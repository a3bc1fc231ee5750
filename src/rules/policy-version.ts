import { fieldLine, lineEndOf, misspellingsOf, POLICY_REJECTED } from "../model/field-names.js";
import { fieldSpan } from "../model/locations.js";
import { policyStart } from "../model/policy.js";
import { firstField } from "../model/policy-semantics.js";
import type { Rule } from "../model/rule.js";
import { quoted } from "../model/wording.js";

const VERSION = "STSv1";
const VERSION_LINE = fieldLine("version", VERSION);

/** Why a version value that is not exactly STSv1 is wrong, in words that fit the mistake. */
function versionHint(value: string): string {
  if (value.toLowerCase() === VERSION.toLowerCase()) return " (the value is case-sensitive)";
  if (/^stsv\d+$/i.test(value)) return ` (${VERSION} is the only version defined)`;
  return "";
}

/** Without `version: STSv1` no sender accepts the policy (RFC 8461 §3.2: required once). */
export const rule: Rule = {
  meta: {
    id: "policy-version",
    area: "policy",
    defaultSeverity: "error",
    description: "The policy has no `version` field, or its value is not exactly `STSv1`.",
    rfc: "RFC 8461 §3.2",
  },
  scope: "policy",
  check(ctx) {
    const field = firstField(ctx.policy, "version");
    if (field) {
      if (field.value === VERSION) return;
      if (field.value === "") {
        ctx.report({
          message: `The "version" line has no value, but RFC 8461 §3.2 requires exactly "${VERSION}": ${POLICY_REJECTED}. Write "${VERSION_LINE}".`,
          span: fieldSpan(field),
          fix: VERSION_LINE,
        });
        return;
      }
      ctx.report({
        message: `The version is ${quoted(field.value)}, but RFC 8461 §3.2 allows exactly "${VERSION}"${versionHint(field.value)}: ${POLICY_REJECTED}. Write "${VERSION_LINE}".`,
        span: field.valueSpan,
        fix: VERSION_LINE,
      });
      return;
    }
    const typo = misspellingsOf(ctx.policy, "version")[0];
    if (typo) {
      ctx.report({
        message: `The policy has no "version" field: line ${typo.line} writes ${quoted(typo.name)}, and senders compare field names exactly. Without "${VERSION_LINE}" ${POLICY_REJECTED}. Write "${VERSION_LINE}".`,
        span: typo.nameSpan,
        fix: VERSION_LINE,
      });
      return;
    }
    ctx.report({
      message: `The policy has no "version" field, which RFC 8461 §3.2 requires once: ${POLICY_REJECTED}. Add the line "${VERSION_LINE}" at the top.`,
      span: policyStart(ctx.policy),
      fix: VERSION_LINE + lineEndOf(ctx.policy),
    });
  },
};
