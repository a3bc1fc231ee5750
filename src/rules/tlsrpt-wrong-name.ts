import { recordLocation } from "../model/locations.js";
import { discoveryView, misplacedRecords, qualifying, TLSRPT_FAMILY } from "../model/records.js";
import type { Rule } from "../model/rule.js";
import { quoted } from "../model/wording.js";

/** Senders query only `_smtp._tls.<domain>`; a record anywhere else is never read. */
export const rule: Rule = {
  meta: {
    id: "tlsrpt-wrong-name",
    area: "tlsrpt",
    defaultSeverity: "error",
    description:
      'A "v=TLSRPTv1" record at _tlsrpt, _smtp-tlsrpt or the apex instead of _smtp._tls.',
    rfc: "RFC 8460 §3",
  },
  scope: "domain",
  check({ domain, report }) {
    const view = discoveryView(domain, TLSRPT_FAMILY);
    if (!view) return;
    const hasRecord = qualifying(view.txts).length > 0;
    for (const { txt, why } of misplacedRecords(view.zone, domain.name, TLSRPT_FAMILY)) {
      const at = `The TLS-RPT record ${quoted(txt.joined)} is at ${txt.record.owner}, ${why}.`;
      report({
        message: hasRecord
          ? `${at} Senders query only ${view.name}, which has its own record, so this copy is ignored. Delete it.`
          : `${at} Senders query only ${view.name} (RFC 8460 §3), find nothing there and send no TLS-RPT reports, so failed TLS deliveries go unreported. Move the record to ${view.name}.`,
        location: recordLocation(txt.record),
      });
    }
  },
};
