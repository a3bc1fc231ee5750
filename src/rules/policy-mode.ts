import {
  fieldLine,
  looksLikeTemplate,
  misspellingsOf,
  POLICY_REJECTED,
} from "../model/field-names.js";
import { fieldSpan } from "../model/locations.js";
import type { PolicyMode } from "../model/policy.js";
import { policyStart } from "../model/policy.js";
import { firstField, isPolicyMode, POLICY_MODES } from "../model/policy-semantics.js";
import type { Rule } from "../model/rule.js";
import { quoted } from "../model/wording.js";

const CHOICES = `"enforce" (refuse delivery that fails validation), "testing" (only report it) or "none" (opt out)`;

/**
 * The mode a wrong value was evidently meant to be: another case (`Enforce`), quotes
 * (`"testing"`), or a longer or shorter form of one word (`enforced`, `test`).
 */
function intendedMode(value: string): PolicyMode | undefined {
  const v = value.replace(/^["']|["']$/g, "").toLowerCase();
  const exact = POLICY_MODES.find((m) => m === v);
  if (exact) return exact;
  if (v.length < 4) return undefined;
  return POLICY_MODES.find((m) => m.startsWith(v) || v.startsWith(m));
}

/** Without a valid `mode` the policy is invalid (RFC 8461 §3.2: required once, case-sensitive). */
export const rule: Rule = {
  meta: {
    id: "policy-mode",
    area: "policy",
    defaultSeverity: "error",
    description:
      "The policy has no `mode` field, or its value is not exactly `enforce`, `testing` or `none`.",
    rfc: "RFC 8461 §3.2",
  },
  scope: "policy",
  check(ctx) {
    const field = firstField(ctx.policy, "mode");
    if (field) {
      if (isPolicyMode(field.value)) return;
      if (field.value === "") {
        ctx.report({
          message: `The "mode" line has no value, but RFC 8461 §3.2 requires one of "enforce", "testing" or "none": ${POLICY_REJECTED}. Use one of ${CHOICES}.`,
          span: fieldSpan(field),
        });
        return;
      }
      const meant = intendedMode(field.value);
      const hint = meant
        ? ` Write "${fieldLine("mode", meant)}".`
        : looksLikeTemplate(field.value)
          ? ` It looks like a template placeholder: pick one of ${CHOICES}.`
          : ` Use one of ${CHOICES}.`;
      ctx.report({
        message: `The mode is ${quoted(field.value)}, but RFC 8461 §3.2 allows only "enforce", "testing" or "none" (lowercase): ${POLICY_REJECTED}.${hint}`,
        span: field.valueSpan,
        fix: meant ? fieldLine("mode", meant) : undefined,
      });
      return;
    }
    const typo = misspellingsOf(ctx.policy, "mode")[0];
    const meant = typo && intendedMode(typo.value);
    if (typo) {
      ctx.report({
        message: `The policy has no "mode" field: line ${typo.line} writes ${quoted(typo.name)}, and senders compare field names exactly, so ${POLICY_REJECTED}. Write "mode:" in lowercase.`,
        span: typo.nameSpan,
        fix: meant ? fieldLine("mode", meant) : undefined,
      });
      return;
    }
    ctx.report({
      message: `The policy has no "mode" field, which RFC 8461 §3.2 requires once: ${POLICY_REJECTED}. Add a "mode:" line with ${CHOICES}; start with "mode: testing" while you watch TLS-RPT reports.`,
      span: policyStart(ctx.policy),
    });
  },
};
