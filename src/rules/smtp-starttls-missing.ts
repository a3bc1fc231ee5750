import { smtpImpact, smtpLocation, smtpSeverity, smtpTarget } from "../model/live-wording.js";
import type { Rule } from "../model/rule.js";
import { quoted } from "../model/wording.js";

/** RFC 8461 §4.2: a policy in effect means every MX must speak STARTTLS. */
export const rule: Rule = {
  meta: {
    id: "smtp-starttls-missing",
    area: "smtp",
    defaultSeverity: "error",
    description: "An MX host does not offer STARTTLS (or refuses it).",
    rfc: "RFC 8461 §4.2, RFC 8460 §4.3.1, RFC 3207",
  },
  scope: "domain",
  check(ctx) {
    const severity = smtpSeverity(ctx.domain);
    for (const obs of ctx.domain.live?.smtp ?? []) {
      for (const r of obs.addresses) {
        if (r.outcome !== "starttls-missing") continue;
        ctx.report({
          location: smtpLocation(obs, r),
          severity,
          message: `${smtpTarget(obs, r)} does not offer STARTTLS: ${quoted(r.error ?? "not offered")}. RFC 8461 §4.2 requires TLS to every MX of a domain with an MTA-STS policy; TLS-RPT reports show "starttls-not-supported" (RFC 8460 §4.3.1). ${smtpImpact(severity)}. Enable STARTTLS on the MX (Postfix: smtpd_tls_security_level = may, with smtpd_tls_chain_files set) with a certificate valid for ${obs.host}.`,
        });
      }
    }
  },
};
