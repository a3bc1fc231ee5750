import { multipleRecordReports } from "../model/record-reports.js";
import { discoveryView, TLSRPT_FAMILY } from "../model/records.js";
import type { Rule } from "../model/rule.js";

/** Two `v=TLSRPTv1` records make senders assume the domain wants no reports (RFC 8460 §3). */
export const rule: Rule = {
  meta: {
    id: "tlsrpt-multiple",
    area: "tlsrpt",
    defaultSeverity: "error",
    description: 'More than one "v=TLSRPTv1" TXT record at _smtp._tls.',
    rfc: "RFC 8460 §3",
  },
  scope: "domain",
  check({ domain, report }) {
    const view = discoveryView(domain, TLSRPT_FAMILY);
    if (!view) return;
    const consequence =
      "RFC 8460 §3 makes senders assume the domain does not implement TLS-RPT when the number of such records is not one, so no reports are sent to any of them.";
    for (const r of multipleRecordReports(view, TLSRPT_FAMILY, consequence)) report(r);
  },
};
