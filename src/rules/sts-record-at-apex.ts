import { recordLocation } from "../model/locations.js";
import {
  attempts,
  classifiedTxtAt,
  discoveryView,
  qualifying,
  STS_FAMILY,
} from "../model/records.js";
import type { Rule } from "../model/rule.js";
import { ENFORCING_SENDERS, quoted } from "../model/wording.js";

/** Senders query only `_mta-sts.<domain>`; a record at the domain itself is never seen. */
export const rule: Rule = {
  meta: {
    id: "sts-record-at-apex",
    area: "sts-record",
    defaultSeverity: "error",
    description: 'A "v=STSv1" TXT record at the domain itself instead of _mta-sts.',
    rfc: "RFC 8461 §3.1",
  },
  scope: "domain",
  check({ domain, report }) {
    const view = discoveryView(domain, STS_FAMILY);
    if (!view) return;
    const atApex = attempts(classifiedTxtAt(view.zone, domain.name, STS_FAMILY));
    const hasRecord = qualifying(view.txts).length > 0;
    for (const txt of atApex) {
      report({
        message: hasRecord
          ? `The TXT record ${quoted(txt.joined)} at ${domain.name} is an MTA-STS record at the domain itself. Senders query only ${view.name}, which has its own record, so this copy is ignored and only misleads whoever updates the id next. Delete it.`
          : `The MTA-STS TXT record ${quoted(txt.joined)} is at ${domain.name} itself, but senders (${ENFORCING_SENDERS}) query only ${view.name} (RFC 8461 §3.1). They find no record and never fetch the policy, so mail goes without MTA-STS protection. Move the record to ${view.name}.`,
        location: recordLocation(txt.record),
      });
    }
  },
};
