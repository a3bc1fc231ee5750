import type { Rule } from "../model/rule.js";
import { asSentence } from "../model/wording.js";
import type { ZoneModel } from "../model/zone.js";

/** Syntax errors listed per file before the rest are summed up in one finding. */
export const MAX_PER_FILE = 100;

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
    const perFile = new Map<string, number>();
    for (const issue of zone.issues) {
      const seen = (perFile.get(issue.file) ?? 0) + 1;
      perFile.set(issue.file, seen);
      if (seen > MAX_PER_FILE) continue;
      ctx.report({
        location: { file: issue.file, span: issue.span },
        message: `${asSentence(issue.message)} ${consequence}`,
      });
    }
    // A file that is not a zone at all (or one mistake repeated by a generator) would
    // otherwise bury every other finding and blow up the logs and reports.
    for (const [file, seen] of perFile) {
      if (seen <= MAX_PER_FILE) continue;
      const first = zone.issues.filter((i) => i.file === file)[MAX_PER_FILE];
      ctx.report({
        location: { file, span: first.span },
        message: `${seen - MAX_PER_FILE} more syntax errors in ${file} from this line on are not listed (the first ${MAX_PER_FILE} are). Fix those first, or check that the file is the zone's master file; named-checkzone lists them all.`,
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
