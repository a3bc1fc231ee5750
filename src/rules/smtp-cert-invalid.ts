import {
  certFixText,
  certProblemText,
  describeCert,
  smtpImpact,
  smtpLocation,
  smtpSeverity,
  smtpTarget,
} from "../model/live-wording.js";
import type { Rule } from "../model/rule.js";
import { quoted } from "../model/wording.js";

/**
 * RFC 8461 §4.2: under a policy, the MX certificate must validate (PKIX) for the MX host name
 * the sender looked up, wildcards per RFC 6125. A handshake that fails outright is reported
 * here too: the sender gets no validated TLS either way.
 */
export const rule: Rule = {
  meta: {
    id: "smtp-cert-invalid",
    area: "smtp",
    defaultSeverity: "error",
    description: "An MX host's certificate does not validate for the MX host name.",
    rfc: "RFC 8461 §4.2, RFC 8460 §4.3.1",
  },
  scope: "domain",
  check(ctx) {
    const severity = smtpSeverity(ctx.domain);
    for (const obs of ctx.domain.live?.smtp ?? []) {
      for (const r of obs.addresses) {
        if (r.outcome === "tls-failed") {
          ctx.report({
            location: smtpLocation(obs, r),
            severity,
            message: `The TLS handshake after STARTTLS with ${smtpTarget(obs, r)} failed: ${quoted(r.error ?? "handshake failed")}. Senders get no validated TLS session (TLS-RPT "validation-failure", RFC 8460 §4.3.1). ${smtpImpact(severity)}. Check the MX's TLS configuration (protocol versions, ciphers, certificate and key files).`,
          });
          continue;
        }
        if (r.outcome !== "cert-invalid" || !r.tls) continue;
        ctx.report({
          location: smtpLocation(obs, r),
          severity,
          message: `The certificate of ${smtpTarget(obs, r)} does not validate for ${obs.host}: ${certProblemText(r.tls, r.certificate, obs.host)} (${describeCert(r.certificate)}). RFC 8461 §4.2 requires a certificate valid for the MX host name; TLS-RPT reports show "${r.tls.resultType}" (RFC 8460 §4.3.1). ${smtpImpact(severity)}. ${certFixText(r.tls, obs.host)}`,
        });
      }
    }
  },
};
