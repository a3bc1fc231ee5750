import { changedPolicyLocation, changeView, describeMaxAge } from "../model/change.js";
import { policyUrl } from "../model/records.js";
import type { Rule } from "../model/rule.js";
import { quoted } from "../model/wording.js";

/**
 * The right change (new policy, new id) deployed in the wrong order: a sender that sees the
 * new id before the new policy is served caches the old policy under the new id (§8.1).
 */
export const rule: Rule = {
  meta: {
    id: "change-deploy-order",
    area: "change",
    defaultSeverity: "notice",
    description:
      "The policy and the _mta-sts id change together: the policy file must be live before the new id is published.",
    rfc: "RFC 8461 §8.1",
  },
  scope: "domain",
  check({ domain, report }) {
    const view = changeView(domain);
    if (!view || view.changes.length === 0 || view.idChanged !== true) return;
    // The policy file is what must go live first: the notice points at its changed line.
    const location = changedPolicyLocation(view);
    if (!location) return;
    const changed = view.changes.map((c) => c.text).join("; ");
    // What such a sender caches is the old policy, with the old max_age.
    const maxAge = describeMaxAge(view.baseMeaning?.maxAge);
    report({
      location,
      message: `The policy changes (${changed}) and the id changes with it (${quoted(view.baseRecord?.id ?? "")} → ${quoted(view.headRecord?.id ?? "")}): the right change. Deploy it in order (RFC 8461 §8.1): first the policy file, so that ${policyUrl(domain.name)} serves the new policy, then the DNS record with the new id. A sender that sees the new id while the old policy is still served caches the old policy under the new id and keeps it for up to its ${maxAge}, without refetching until the id changes again.`,
    });
  },
};
