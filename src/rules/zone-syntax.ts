import type { Rule } from "../model/rule.js";
import { asSentence } from "../model/wording.js";
import type { ZoneModel } from "../model/zone.js";

/** A zone the name server refuses takes the MTA-STS records down with it. */
export const rule: Rule = {
  meta: {
    id: "zone-syntax",
    area: "zone",
    defaultSeverity: "error",
    description: "The zone source cannot be parsed at a line.",
  },
  scope: "domain",
  check(ctx) {
    const zone = ctx.domain.zone;
    if (!zone) return;
    const consequence = consequenceFor(zone.format);
    for (const issue of zone.issues) {
      ctx.report({
        location: { file: issue.file, span: issue.span },
        message: `${asSentence(issue.message)} ${consequence}`,
      });
    }
  },
};

/** Why a parse error matters, in the words of the tool that reads the source. */
function consequenceFor(format: ZoneModel["format"]): string {
  const rest =
    "so the MX, _mta-sts and TLS-RPT records may not be published as written; the linter skipped this part and checked the rest. Correct the line.";
  switch (format) {
    case "bind":
      return `BIND (named-checkzone) and other name servers refuse to load a master file with such an error, ${rest}`;
    case "octodns":
      return `octoDNS stops at such an error or drops the record, ${rest}`;
    case "dnscontrol":
      return `DNSControl stops at such an error or drops the record, ${rest}`;
  }
}
