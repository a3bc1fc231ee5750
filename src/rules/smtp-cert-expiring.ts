import { expiresSoon } from "../model/live-tls.js";
import { describeCert, expiryWhen, smtpLocation, smtpTarget } from "../model/live-wording.js";
import type { Rule } from "../model/rule.js";

/** A valid MX certificate that is about to expire: under enforce, delivery stops when it does. */
export const rule: Rule = {
  meta: {
    id: "smtp-cert-expiring",
    area: "smtp",
    defaultSeverity: "warning",
    description:
      "An MX host's certificate expires within the configured number of days (default 14).",
    rfc: "RFC 8461 §4.2",
  },
  scope: "domain",
  check(ctx) {
    for (const obs of ctx.domain.live?.smtp ?? []) {
      for (const r of obs.addresses) {
        if (!r.tls?.valid || !r.certificate || !expiresSoon(r.certificate)) continue;
        ctx.report({
          location: smtpLocation(obs, r),
          message: `The certificate of ${smtpTarget(obs, r)} expires ${expiryWhen(r.certificate)} (${describeCert(r.certificate)}), inside the ${r.certificate.expiryThresholdDays}-day warning window. Once it expires, senders that apply the policy in mode enforce stop delivering to this MX (TLS-RPT "certificate-expired", RFC 8460 §4.3.1). Renew it now and check that the MTA reloads renewed certificates.`,
        });
      }
    }
  },
};
