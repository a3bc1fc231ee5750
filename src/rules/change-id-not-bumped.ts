import {
  changeView,
  describeCached,
  describeMaxAge,
  idLocation,
  suggestedId,
} from "../model/change.js";
import { policyUrl } from "../model/records.js";
import type { Rule } from "../model/rule.js";
import { ENFORCING_SENDERS, quoted } from "../model/wording.js";

/**
 * Senders refetch a policy only when the `_mta-sts` id changes (RFC 8461 §3.1, §5.1): a
 * policy edited under the same id is not seen by any sender holding the old one.
 */
export const rule: Rule = {
  meta: {
    id: "change-id-not-bumped",
    area: "change",
    defaultSeverity: "error",
    description:
      "The policy's meaning (mode, max_age or the mx set) changed but the _mta-sts id did not.",
    rfc: "RFC 8461 §3.1, §8.1",
  },
  scope: "domain",
  check({ domain, report }) {
    const view = changeView(domain);
    if (!view || view.changes.length === 0 || view.idChanged !== false) return;
    const at = idLocation(view);
    if (!at) return;
    const id = view.headRecord?.id ?? "";
    const fresh = suggestedId(view);
    const changed = view.changes.map((c) => c.text).join("; ");
    report({
      location: at.location,
      ...(at.fix !== undefined ? { fix: at.fix } : {}),
      message: `The policy changed since ${view.revision} (${changed}) but the id of the _mta-sts record is still ${quoted(id)}. Senders (${ENFORCING_SENDERS}) fetch ${policyUrl(domain.name)} again only when the id changes: those that cached the policy published at the base revision (${describeCached(view)}) keep applying it for up to its ${describeMaxAge(view.baseMeaning?.maxAge)} after their last fetch, and new senders get the new policy, so the domain's senders disagree about it. Deploy the new policy file first, then change the id, for example to the current UTC time ${quoted(fresh)}.`,
    });
  },
};
