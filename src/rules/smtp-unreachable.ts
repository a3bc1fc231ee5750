import { smtpLocation, smtpTarget } from "../model/live-wording.js";
import type { Rule } from "../model/rule.js";
import { quoted } from "../model/wording.js";

/**
 * An MX that cannot be asked about STARTTLS: nothing is known about its TLS. Often the
 * runner, not the MX: hosted CI runners (GitHub-hosted included) block outbound port 25.
 */
export const rule: Rule = {
  meta: {
    id: "smtp-unreachable",
    area: "smtp",
    defaultSeverity: "warning",
    description: "An MX host's port 25 cannot be reached or does not complete the SMTP greeting.",
    rfc: "RFC 8461 §4.2, RFC 5321",
  },
  scope: "domain",
  check(ctx) {
    const live = ctx.domain.live;
    // An address the address guard kept us away from was never tried: no port-25 hint.
    const guarded = (host: string, address: string) =>
      (live?.refused ?? []).some((x) => x.host === host && x.address === address);
    for (const obs of live?.smtp ?? []) {
      for (const r of obs.addresses) {
        if (
          r.outcome !== "connect-failed" &&
          r.outcome !== "timeout" &&
          r.outcome !== "protocol-error"
        )
          continue;
        const blocked =
          r.outcome === "protocol-error" || guarded(obs.host, r.address)
            ? ""
            : ` Hosted CI runners (GitHub-hosted runners included) often block outbound port ${obs.port}: if every MX fails this way, run the SMTP checks from a self-hosted runner or another network before concluding that the MX is down.`;
        ctx.report({
          location: smtpLocation(obs, r),
          message: `Could not check STARTTLS on ${smtpTarget(obs, r)} port ${obs.port}: ${quoted(r.error ?? r.outcome)}.${blocked} If the MX is really unreachable, senders queue and retry mail for it; otherwise nothing is known about its TLS setup (RFC 8461 §4.2 needs STARTTLS with a valid certificate).`,
        });
      }
    }
  },
};
