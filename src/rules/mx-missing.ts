import type { Location } from "../model/finding.js";
import { coverageInputs, coveringPatterns, ENFORCING_SENDERS } from "../model/mx.js";
import type { Rule } from "../model/rule.js";
import type { ZoneModel } from "../model/zone.js";

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
      message: `The policy is in mode ${inputs.mode} but the zone has no MX record for "${name}". ${consequence} Add the domain's MX records to the zone (for example "${suggestion}"), or, if the domain receives no mail, publish a null MX ("${name}. 3600 IN MX 0 .") and retire the policy with mode none.`,
    });
  },
};

/** The SOA record of the domain (else the first SOA of the zone file, else its line 1). */
function zoneAnchor(zone: ZoneModel, name: string): Location {
  const soa =
    zone.byName.get(name)?.find((r) => r.type === "SOA") ??
    zone.records.find((r) => r.type === "SOA" && r.file === zone.file);
  if (soa) return { file: soa.file, span: soa.span };
  return { file: zone.file, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } };
}
