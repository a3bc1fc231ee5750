import { multipleRecordReports } from "../model/record-reports.js";
import { discoveryView, STS_FAMILY } from "../model/records.js";
import type { Rule } from "../model/rule.js";
import { ENFORCING_SENDERS } from "../model/wording.js";

/** Two `v=STSv1` records make senders assume there is no policy at all (RFC 8461 §3.1). */
export const rule: Rule = {
  meta: {
    id: "sts-record-multiple",
    area: "sts-record",
    defaultSeverity: "error",
    description: 'More than one TXT record at _mta-sts starts with "v=STSv1".',
    rfc: "RFC 8461 §3.1",
  },
  scope: "domain",
  check({ domain, report }) {
    const view = discoveryView(domain, STS_FAMILY);
    if (!view) return;
    const consequence = `RFC 8461 §3.1 makes senders (${ENFORCING_SENDERS}) assume the domain has no MTA-STS policy when the number of such records is not one, so the policy is not applied.`;
    for (const r of multipleRecordReports(view, STS_FAMILY, consequence)) report(r);
  },
};
