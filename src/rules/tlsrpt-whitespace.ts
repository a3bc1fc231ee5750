import { issueReports } from "../model/record-reports.js";
import { attempts, discoveryView, isTrailingWhitespace, TLSRPT_FAMILY } from "../model/records.js";
import type { Rule } from "../model/rule.js";
import type { TagIssue, TagRecord } from "../model/tag-record.js";

/**
 * Trailing whitespace is invalid ABNF; whitespace between "v=TLSRPTv1" and ";" defeats the
 * prefix match of RFC 8460 §3. Whitespace before a later ";" is valid and matters to no
 * sender's discovery, so it is not reported.
 */
function matters(parsed: TagRecord, issue: TagIssue): boolean {
  if (issue.kind !== "whitespace") return false;
  return isTrailingWhitespace(parsed, issue.end) || issue.start === parsed.version?.end;
}

/** Whitespace some senders trim and others reject. */
export const rule: Rule = {
  meta: {
    id: "tlsrpt-whitespace",
    area: "tlsrpt",
    defaultSeverity: "warning",
    description: "Trailing whitespace after the last field of the _smtp._tls TXT record.",
    rfc: "RFC 8460 §3",
  },
  scope: "domain",
  check({ domain, report }) {
    const view = discoveryView(domain, TLSRPT_FAMILY);
    if (!view) return;
    for (const txt of attempts(view.txts)) {
      const issues = txt.parsed.issues.filter((i) => matters(txt.parsed, i));
      for (const r of issueReports(txt, issues)) report(r);
    }
  },
};
