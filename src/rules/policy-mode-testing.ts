import { effectiveMode, firstField } from "../model/policy-semantics.js";
import type { Rule } from "../model/rule.js";

/** Mode testing protects nothing yet: it is a step on the way to enforce (RFC 8461 §5). */
export const rule: Rule = {
  meta: {
    id: "policy-mode-testing",
    area: "policy",
    defaultSeverity: "notice",
    description: "The policy's mode is `testing`: failures are reported, not enforced.",
    rfc: "RFC 8461 §5",
  },
  scope: "policy",
  check(ctx) {
    if (effectiveMode(ctx.policy) !== "testing") return;
    const field = firstField(ctx.policy, "mode");
    if (!field) return;
    ctx.report({
      message: `Mode "testing": senders report failed validation through TLS-RPT but still deliver, even over an unauthenticated connection or in plaintext, so the policy does not yet protect mail (RFC 8461 §5). Once TLS-RPT reports show no failures ("validation-failure", "sts-webpki-invalid", certificate errors), switch to "mode: enforce" and change the _mta-sts id.`,
      span: field.valueSpan,
    });
  },
};
