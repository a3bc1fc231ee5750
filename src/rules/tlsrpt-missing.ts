import { zoneAnchor } from "../model/locations.js";
import {
  attempts,
  cnameAt,
  discoveryView,
  misplacedRecords,
  TLSRPT_FAMILY,
} from "../model/records.js";
import type { Rule } from "../model/rule.js";
import { REPORTING_SENDERS } from "../model/wording.js";

/** Without a TLS-RPT record nobody tells the domain when TLS delivery to it fails. */
export const rule: Rule = {
  meta: {
    id: "tlsrpt-missing",
    area: "tlsrpt",
    defaultSeverity: "warning",
    description: 'No "v=TLSRPTv1" TXT record at _smtp._tls.',
    rfc: "RFC 8460 §3",
  },
  scope: "domain",
  check({ domain, report }) {
    const view = discoveryView(domain, TLSRPT_FAMILY);
    if (!view) return;
    // A resembling record is tlsrpt-syntax's; a CNAME delegates the record to a provider.
    if (attempts(view.txts).length > 0 || cnameAt(view.zone, view.name)) return;
    // A record only at a wrong name is tlsrpt-wrong-name alone (one root cause, one finding).
    if (misplacedRecords(view.zone, domain.name, TLSRPT_FAMILY).length > 0) return;
    report({
      message: `The zone has no "v=TLSRPTv1" TXT record at ${view.name}. Without it, senders (${REPORTING_SENDERS}) have nowhere to report failed TLS deliveries, so a broken certificate or policy (result types "sts-policy-fetch-error", "sts-policy-invalid", "validation-failure") goes unnoticed until mail is lost. Add one, e.g. ${view.name}. IN TXT "v=TLSRPTv1; rua=mailto:tls-reports@${domain.name}".`,
      location: zoneAnchor(view.zone),
    });
  },
};
