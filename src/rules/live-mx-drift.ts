import { mxSides } from "../model/live-drift.js";
import type { Rule } from "../model/rule.js";
import { ENFORCING_SENDERS, quoted, quotedList } from "../model/wording.js";

const exchangeOf = (pair: string) => pair.slice(pair.indexOf(" ") + 1);

/** The live MX set is not the zone's: the coverage checked offline is not what senders use. */
export const rule: Rule = {
  meta: {
    id: "live-mx-drift",
    area: "dns",
    defaultSeverity: "warning",
    description: "The live MX set (preference and exchange) differs from the zone's.",
    rfc: "RFC 8461 §4.1",
  },
  scope: "domain",
  check(ctx) {
    const sides = mxSides(ctx.domain);
    if (!sides) return;
    const liveOnly = sides.live.filter((p) => !sides.zone.includes(p));
    const zoneOnly = sides.zone.filter((p) => !sides.live.includes(p));
    if (liveOnly.length === 0 && zoneOnly.length === 0) return;
    const moved = liveOnly.filter((p) => zoneOnly.some((z) => exchangeOf(z) === exchangeOf(p)));
    const parts = [
      liveOnly.length > 0 ? `live only: ${quotedList(liveOnly)}` : "",
      zoneOnly.length > 0 ? `zone only: ${quotedList(zoneOnly)}` : "",
    ].filter((p) => p !== "");
    const preference =
      moved.length > 0 ? " (a changed preference changes which host senders try first)" : "";
    const absent =
      sides.live.length === 0
        ? ` Live, ${sides.answer.status === "nxdomain" ? "the domain does not exist (NXDOMAIN)" : "there are no MX records (NODATA)"}.`
        : "";
    ctx.report({
      location: { host: ctx.domain.name },
      message: `The live MX records of ${quoted(ctx.domain.name)} differ from the zone (${parts.join("; ")})${preference}.${absent} Senders (${ENFORCING_SENDERS}) match the MX hosts they see live against the policy's mx patterns, so the coverage checked from the zone is not what they check. Either the zone change has not been deployed yet, or the live MX records were changed outside the repository: deploy the zone, or bring it up to date.`,
    });
  },
};
