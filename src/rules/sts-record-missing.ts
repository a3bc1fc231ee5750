import { recordLocation, zoneAnchor } from "../model/locations.js";
import {
  attempts,
  classifiedTxtAt,
  cnameAt,
  discoveryView,
  isBeingRemoved,
  misplacedRecords,
  STS_FAMILY,
} from "../model/records.js";
import type { Report, Rule } from "../model/rule.js";
import { ENFORCING_SENDERS } from "../model/wording.js";

const SENDERS = `Senders (${ENFORCING_SENDERS}) look for it first and, finding none, never fetch the policy: mail to the domain goes without MTA-STS protection.`;

/** Without the `_mta-sts` record no sender ever discovers the policy (RFC 8461 §3.1). */
export const rule: Rule = {
  meta: {
    id: "sts-record-missing",
    area: "sts-record",
    defaultSeverity: "error",
    description: 'The zone has no TXT record starting with "v=STSv1" (and no CNAME) at _mta-sts.',
    rfc: "RFC 8461 §3.1",
  },
  scope: "domain",
  check({ domain, report }) {
    const view = discoveryView(domain, STS_FAMILY);
    if (!view) return;
    const { zone, name } = view;
    // A resembling record is sts-record-syntax's; a CNAME delegates the record (RFC 8461 §8.2).
    if (attempts(view.txts).length > 0 || cnameAt(zone, name)) return;
    // A record at the apex instead is sts-record-at-apex alone (one root cause, one finding).
    if (attempts(classifiedTxtAt(zone, domain.name, STS_FAMILY)).length > 0) return;

    const removal = isBeingRemoved(domain);
    const r: Report = removal
      ? {
          message: `The zone has no "v=STSv1" TXT record at ${name}. The policy is mode "none", so the domain is in the RFC 8461 §8.3 removal procedure: removing the record is its last step, safe only once every policy served before has expired (up to its max_age after it was last served). Until then keep the record, with the id bumped when mode "none" was published.`,
          location: zoneAnchor(zone),
          severity: "notice",
        }
      : {
          message: `The zone has no "v=STSv1" TXT record at ${name}. ${SENDERS} Add one, e.g. ${name}. IN TXT "v=STSv1; id=YYYYMMDDHHMMSS" with the current UTC time as the id.`,
          location: zoneAnchor(zone),
        };

    // The record written at a near-miss name: point at it, since that is what to move.
    const [misplaced] = misplacedRecords(zone, domain.name, STS_FAMILY);
    if (misplaced && !removal) {
      r.location = recordLocation(misplaced.txt.record);
      r.message = `The "v=STSv1" TXT record is at ${misplaced.txt.record.owner}, ${misplaced.why}, and there is none at ${name}. ${SENDERS} Move the record to ${name}.`;
    }
    report(r);
  },
};
