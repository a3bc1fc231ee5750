import { recordLocation } from "../model/locations.js";
import { discoveryView, qualifying, STS_FAMILY } from "../model/records.js";
import type { Rule } from "../model/rule.js";
import { describeDuration } from "../model/wording.js";

const LIMIT = 3600;

/** "86400 s (1 day)", "7200 s (2 hours)": TTLs read better with a unit. */
function describeTtl(ttl: number): string {
  return `${ttl} s (${describeDuration(ttl)})`;
}

/** A long TTL delays the moment senders see a new id, and so a fixed policy. */
export const rule: Rule = {
  meta: {
    id: "sts-record-ttl-long",
    area: "sts-record",
    defaultSeverity: "notice",
    description: "The _mta-sts TXT record's TTL is above 3600 seconds.",
    rfc: "RFC 8461 §3.1, §5.1",
  },
  scope: "domain",
  check({ domain, report }) {
    const view = discoveryView(domain, STS_FAMILY);
    if (!view) return;
    for (const txt of qualifying(view.txts)) {
      if (txt.record.ttl <= LIMIT) continue;
      report({
        message: `The TXT record at ${view.name} has a TTL of ${describeTtl(txt.record.ttl)}. Senders learn that the policy changed by seeing a new id in this record (RFC 8461 §5.1); resolvers keep serving the old id for up to the TTL, so a corrected policy (a new MX host, a move to enforce) reaches senders that much later. Use a TTL of ${LIMIT} or less.`,
        location: recordLocation(txt.record),
      });
    }
  },
};
