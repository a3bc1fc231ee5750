import { issueReports } from "../model/record-reports.js";
import { attempts, discoveryView, STS_FAMILY } from "../model/records.js";
import type { Rule } from "../model/rule.js";

/** Whitespace that the ABNF tolerates (or most senders trim) but some senders choke on. */
export const rule: Rule = {
  meta: {
    id: "sts-record-whitespace",
    area: "sts-record",
    defaultSeverity: "warning",
    description: 'Whitespace before a ";" or after the last field of the _mta-sts TXT record.',
    rfc: "RFC 8461 §3.1 (errata 6285)",
  },
  scope: "domain",
  check({ domain, report }) {
    const view = discoveryView(domain, STS_FAMILY);
    if (!view) return;
    for (const txt of attempts(view.txts)) {
      const issues = txt.parsed.issues.filter((i) => i.kind === "whitespace");
      for (const r of issueReports(txt, issues)) report(r);
    }
  },
};
