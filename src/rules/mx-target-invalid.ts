import { recordLocation } from "../model/locations.js";
import { cnameChain, domainMx } from "../model/mx.js";
import type { Rule } from "../model/rule.js";
import { quoted } from "../model/wording.js";
import { mxRecordText } from "../model/zone-text.js";

/** An MX must name a host: senders match that name against the policy and the certificate. */
export const rule: Rule = {
  meta: {
    id: "mx-target-invalid",
    area: "mx",
    defaultSeverity: "error",
    description: "An MX exchange is an IP literal, or a name the zone itself defines as a CNAME.",
    rfc: "RFC 5321 §5.1, RFC 2181 §10.3, RFC 8461 §4.1",
  },
  scope: "domain",
  check(ctx) {
    const { policy, zone, name } = ctx.domain;
    if (!policy || !zone) return;
    const mx = domainMx(zone, name);

    for (const record of mx.ipLiterals) {
      if (record.data?.kind !== "MX") continue;
      const written = record.data.exchangeText;
      ctx.report({
        location: recordLocation(record),
        message: `The MX record points at ${quoted(written)}, an IP address: an MX exchange must be a host name (RFC 5321 §5.1), so senders look up a host of that name and find no mail server, and no policy mx pattern can name an IP address (RFC 8461 §4.1). Give the address a host name with an A or AAAA record, point the MX at that name, and list the name in the policy's mx lines.`,
      });
    }

    for (const host of mx.hosts) {
      const alias = cnameChain(zone, host.host);
      if (!alias) continue;
      const fix =
        zone.format === "bind"
          ? mxRecordText(host.record, host.data.preference, alias.target)
          : undefined;
      ctx.report({
        location: recordLocation(host.record),
        message: `The MX record points at ${quoted(host.host)}, which this zone defines as a CNAME to ${quoted(alias.target)}. MX targets must not be aliases (RFC 2181 §10.3, RFC 5321 §5.1) and some senders refuse them; senders that apply MTA-STS match the MX name ${quoted(host.host)}, not the alias target, against the policy and the server's certificate, so a certificate issued only for ${quoted(alias.target)} fails with TLS-RPT result "certificate-host-mismatch". Point the MX at ${quoted(alias.target)} directly and list that name in the policy's mx lines.`,
        ...(fix ? { fix } : {}),
      });
    }
  },
};
