/**
 * Findings shared by the MTA-STS and TLS-RPT record rules, which judge the same things
 * (several records, ABNF problems) at their own discovery name.
 */
import { lineRef, recordLocation } from "./locations.js";
import { joinedLocation } from "./record-positions.js";
import {
  attempts,
  type ClassifiedTxt,
  type DiscoveryView,
  qualifying,
  type TagRecordFamily,
} from "./records.js";
import type { Report } from "./rule.js";
import type { TagIssue } from "./tag-record.js";
import { quoted } from "./wording.js";

/**
 * Findings for a name with more than one record beginning with the version tag: one at each
 * record after the first, naming where the others are. `consequence` says what senders do.
 */
export function multipleRecordReports(
  view: DiscoveryView,
  family: TagRecordFamily,
  consequence: string,
): Report[] {
  const records = qualifying(view.txts);
  if (records.length < 2) return [];
  return records.slice(1).map((txt) => {
    const otherLines = records
      .filter((o) => o !== txt)
      .map((o) => lineRef(o.record, txt.record.file));
    const others = `${otherLines.length === 1 ? "the one" : "the ones"} on ${otherLines.join(", ")}`;
    return {
      message: `${view.name} has ${records.length} TXT records beginning with ${quoted(family.versionTag)}: this one and ${others}. ${consequence} Keep exactly one record and delete the others.`,
      location: recordLocation(txt.record),
    };
  });
}

/**
 * Findings for the ABNF problems of the records that are, or try to be, the record: the
 * parser's `syntax` issues at their place (their messages already say what senders do), and
 * for a resembling record without one, a finding that its version tag is not the exact one.
 */
export function syntaxReports(
  view: DiscoveryView,
  family: TagRecordFamily,
  consequence: string,
): Report[] {
  const out: Report[] = [];
  for (const txt of attempts(view.txts)) {
    const issues = txt.parsed.issues.filter((i) => i.kind === "syntax");
    out.push(...issueReports(txt, issues));
    if (issues.length === 0 && txt.cls === "resembling") {
      out.push({
        message: `The TXT record ${quoted(txt.joined)} at ${view.name} does not begin with exactly ${quoted(family.versionTag)} (case-sensitive, no spaces around "="). ${consequence}`,
        location: recordLocation(txt.record),
      });
    }
  }
  return out;
}

/** The parser's issues of one record as findings, at their place, with the parser's fix. */
export function issueReports(txt: ClassifiedTxt, issues: readonly TagIssue[]): Report[] {
  return issues.map((issue) => {
    const r: Report = {
      message: issue.message,
      location: joinedLocation(txt, issue.start, issue.end),
    };
    if (issue.fix !== undefined) r.fix = issue.fix;
    return r;
  });
}
