import {
  certFixText,
  certProblemText,
  describeCert,
  familiesWithAddresses,
  groupBy,
  httpsLocation,
} from "../model/live-wording.js";
import type { Rule } from "../model/rule.js";
import { ENFORCING_SENDERS } from "../model/wording.js";

/**
 * RFC 8461 §3.3: the policy host must present a certificate valid for `mta-sts.<domain>`
 * (PKIX, RFC 6125 names). Senders that cannot validate it do not fetch the policy.
 */
export const rule: Rule = {
  meta: {
    id: "https-cert-invalid",
    area: "https",
    defaultSeverity: "error",
    description: "The policy host's certificate does not validate for mta-sts.<domain>.",
    rfc: "RFC 8461 §3.3, RFC 8460 §4.3",
  },
  scope: "domain",
  check(ctx) {
    const obs = ctx.domain.live?.https;
    if (!obs) return;
    const invalid = obs.families.filter((r) => r.outcome === "cert-invalid" && r.tls);
    // The same certificate over both families is one problem: one finding.
    for (const group of groupBy(
      invalid,
      (r) => `${r.tls?.code}|${r.certificate?.fingerprint256 ?? r.family}`,
    )) {
      const { tls, certificate } = group[0];
      if (!tls) continue;
      ctx.report({
        location: httpsLocation(obs),
        message: `The policy host ${obs.host} presents an invalid certificate via ${familiesWithAddresses(group)}: ${certProblemText(tls, certificate, obs.host)} (${describeCert(certificate)}). Senders (${ENFORCING_SENDERS}) refuse to fetch the policy over an unvalidated connection (RFC 8461 §3.3), so it never applies; TLS-RPT reports show "sts-webpki-invalid" (certificate result type "${tls.resultType}", RFC 8460 §4.3). ${certFixText(tls, obs.host)}`,
      });
    }
  },
};
