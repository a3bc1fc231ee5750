import { syntaxReports } from "../model/record-reports.js";
import { discoveryView, STS_FAMILY } from "../model/records.js";
import type { Rule } from "../model/rule.js";
import { ENFORCING_SENDERS } from "../model/wording.js";

/** An `_mta-sts` record that breaks the ABNF is, for senders, no record (RFC 8461 §3.1). */
export const rule: Rule = {
  meta: {
    id: "sts-record-syntax",
    area: "sts-record",
    defaultSeverity: "error",
    description: "The _mta-sts TXT record does not match the RFC 8461 §3.1 ABNF.",
    rfc: "RFC 8461 §3.1",
  },
  scope: "domain",
  check({ domain, report }) {
    const view = discoveryView(domain, STS_FAMILY);
    if (!view) return;
    const consequence = `Senders that find the record invalid assume the domain has no MTA-STS policy (RFC 8461 §3.1): ${ENFORCING_SENDERS} then skip MTA-STS for it.`;
    for (const r of syntaxReports(view, STS_FAMILY, consequence)) report(r);
  },
};
