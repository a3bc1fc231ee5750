import { recordLocation } from "../model/locations.js";
import { discoveryView, STS_FAMILY } from "../model/records.js";
import type { Rule } from "../model/rule.js";
import { quoted } from "../model/wording.js";

/** Other TXT records at `_mta-sts` are discarded by careful senders and confuse the rest. */
export const rule: Rule = {
  meta: {
    id: "sts-record-unrelated",
    area: "sts-record",
    defaultSeverity: "warning",
    description: "Other TXT records share the _mta-sts name with the MTA-STS record.",
    rfc: "RFC 8461 §3.1",
  },
  scope: "domain",
  check({ domain, report }) {
    const view = discoveryView(domain, STS_FAMILY);
    if (!view) return;
    for (const txt of view.txts) {
      if (txt.cls !== "unrelated") continue;
      // A near miss next to the real record ("V=STSv1; id=2"): senders discard it, so it only
      // misleads whoever edits the id next.
      const nearMiss = STS_FAMILY.resembles(txt.joined)
        ? ` It looks like a second MTA-STS record, but it does not begin with exactly "v=STSv1", so senders ignore it (the record that counts is the one that does); delete it, or fix the one that counts if this one holds the id you meant.`
        : "";
      report({
        message: `The TXT record ${quoted(txt.joined)} at ${view.name} is not an MTA-STS record.${nearMiss} RFC 8461 §3.1 tells senders to discard it, but only records that begin with exactly "v=STSv1;" survive that filter (a "v=STSv1 ;" record is dropped with it, errata 6285), and tools or senders that take the first TXT answer read this one instead. It usually belongs at another name: move it there or delete it.`,
        location: recordLocation(txt.record),
      });
    }
  },
};
