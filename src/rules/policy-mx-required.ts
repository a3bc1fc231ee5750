import { fieldLine, misspellingsOf, POLICY_REJECTED } from "../model/field-names.js";
import { checksMx, effectiveMode, firstField, mxFields } from "../model/policy-semantics.js";
import type { Rule } from "../model/rule.js";
import { quoted } from "../model/wording.js";

/** A policy that checks MX names but lists none is invalid (RFC 8461 §3.2). */
export const rule: Rule = {
  meta: {
    id: "policy-mx-required",
    area: "policy",
    defaultSeverity: "error",
    description: "Mode enforce or testing needs at least one `mx` line.",
    rfc: "RFC 8461 §3.2",
  },
  scope: "policy",
  check(ctx) {
    const mode = effectiveMode(ctx.policy);
    const modeField = firstField(ctx.policy, "mode");
    if (!checksMx(mode) || !modeField || mxFields(ctx.policy).length > 0) return;
    const howToFix = `Add one "mx:" line per MX host of ${ctx.domain} (for example "mx: mail.${ctx.domain}"), or a wildcard such as "mx: *.mail.example.net" for a provider's hosts.`;
    const typo = misspellingsOf(ctx.policy, "mx")[0];
    if (typo) {
      ctx.report({
        message: `Mode "${mode}" needs at least one "mx" line, and line ${typo.line} writes ${quoted(typo.name)}: senders compare field names exactly, so the policy lists no MX host and ${POLICY_REJECTED}. Write "mx:".`,
        span: typo.nameSpan,
        fix: fieldLine("mx", typo.value),
      });
      return;
    }
    ctx.report({
      message: `Mode "${mode}" needs at least one "mx" line (RFC 8461 §3.2), and the policy has none: ${POLICY_REJECTED}. ${howToFix}`,
      span: modeField.valueSpan,
    });
  },
};
