import { changeView, idLocation } from "../model/change.js";
import type { Rule } from "../model/rule.js";
import { quoted } from "../model/wording.js";

/** A new id with the same policy makes every sender refetch it: harmless, but maybe a slip. */
export const rule: Rule = {
  meta: {
    id: "change-id-without-policy-change",
    area: "change",
    defaultSeverity: "notice",
    description: "The _mta-sts id changed but the policy means the same as before.",
    rfc: "RFC 8461 §3.1",
  },
  scope: "domain",
  check({ domain, report }) {
    const view = changeView(domain);
    if (!view?.baseMeaning || !view.headMeaning) return;
    if (view.idChanged !== true || view.changes.length > 0) return;
    const at = idLocation(view);
    if (!at) return;
    report({
      location: at.location,
      message: `The id of the _mta-sts record changed (${quoted(view.baseRecord?.id ?? "")} → ${quoted(view.headRecord?.id ?? "")}) but the policy means the same as at ${view.revision} (mode, max_age and mx set are equal). Senders fetch the policy once more and keep applying the same rules: harmless. If this revision was meant to change the policy, the edit of the policy file is missing.`,
    });
  },
};
