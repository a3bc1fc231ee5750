import { joinedLocation } from "../model/record-positions.js";
import { attempts, type ClassifiedTxt, discoveryView, STS_FAMILY } from "../model/records.js";
import type { Rule } from "../model/rule.js";
import { quoted } from "../model/wording.js";
import { resplitAtFields } from "../model/zone-text.js";

const isSeparator = (c: string | undefined) => c === ";" || c === " " || c === "\t";

/** Offsets in the joined text where one character-string ends and the next begins. */
function boundaries(txt: ClassifiedTxt): number[] {
  const out: number[] = [];
  let offset = 0;
  for (const s of txt.strings.slice(0, -1)) {
    offset += s.text.length;
    out.push(offset);
  }
  return out;
}

/** A boundary falls inside a token when neither side of it is a `;` or whitespace. */
function splitsToken(joined: string, at: number): boolean {
  if (at <= 0 || at >= joined.length) return false;
  return !isSeparator(joined[at - 1]) && !isSeparator(joined[at]);
}

/** The token (run of non-separators) around an offset. */
function tokenAround(joined: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !isSeparator(joined[start - 1])) start--;
  let end = at;
  while (end < joined.length && !isSeparator(joined[end])) end++;
  return { start, end };
}

/** Splitting a record inside a token is legal but fragile: only exact joining reads it right. */
export const rule: Rule = {
  meta: {
    id: "sts-record-split",
    area: "sts-record",
    defaultSeverity: "warning",
    description:
      "The _mta-sts record is split into several character-strings and a split falls inside a token.",
    rfc: "RFC 8461 §3.1",
  },
  scope: "domain",
  check({ domain, report }) {
    const view = discoveryView(domain, STS_FAMILY);
    if (!view) return;
    for (const txt of attempts(view.txts)) {
      const at = boundaries(txt).find((b) => splitsToken(txt.joined, b));
      if (at === undefined) continue;
      const token = tokenAround(txt.joined, at);
      const shown = `${quoted(txt.joined.slice(token.start, at))} + ${quoted(txt.joined.slice(at, token.end))}`;
      const fix = resplitAtFields(txt.joined);
      report({
        message: `The record at ${view.name} is split into ${txt.strings.length} character-strings and a split falls inside ${shown}. Senders must join the strings without spaces (RFC 8461 §3.1) and read ${quoted(txt.joined)}, but DNS panels, scripts and resolvers that join with a space or keep only the first string see a different, broken record. Write the record as one string, or split it only after a ";".`,
        location: joinedLocation(txt, token.start, token.end),
        ...(fix !== undefined ? { fix } : {}),
      });
    }
  },
};
