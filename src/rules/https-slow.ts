import { SLOW_FETCH_MS } from "../model/live-https.js";
import { familyName, httpsLocation } from "../model/live-wording.js";
import type { Rule } from "../model/rule.js";

/** postfix-mta-sts-resolver gives up after 4 s by default: a slower host fails for Postfix. */
export const rule: Rule = {
  meta: {
    id: "https-slow",
    area: "https",
    defaultSeverity: "warning",
    description: "The policy fetch takes more than 4 seconds.",
    rfc: "RFC 8461 §3.3",
  },
  scope: "domain",
  check(ctx) {
    const obs = ctx.domain.live?.https;
    if (!obs) return;
    for (const r of obs.families) {
      if (r.outcome !== "ok" || r.elapsedMs <= SLOW_FETCH_MS) continue;
      const seconds = (r.elapsedMs / 1000).toFixed(1);
      ctx.report({
        location: httpsLocation(obs),
        message: `Fetching ${obs.url} via ${familyName(r.family)} (${r.address}) took ${seconds} s, more than the ${SLOW_FETCH_MS / 1000} s that postfix-mta-sts-resolver waits by default (RFC 8461 §3.3 leaves the timeout to senders): Postfix senders may time out and treat the fetch as failed (TLS-RPT "sts-policy-fetch-error"). Serve the small static file from a fast host or a CDN.`,
      });
    }
  },
};
