import { fieldLine, lineEndOf, looksLikeTemplate } from "../model/field-names.js";
import { fieldSpan } from "../model/locations.js";
import { checkMxPattern } from "../model/mx-pattern.js";
import type { PolicyMode } from "../model/policy.js";
import { effectiveMode, mxFields } from "../model/policy-semantics.js";
import type { Rule } from "../model/rule.js";
import { quoted } from "../model/wording.js";

/** What the senders that do keep the policy make of a pattern that matches no host. */
function deliveryEffect(mode: PolicyMode | undefined): string {
  if (mode === "enforce") {
    return 'with mode enforce they refuse delivery to the MX host it was meant for ("validation-failure")';
  }
  if (mode === "testing") {
    return 'in mode testing they report every delivery to the MX host it was meant for as failed ("validation-failure")';
  }
  return "once the mode is enforce they will refuse delivery to the MX host it was meant for";
}

/** An mx value that is not `["*."] Domain` matches no MX host, and strict senders reject it. */
export const rule: Rule = {
  meta: {
    id: "policy-mx-invalid",
    area: "policy",
    defaultSeverity: "error",
    description:
      'An `mx` value is not `["*."] Domain`: a misplaced `*`, a trailing dot, an underscore, an IP address, an empty or over-long label, a U-label.',
    rfc: "RFC 8461 §3.2, §4.1",
  },
  scope: "policy",
  check(ctx) {
    const effect = deliveryEffect(effectiveMode(ctx.policy));
    for (const field of mxFields(ctx.policy)) {
      const { problems, corrected } = checkMxPattern(field.value);
      if (problems.length === 0) continue;
      if (field.value === "") {
        ctx.report({
          message: `The "mx" line has no value. RFC 8461 §3.2 requires a host name pattern after "mx:": mox rejects the whole policy for it (TLS-RPT "sts-policy-invalid"), and senders that keep the policy allow no host through this line, so ${effect}. Write the MX host name as the MX record names it (for example "mx: mail.${ctx.domain}"), or remove the line.`,
          span: fieldSpan(field),
        });
        continue;
      }
      const template = looksLikeTemplate(field.value)
        ? " It looks like a template value that was never filled in."
        : "";
      const fix = corrected?.map((p) => fieldLine("mx", p)).join(lineEndOf(ctx.policy));
      let howToFix: string;
      if (corrected) {
        howToFix = `Write ${corrected.map((p) => quoted(fieldLine("mx", p))).join(" and ")}.`;
      } else if (field.value.trim() === ".") {
        howToFix = `If ${ctx.domain} receives no mail, publish "mode: none" (then retire MTA-STS, RFC 8461 §8.3); otherwise list its MX hosts.`;
      } else {
        howToFix = `Write the MX host name as the MX record names it, or "*." and its parent domain for a provider's hosts.`;
      }
      ctx.report({
        message: `The mx value ${quoted(field.value)} is not a host name pattern: ${problems.join("; ")}.${template} mox rejects the whole policy for it (TLS-RPT "sts-policy-invalid"); senders that keep the policy match no MX host with it, so ${effect}. ${howToFix}`,
        span: field.valueSpan,
        fix,
      });
    }
  },
};
