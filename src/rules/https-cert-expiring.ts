import type { CertificateDetails } from "../model/live-tls.js";
import { expiresSoon } from "../model/live-tls.js";
import {
  describeCert,
  expiryWhen,
  familiesText,
  groupBy,
  httpsLocation,
} from "../model/live-wording.js";
import type { Rule } from "../model/rule.js";

/** A valid certificate that is about to expire: the renewal job may be broken. */
export const rule: Rule = {
  meta: {
    id: "https-cert-expiring",
    area: "https",
    defaultSeverity: "warning",
    description:
      "The policy host's certificate expires within the configured number of days (default 14).",
    rfc: "RFC 8461 §3.3",
  },
  scope: "domain",
  check(ctx) {
    const obs = ctx.domain.live?.https;
    if (!obs) return;
    const expiring = obs.families.filter((r) => r.tls?.valid && expiresSoon(r.certificate));
    for (const group of groupBy(
      expiring,
      (r) => r.certificate?.fingerprint256 ?? String(r.family),
    )) {
      const cert = group[0].certificate as CertificateDetails;
      ctx.report({
        location: httpsLocation(obs),
        message: `The certificate of the policy host ${obs.host} (${familiesText(group)}) expires ${expiryWhen(cert)} (${describeCert(cert)}), inside the ${cert.expiryThresholdDays}-day warning window. Once it expires, senders stop fetching the policy (RFC 8461 §3.3; TLS-RPT "sts-webpki-invalid"), and cached policies run out after max_age. Renew it now and check that automatic renewal works.`,
      });
    }
  },
};
