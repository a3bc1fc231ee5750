import { describeTxtDrift, txtSides } from "../model/live-drift.js";
import { TLSRPT_FAMILY } from "../model/records.js";
import type { Rule } from "../model/rule.js";
import { REPORTING_SENDERS } from "../model/wording.js";

/** The live `_smtp._tls` record is not the zone's: reports go elsewhere than the repo says. */
export const rule: Rule = {
  meta: {
    id: "live-tlsrpt-drift",
    area: "dns",
    defaultSeverity: "warning",
    description: "The live TLS-RPT record at _smtp._tls differs from the one in the zone.",
    rfc: "RFC 8460 §3",
  },
  scope: "domain",
  check(ctx) {
    const sides = txtSides(ctx.domain, TLSRPT_FAMILY, (q) => q.tlsrptTxt);
    if (!sides) return;
    const message = describeTxtDrift(sides, {
      noun: "TLS-RPT record",
      absentLive: `Senders (${REPORTING_SENDERS}) send no TLS-RPT reports, so delivery failures go unnoticed.`,
      absentZone:
        "Reports go to its rua while the repository says otherwise, and a deploy of the zone would remove it.",
    });
    if (message) ctx.report({ location: { host: sides.name }, message });
  },
};
