import { recordWithoutField } from "../model/record-edits.js";
import { fieldLocation } from "../model/record-positions.js";
import { attempts, discoveryView, STS_FAMILY } from "../model/records.js";
import type { Report, Rule } from "../model/rule.js";
import type { TagField } from "../model/tag-record.js";
import { quoted } from "../model/wording.js";

/** RFC 8461 does not say which of two repeated fields wins; senders disagree. */
export const rule: Rule = {
  meta: {
    id: "sts-record-duplicate-field",
    area: "sts-record",
    defaultSeverity: "warning",
    description:
      "A field is repeated in the _mta-sts record: warning when the values agree, error when they differ.",
    rfc: "RFC 8461 §3.1",
  },
  scope: "domain",
  check({ domain, report }) {
    const view = discoveryView(domain, STS_FAMILY);
    if (!view) return;
    for (const txt of attempts(view.txts)) {
      const parsed = txt.parsed;
      // The version tag counts as a field: "v=STSv1; v=STSv1; id=1" repeats it.
      const fields: TagField[] = parsed.version
        ? [parsed.version, ...parsed.fields]
        : parsed.fields;
      const first = new Map<string, TagField>();
      for (const field of fields) {
        const earlier = first.get(field.name);
        if (!earlier) {
          first.set(field.name, field);
          continue;
        }
        const where = view.name;
        const r: Report =
          earlier.value === field.value
            ? {
                message: `The field ${quoted(field.name)} appears twice in the record at ${where} with the same value ${quoted(field.value)}. It is harmless to senders that keep the first or the last, but parsers that reject repeated fields (RFC 8461 §3.1 defines none) then see no MTA-STS policy. Remove the repetition.`,
                location: fieldLocation(txt, field),
                severity: "warning",
                fix: recordWithoutField(parsed, field),
              }
            : {
                message: `The field ${quoted(field.name)} appears twice in the record at ${where} with different values, ${quoted(earlier.value)} and ${quoted(field.value)}. RFC 8461 §3.1 does not say which one wins: some senders use the first, others the last, others reject the record and apply no policy, so a changed id may go unnoticed. Keep one ${quoted(field.name)} field with the value you mean.`,
                location: fieldLocation(txt, field),
                severity: "error",
              };
        report(r);
      }
    }
  },
};
