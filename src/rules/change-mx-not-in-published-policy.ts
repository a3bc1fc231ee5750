import {
  cachedMode,
  changeView,
  describeCached,
  describeMaxAge,
  safeFrom,
  uncoveredNewMx,
} from "../model/change.js";
import { recordLocation } from "../model/locations.js";
import type { Rule } from "../model/rule.js";
import { ENFORCING_SENDERS, quoted, quotedList } from "../model/wording.js";

/**
 * A new MX host that the policy senders have cached does not cover: they refuse it (enforce)
 * or report it (testing) until that cached policy expires, whatever the new policy says.
 */
export const rule: Rule = {
  meta: {
    id: "change-mx-not-in-published-policy",
    area: "change",
    defaultSeverity: "error",
    description:
      "An MX host added to the zone is not covered by the base revision's enforce or testing policy, which senders keep cached for up to its max_age.",
    rfc: "RFC 8461 §4.1, §5.1, §8.1",
  },
  scope: "domain",
  check({ domain, report }) {
    const view = changeView(domain);
    const mode = view && cachedMode(view);
    if (!view || !mode) return;
    const maxAge = view.baseMeaning?.maxAge;
    const patterns = quotedList(view.baseMeaning?.mx ?? []);
    for (const mx of uncoveredNewMx(view)) {
      const consequence =
        mode === "enforce"
          ? `refuse to deliver to ${mx.host} (TLS-RPT "validation-failure"); mail waits for the other MX hosts or bounces when only this one is reachable`
          : `deliver to ${mx.host} but report every connection as "validation-failure" in TLS-RPT`;
      const until =
        maxAge === undefined
          ? "until that cached policy expires"
          : `until that cached policy expires: up to ${describeMaxAge(maxAge)} after the new policy and id are live (at the earliest ${safeFrom(view.now, maxAge)} if both go live now)`;
      report({
        severity: mode === "enforce" ? "error" : "warning",
        location: recordLocation(mx.record),
        message: `MX host ${quoted(mx.host)} is new in this revision, but the policy published at ${view.revision} (${describeCached(view)}; mx ${patterns || "(none)"}) does not cover it. Senders that cached that policy (${ENFORCING_SENDERS}) ${consequence} ${until}. Publish a policy whose mx lines cover ${mx.host} and change the id now; add the MX record only after that wait.`,
      });
    }
  },
};
