import { policyStart } from "../model/policy.js";
import type { Rule } from "../model/rule.js";

/** RFC 8461 §3.3 suggests senders read at most 64 KiB; postfix-mta-sts-resolver enforces it. */
const MAX_POLICY_BYTES = 65536;

/** A body over 64 KiB is cut off or refused by senders, so the policy never applies. */
export const rule: Rule = {
  meta: {
    id: "policy-too-large",
    area: "policy",
    defaultSeverity: "error",
    description: "The policy body is larger than 65536 bytes.",
    rfc: "RFC 8461 §3.3",
  },
  scope: "policy",
  check(ctx) {
    const { byteLength, source } = ctx.policy;
    // A live body over the limit is https-too-large alone; only the local file is judged here.
    if (source.url && !source.file) return;
    if (byteLength <= MAX_POLICY_BYTES) return;
    ctx.report({
      message: `The policy is ${byteLength} bytes, over the ${MAX_POLICY_BYTES}-byte limit that RFC 8461 §3.3 suggests to senders: postfix-mta-sts-resolver and others stop reading there and treat the fetch as failed (TLS-RPT "sts-policy-fetch-error"), so the policy never applies. Keep only the version, mode, mx and max_age lines.`,
      span: policyStart(ctx.policy),
    });
  },
};
