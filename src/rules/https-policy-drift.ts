import { familiesText, groupBy, httpsLocation } from "../model/live-wording.js";
import { meaningChanges, policyMeaning } from "../model/policy-meaning.js";
import type { Rule } from "../model/rule.js";

/**
 * The policy senders fetch is not the one in the repository: a deploy did not happen, or the
 * host serves an out-of-band copy. Compared by meaning (RFC 8461 §3.2), not by bytes.
 */
export const rule: Rule = {
  meta: {
    id: "https-policy-drift",
    area: "https",
    defaultSeverity: "warning",
    description: "The live policy differs in meaning from the local policy file.",
    rfc: "RFC 8461 §3.2, §8",
  },
  scope: "domain",
  check(ctx) {
    const { policy, policyFile } = ctx.domain;
    const obs = ctx.domain.live?.https;
    if (!obs || !policy) return;
    const local = policyMeaning(policy);
    const drifted = obs.families
      .filter((r) => r.response?.body)
      .map((r) => ({
        family: r.family,
        changes: r.response?.body ? meaningChanges(local, policyMeaning(r.response.body)) : [],
      }))
      .filter((d) => d.changes.length > 0);
    for (const group of groupBy(drifted, (d) => d.changes.map((c) => c.text).join("; "))) {
      const changes = group[0].changes.map((c) => c.text).join("; ");
      ctx.report({
        location: httpsLocation(obs),
        message: `The policy served at ${obs.url} (${familiesText(group)}) differs in meaning from ${policyFile ?? "the local policy file"} (local → live): ${changes}. Senders act on the live policy, not the repository's: deploy the file (then bump the _mta-sts id so senders refetch it, RFC 8461 §3.1), or bring the repository in line with what is live.`,
      });
    }
  },
};
