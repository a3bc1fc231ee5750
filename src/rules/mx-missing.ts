import { zoneAnchor } from "../model/locations.js";
import { coverageInputs, coveringPatterns } from "../model/mx.js";
import type { Rule } from "../model/rule.js";
import { ENFORCING_SENDERS, quoted } from "../model/wording.js";

/** A policy that asks senders to check MX names is meaningless for a domain without MX. */
export const rule: Rule = {
  meta: {
    id: "mx-missing",
    area: "mx",
    defaultSeverity: "error",
    description:
      "The policy mode is enforce or testing and the zone has no MX records for the domain.",
    rfc: "RFC 8461 §4.1",
  },
  scope: "domain",
  check(ctx) {
    const inputs = coverageInputs(ctx.domain);
    // Any MX record counts, even one whose data is unreadable (zone-syntax) or a null MX
    // (mx-null): this rule is only about the records being absent.
    if (!inputs || inputs.mx.records.length > 0) return;
    const name = ctx.domain.name;
    const example = inputs.patterns.find((p) => p.value !== "" && !p.value.startsWith("*."));
    const suggestion = `${name}. 3600 IN MX 10 ${example ? example.value.replace(/\.$/, "") : `mail.${name}`}.`;
    const implicit = `Senders then use the domain's own address as its mail host (the implicit MX of RFC 5321 §5.1)`;
    const consequence =
      coveringPatterns(inputs.patterns, name).length > 0
        ? `${implicit}, which works only while that address runs a mail server; the MX records are most likely missing from the zone the repository manages.`
        : `${implicit}, which no mx pattern of the policy names, so senders that apply MTA-STS (${ENFORCING_SENDERS}) see "validation-failure" for it (and refuse it in mode enforce) or find no mail server at all.`;
    ctx.report({
      location: zoneAnchor(inputs.zone, name),
      message: `The policy is in mode ${inputs.mode} but the zone has no MX record for ${quoted(name)}. ${consequence} Add the domain's MX records to the zone (for example ${quoted(suggestion)}), or, if the domain receives no mail, publish a null MX (${quoted(`${name}. 3600 IN MX 0 .`)}) and retire the policy with mode none.`,
    });
  },
};
