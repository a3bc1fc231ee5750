import { POLICY_BODY_LIMIT } from "../model/live-https.js";
import { familiesText, groupBy, httpsLocation } from "../model/live-wording.js";
import type { Rule } from "../model/rule.js";

/** RFC 8461 §3.3: senders stop reading after 64 KiB; an oversized body is not a policy. */
export const rule: Rule = {
  meta: {
    id: "https-too-large",
    area: "https",
    defaultSeverity: "error",
    description: "The live policy body exceeds 65536 bytes.",
    rfc: "RFC 8461 §3.3",
  },
  scope: "domain",
  check(ctx) {
    const obs = ctx.domain.live?.https;
    if (!obs) return;
    const large = obs.families.filter((r) => r.response?.truncated);
    for (const group of groupBy(large, () => "all")) {
      ctx.report({
        location: httpsLocation(obs),
        message: `${obs.url} sends a body larger than ${POLICY_BODY_LIMIT} bytes via ${familiesText(group)} (reading stopped there). RFC 8461 §3.3 suggests that senders read at most 64 KiB; postfix-mta-sts-resolver and others treat the fetch as failed (TLS-RPT "sts-policy-fetch-error"), so the policy never applies. A real policy is a few hundred bytes: serve only the version, mode, mx and max_age lines (the truncated body was not linted).`,
      });
    }
  },
};
