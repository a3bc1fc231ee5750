import { familiesText, groupBy, httpsLocation } from "../model/live-wording.js";
import type { Rule } from "../model/rule.js";
import { ENFORCING_SENDERS, quoted } from "../model/wording.js";

/** RFC 8461 §3.3: "Senders MUST NOT follow HTTP redirects" — a redirected policy is no policy. */
export const rule: Rule = {
  meta: {
    id: "https-redirect",
    area: "https",
    defaultSeverity: "error",
    description: "The policy URL answers with a redirect (3xx).",
    rfc: "RFC 8461 §3.3",
  },
  scope: "domain",
  check(ctx) {
    const obs = ctx.domain.live?.https;
    if (!obs) return;
    const redirects = obs.families.filter(
      (r) => r.response && r.response.status >= 300 && r.response.status < 400,
    );
    for (const group of groupBy(
      redirects,
      (r) => `${r.response?.status}|${r.response?.location ?? ""}`,
    )) {
      const res = group[0].response;
      if (!res) continue;
      const target = res.location ? ` to ${quoted(res.location)}` : " (without a Location header)";
      ctx.report({
        location: httpsLocation(obs),
        message: `${obs.url} answers ${res.status} (redirect${target}) via ${familiesText(group)}. RFC 8461 §3.3 says senders MUST NOT follow redirects, so ${ENFORCING_SENDERS} treat the fetch as failed and the policy never applies (TLS-RPT "sts-policy-fetch-error"). Serve the policy directly at ${obs.url} with status 200 — common causes are an "always redirect to www" or HTTP→HTTPS rule applied to the mta-sts host, or a trailing-slash rewrite.`,
      });
    }
  },
};
