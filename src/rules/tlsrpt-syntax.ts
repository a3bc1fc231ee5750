import { syntaxReports } from "../model/record-reports.js";
import { discoveryView, TLSRPT_FAMILY } from "../model/records.js";
import type { Rule } from "../model/rule.js";

/** A TLS-RPT record that breaks the ABNF is discarded, and with it every report. */
export const rule: Rule = {
  meta: {
    id: "tlsrpt-syntax",
    area: "tlsrpt",
    defaultSeverity: "error",
    description: "The _smtp._tls TXT record does not match the RFC 8460 §3 ABNF.",
    rfc: "RFC 8460 §3",
  },
  scope: "domain",
  check({ domain, report }) {
    const view = discoveryView(domain, TLSRPT_FAMILY);
    if (!view) return;
    const consequence =
      "Senders that cannot parse the record send no TLS-RPT reports (RFC 8460 §3), so delivery failures go unreported.";
    for (const r of syntaxReports(view, TLSRPT_FAMILY, consequence)) report(r);
  },
};
