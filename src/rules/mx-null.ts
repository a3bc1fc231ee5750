import { recordLocation } from "../model/locations.js";
import { domainMx } from "../model/mx.js";
import type { Rule } from "../model/rule.js";
import { quoted } from "../model/wording.js";

/** A domain that accepts no mail gains nothing from MTA-STS; the two usually mean a mix-up. */
export const rule: Rule = {
  meta: {
    id: "mx-null",
    area: "mx",
    defaultSeverity: "notice",
    description: "The zone publishes a null MX (RFC 7505) while an MTA-STS policy exists.",
    rfc: "RFC 7505 §3, RFC 8461 §8.3",
  },
  scope: "domain",
  check(ctx) {
    const { policy, zone, name } = ctx.domain;
    if (!policy || !zone) return;
    const mx = domainMx(zone, name);
    const others = mx.records.length - mx.nullMx.length;
    for (const record of mx.nullMx) {
      const mixed =
        others > 0
          ? ` The zone also publishes ${others} other MX record${others === 1 ? "" : "s"} for ${quoted(name)}, which RFC 7505 §3 forbids next to a null MX: senders may treat the domain as accepting no mail at all.`
          : "";
      ctx.report({
        location: recordLocation(record),
        message: `${quoted(name)} publishes a null MX (RFC 7505): it accepts no mail, so its MTA-STS policy protects nothing and senders never need to fetch it.${mixed} If the domain should receive mail, replace the null MX with its real MX records; otherwise retire the policy as RFC 8461 §8.3 describes (publish mode none with a new id, then remove the _mta-sts record and the policy).`,
      });
    }
  },
};
