import type { Location } from "../model/finding.js";
import { recordLocation, zoneAnchor } from "../model/locations.js";
import {
  cnameAt,
  hostAddressRecords,
  isBeingRemoved,
  isOutsideZone,
  policyHostName,
  stsRecordName,
} from "../model/records.js";
import type { Report, Rule } from "../model/rule.js";

/** Senders fetch the policy from `mta-sts.<domain>`; without an address they get nothing. */
export const rule: Rule = {
  meta: {
    id: "policy-host-missing",
    area: "sts-record",
    defaultSeverity: "error",
    description: "mta-sts.<domain> has no A, AAAA or CNAME record in the zone.",
    rfc: "RFC 8461 §3.3, §8.2",
  },
  scope: "domain",
  check({ domain, report }) {
    const zone = domain.zone;
    if (!zone) return;
    const host = policyHostName(domain.name);
    if (isOutsideZone(zone, host)) return;
    if (hostAddressRecords(zone, host).length > 0) return;

    const delegation = cnameAt(zone, stsRecordName(domain.name));
    // Point at what is at the host name (often a misplaced TXT), else the delegation, else the top.
    const atHost = zone.byName.get(host)?.[0];
    const location: Location = atHost
      ? recordLocation(atHost)
      : delegation
        ? recordLocation(delegation)
        : zoneAnchor(zone);
    const url = `https://${host}/.well-known/mta-sts.txt`;
    const target = delegation?.data?.kind === "NAME" ? delegation.data.target : "a provider";
    const howToFix = delegation
      ? `${stsRecordName(domain.name)} is delegated by CNAME to ${target} (RFC 8461 §8.2), but senders still fetch the policy from ${host}: add a CNAME for it to the provider's policy host, or an address of a proxy, with a certificate valid for ${host} itself.`
      : `Add an A/AAAA record or a CNAME for ${host} pointing at the server that serves the policy, with a certificate valid for that name.`;
    const r: Report = isBeingRemoved(domain)
      ? {
          message: `${host} has no A, AAAA or CNAME record in the zone. The policy is mode "none", so the domain is in the RFC 8461 §8.3 removal procedure: removing the policy host is its last step, safe only once every policy served before has expired.`,
          location,
          severity: "notice",
        }
      : {
          message: `${host} has no A, AAAA or CNAME record in the zone. Senders fetch the policy from ${url}; the lookup fails, so they apply no policy (TLS-RPT result "sts-policy-fetch-error"), and senders holding a cached policy keep using it until its max_age runs out. ${howToFix}`,
          location,
        };
    report(r);
  },
};
