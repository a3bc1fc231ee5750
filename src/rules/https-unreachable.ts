import type { HttpsFamilyResult } from "../model/live-https.js";
import {
  familiesText,
  familiesWithAddresses,
  familyName,
  groupBy,
  httpsLocation,
} from "../model/live-wording.js";
import type { Rule } from "../model/rule.js";
import { ENFORCING_SENDERS, quoted } from "../model/wording.js";

/** A family whose fetch produced no HTTP answer over a usable TLS session. */
function unreachable(r: HttpsFamilyResult): boolean {
  return r.outcome !== "ok" && r.outcome !== "cert-invalid";
}

const MAX_REASONS = 4;

/** What port 80 says about the hosting, when HTTPS failed and port 80 was asked. */
function plainHttpText(r: HttpsFamilyResult): string {
  const check = r.plainHttp;
  if (check?.status === undefined) return "";
  if (check.status === 200)
    return ` Port ${check.port} serves the policy over plain HTTP (status 200) while HTTPS fails: the policy is hosted over plain HTTP only, which RFC 8461 §3.3 does not allow — senders fetch it only over HTTPS with a valid certificate.`;
  return ` Port ${check.port} answers plain HTTP (status ${check.status}) while HTTPS fails: the web server is up, but does not serve HTTPS for ${r.family === 4 ? "this IPv4" : "this IPv6"} address.`;
}

function reason(r: HttpsFamilyResult): string {
  const earlier = r.failedAddresses.map((a) => `${a.address}: ${a.error}`);
  const parts = [...earlier, `${r.address}: ${r.error ?? r.outcome}`];
  // Bounded: a host with many addresses must not turn the finding into a wall of text.
  const shown = parts.slice(0, MAX_REASONS).map((p) => quoted(p));
  const more = parts.length - shown.length;
  return more > 0 ? `${shown.join("; ")} and ${more} more` : shown.join("; ");
}

/**
 * RFC 8461 §3.3: senders fetch the policy over HTTPS. A family that fails is reported on its
 * own: error when no family works, warning when the other one still does.
 */
export const rule: Rule = {
  meta: {
    id: "https-unreachable",
    area: "https",
    defaultSeverity: "error",
    description: "The policy host cannot be reached over HTTPS (per address family).",
    rfc: "RFC 8461 §3.3",
  },
  scope: "domain",
  check(ctx) {
    const obs = ctx.domain.live?.https;
    if (!obs) return;
    const location = httpsLocation(obs);
    if (obs.families.length === 0) {
      ctx.report({
        location,
        message: `The policy host ${obs.host} has no IPv4 or IPv6 address to fetch ${obs.url} from: senders (${ENFORCING_SENDERS}) cannot fetch the policy, so it never applies (TLS-RPT "sts-policy-fetch-error"). Publish an A and/or AAAA record (or a CNAME to your web host) for ${obs.host}.`,
      });
      return;
    }
    // A family "works" when a sender gets an HTTP answer over a validated connection.
    const working = obs.families.filter((r) => r.outcome === "ok");
    const failing = obs.families.filter(unreachable);
    // Families that failed the same way (and whose port 80 said the same) share one finding.
    for (const group of groupBy(failing, (r) => `${r.outcome}|${r.plainHttp?.status ?? ""}`)) {
      const first = group[0];
      const plain = plainHttpText(first);
      const impact =
        working.length > 0
          ? ` ${familyName(working[0].family)} works, so senders that try ${familiesText(group)} first fall back to it after a delay, or fail if they do not fall back.`
          : ` No address family works: senders (${ENFORCING_SENDERS}) cannot fetch the policy, so it never applies and TLS-RPT reports show "sts-policy-fetch-error".`;
      const fix =
        working.length > 0
          ? ` Fix the ${familyName(first.family)} address of ${obs.host} (server, firewall, listener on port 443), or remove its ${first.family === 4 ? "A" : "AAAA"} record.`
          : ` Serve ${obs.url} over HTTPS (port 443) with a valid certificate for ${obs.host}.`;
      ctx.report({
        location,
        severity: working.length > 0 ? "warning" : "error",
        message: `The policy host ${obs.host} cannot be reached over HTTPS via ${familiesWithAddresses(group)}: ${group.map(reason).join("; ")}.${plain}${impact}${fix}`,
      });
    }
  },
};
