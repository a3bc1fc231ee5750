import { familiesText, groupBy, httpsLocation } from "../model/live-wording.js";
import type { Rule } from "../model/rule.js";
import { ENFORCING_SENDERS } from "../model/wording.js";

/** RFC 8461 §3.3: only a 200 carries a policy. A 3xx is https-redirect's alone. */
export const rule: Rule = {
  meta: {
    id: "https-status",
    area: "https",
    defaultSeverity: "error",
    description: "The policy URL answers with a status other than 200 that is not a redirect.",
    rfc: "RFC 8461 §3.3",
  },
  scope: "domain",
  check(ctx) {
    const obs = ctx.domain.live?.https;
    if (!obs) return;
    const bad = obs.families.filter(
      (r) =>
        r.response &&
        r.response.status !== 200 &&
        !(r.response.status >= 300 && r.response.status < 400),
    );
    for (const group of groupBy(bad, (r) => String(r.response?.status))) {
      const status = group[0].response?.status;
      const hint =
        status === 404
          ? " A 404 usually means the file is not deployed at .well-known/mta-sts.txt (static hosts skip dot-folders unless told otherwise) or the virtual host for the mta-sts name serves another site."
          : status !== undefined && status >= 500
            ? " A 5xx is a server-side failure: check the web server's error log."
            : "";
      ctx.report({
        location: httpsLocation(obs),
        message: `${obs.url} answers status ${status} via ${familiesText(group)}; senders accept only 200 (RFC 8461 §3.3), so ${ENFORCING_SENDERS} treat the fetch as failed and the policy never applies (TLS-RPT "sts-policy-fetch-error").${hint} Serve the policy file at that path with status 200.`,
      });
    }
  },
};
