import { describeTxtDrift, txtSides } from "../model/live-drift.js";
import { STS_FAMILY } from "../model/records.js";
import type { Rule } from "../model/rule.js";
import { ENFORCING_SENDERS, quoted } from "../model/wording.js";

/** The `id` of a record text, when it has exactly one. */
function idOf(text: string): string | undefined {
  const ids = STS_FAMILY.parse([text]).fields.filter((f) => f.name === "id");
  return ids.length === 1 ? ids[0].value : undefined;
}

/** The live `_mta-sts` record is not the zone's: a pending deploy or an out-of-band change. */
export const rule: Rule = {
  meta: {
    id: "live-sts-record-drift",
    area: "dns",
    defaultSeverity: "warning",
    description: "The live _mta-sts record differs from the one in the zone.",
    rfc: "RFC 8461 §3.1",
  },
  scope: "domain",
  check(ctx) {
    const sides = txtSides(ctx.domain, STS_FAMILY, (q) => q.stsTxt);
    if (!sides) return;
    const location = { host: sides.name };
    if (sides.zoneCname === undefined && sides.zone.length === 1 && sides.live.length === 1) {
      const zoneId = idOf(sides.zone[0]);
      const liveId = idOf(sides.live[0]);
      if (zoneId !== undefined && liveId !== undefined && zoneId !== liveId) {
        ctx.report({
          location,
          message: `The live _mta-sts record of ${quoted(ctx.domain.name)} has id ${quoted(liveId)}, the zone has id ${quoted(zoneId)}. Senders (${ENFORCING_SENDERS}) refetch the policy only when they see a new id, so until the zone is live they keep the policy they cached. If the zone change is pending, publish the policy file first and then the zone (RFC 8461 §8.1); if the live record was changed outside the repository, bring the zone up to date.`,
        });
        return;
      }
    }
    const message = describeTxtDrift(sides, {
      noun: "MTA-STS record",
      absentLive: `Senders (${ENFORCING_SENDERS}) that have no cached policy see no MTA-STS policy at all, and cached policies are not refreshed.`,
      absentZone:
        "A deploy of the zone from the repository would remove it, and senders would stop refreshing the policy.",
    });
    if (message) ctx.report({ location, message });
  },
};
