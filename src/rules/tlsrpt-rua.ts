import { recordLocation } from "../model/locations.js";
import { recordWithValue, replaceRange } from "../model/record-edits.js";
import { fieldLocation, joinedLocation } from "../model/record-positions.js";
import { attempts, type ClassifiedTxt, discoveryView, TLSRPT_FAMILY } from "../model/records.js";
import { checkRuaUri } from "../model/rua.js";
import type { Report, Rule } from "../model/rule.js";
import type { TagField } from "../model/tag-record.js";
import { quoted, REPORTING_SENDERS } from "../model/wording.js";
import { splitRuaUris } from "../parse/tlsrpt-record.js";

const LOST = `Senders (${REPORTING_SENDERS}) cannot deliver reports to it, so failed TLS deliveries go unreported there.`;

/** The `rua` field says where reports go; without a usable URI none arrive. */
export const rule: Rule = {
  meta: {
    id: "tlsrpt-rua",
    area: "tlsrpt",
    defaultSeverity: "error",
    description:
      'The TLS-RPT record has no rua, or a rua URI that is not a well-formed "mailto:" or "https:" URI.',
    rfc: "RFC 8460 §3",
  },
  scope: "domain",
  check({ domain, report }) {
    const view = discoveryView(domain, TLSRPT_FAMILY);
    if (!view) return;
    for (const txt of attempts(view.txts)) {
      for (const r of checkRecord(txt, view.name, domain.name)) report(r);
    }
  },
};

function checkRecord(txt: ClassifiedTxt, name: string, domain: string): Report[] {
  const ruas = txt.parsed.fields.filter((f) => f.name === "rua");
  if (ruas.length === 0) return [missingRua(txt, name, domain)];
  // A repeated rua is valid: the ABNF repeats tlsrpt-field freely and RFC 8460 §3 lets the
  // record "declare more than one rua" (mox collects every one). Each field's URIs are judged.
  return ruas.flatMap((rua) => checkUris(txt, rua));
}

function missingRua(txt: ClassifiedTxt, name: string, domain: string): Report {
  const wrongCase = txt.parsed.fields.find((f) => f.name.toLowerCase() === "rua");
  if (wrongCase) {
    return {
      message: `The field ${quoted(wrongCase.name)} is not "rua": field names are case-sensitive (RFC 8460 §3), so the record has no rua and senders send no reports. Write it as "rua".`,
      location: fieldLocation(txt, wrongCase),
      fix: replaceRange(
        txt.parsed.joined,
        wrongCase.start,
        wrongCase.start + wrongCase.name.length,
        "rua",
      ),
    };
  }
  return {
    message: `The record at ${name} has no "rua" field, which RFC 8460 §3 requires: senders have nowhere to send TLS-RPT reports and ignore the record. Add one, e.g. rua=mailto:tls-reports@${domain}.`,
    location: recordLocation(txt.record),
  };
}

/** One finding per unusable URI of a `rua` field, with the corrected record where computable. */
function checkUris(txt: ClassifiedTxt, rua: TagField): Report[] {
  const uris = splitRuaUris(rua.value, rua.valueStart);
  if (rua.value.trim() === "" || uris.length === 0) {
    return [
      {
        message: `The "rua" field has no URI. ${LOST} Give at least one "mailto:" or "https:" URI.`,
        location: fieldLocation(txt, rua),
      },
    ];
  }
  const out: Report[] = [];
  let emptyReported = false;
  for (const { uri, start, end } of uris) {
    const problem = checkRuaUri(uri);
    if (!problem) continue;
    // ",, ," is one slip: its empty entries share one finding (at the field, with every one dropped).
    if (uri === "") {
      if (emptyReported) continue;
      emptyReported = true;
    }
    const shown = uri === "" ? "An empty rua URI" : `The rua URI ${quoted(uri)}`;
    const r: Report = {
      message: `${shown}: ${problem.problem}. ${LOST}${problem.fix !== undefined ? ` Write ${quoted(problem.fix)}.` : ""}`,
      location: uri === "" ? fieldLocation(txt, rua) : joinedLocation(txt, start, end),
    };
    if (problem.fix !== undefined) r.fix = replaceRange(txt.parsed.joined, start, end, problem.fix);
    else if (uri === "") {
      const fix = withoutEmptyUris(txt, rua, uris);
      if (fix !== undefined) r.fix = fix;
    }
    out.push(r);
  }
  return out;
}

/** The record with the empty entries of a rua list (",," or a trailing ",") dropped. */
function withoutEmptyUris(
  txt: ClassifiedTxt,
  rua: TagField,
  uris: { uri: string }[],
): string | undefined {
  const kept = uris.map((u) => u.uri).filter((u) => u !== "");
  return kept.length > 0 ? recordWithValue(txt.parsed, rua, kept.join(",")) : undefined;
}
