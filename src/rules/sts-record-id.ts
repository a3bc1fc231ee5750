import { timestampId } from "../model/ids.js";
import { recordLocation } from "../model/locations.js";
import { recordWithFieldAdded, recordWithValue, replaceRange } from "../model/record-edits.js";
import { fieldLocation } from "../model/record-positions.js";
import { attempts, type ClassifiedTxt, discoveryView, STS_FAMILY } from "../model/records.js";
import type { Report, Rule } from "../model/rule.js";
import type { TagField } from "../model/tag-record.js";
import { ENFORCING_SENDERS, quoted } from "../model/wording.js";

const VALID_ID = /^[A-Za-z0-9]{1,32}$/;

const CONSEQUENCE = `Senders (${ENFORCING_SENDERS}) treat the record as invalid and assume the domain has no MTA-STS policy; the id is also how they notice a changed policy.`;

/** What is wrong with an id value, as a clause, or undefined when it is valid. */
function idProblem(value: string): string | undefined {
  if (VALID_ID.test(value)) return undefined;
  if (value.length === 0) return "is empty";
  const bad = [...new Set(value.replace(/[A-Za-z0-9]/g, ""))];
  if (bad.length > 0) {
    const list = bad.map((c) => quoted(c)).join(", ");
    return `contains ${list}, but only letters and digits are allowed`;
  }
  return `is ${value.length} characters long, but at most 32 are allowed`;
}

/**
 * The `id` rule, with the clock injected so the suggested id (a UTC timestamp) is
 * deterministic in tests.
 */
export function createStsRecordIdRule(now: () => Date): Rule {
  return {
    meta: {
      id: "sts-record-id",
      area: "sts-record",
      defaultSeverity: "error",
      description: "The _mta-sts record's id is missing or not 1–32 letters and digits.",
      rfc: "RFC 8461 §3.1",
    },
    scope: "domain",
    check({ domain, report }) {
      const view = discoveryView(domain, STS_FAMILY);
      if (!view) return;
      for (const txt of attempts(view.txts)) {
        const r = checkId(txt, view.name, timestampId(now()));
        if (r) report(r);
      }
    },
  };
}

function checkId(txt: ClassifiedTxt, name: string, freshId: string): Report | undefined {
  const parsed = txt.parsed;
  const id = parsed.fields.find((f) => f.name === "id");
  if (id) {
    const problem = idProblem(id.value);
    if (!problem) return undefined;
    return {
      message: `The id ${quoted(id.value)} ${problem} (RFC 8461 §3.1: 1 to 32 letters and digits). ${CONSEQUENCE} Use a new id such as the current UTC time, ${quoted(freshId)}.`,
      location: fieldLocation(txt, id),
      fix: recordWithValue(parsed, id, freshId),
    };
  }
  const wrongCase = parsed.fields.find((f) => f.name.toLowerCase() === "id");
  if (wrongCase) return wrongCaseId(txt, wrongCase, freshId);
  return {
    message: `The record at ${name} has no id field, which RFC 8461 §3.1 requires. ${CONSEQUENCE} Add one, such as the current UTC time: id=${freshId}.`,
    location: recordLocation(txt.record),
    fix: recordWithFieldAdded(parsed, "id", freshId),
  };
}

/** `ID=...`: field names are case-sensitive, so this is an unknown extension and id is missing. */
function wrongCaseId(txt: ClassifiedTxt, field: TagField, freshId: string): Report {
  const value = idProblem(field.value) ? freshId : field.value;
  const renamed = replaceRange(txt.parsed.joined, field.start, field.end, `id=${value}`);
  return {
    message: `The field ${quoted(field.name)} is not "id": field names are case-sensitive (RFC 8461 §3.1), so the record has no id. ${CONSEQUENCE} Write it as id=${value}.`,
    location: fieldLocation(txt, field),
    fix: renamed,
  };
}

/** `sts-record-id` with the system clock. */
export const rule: Rule = createStsRecordIdRule(() => new Date());
