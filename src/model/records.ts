import { isStsRecordText, parseStsRecord, resemblesStsRecord } from "../parse/sts-record.js";
import {
  isTlsrptRecordText,
  parseTlsrptRecord,
  resemblesTlsrptRecord,
} from "../parse/tlsrpt-record.js";
import type { DomainModel } from "./domain.js";
import type { Location } from "./finding.js";
import { isAtOrBelow } from "./hostname.js";
import { lineRef, recordLocation } from "./locations.js";
import { effectiveMode } from "./policy-semantics.js";
import type { Span } from "./position.js";
import type { Report } from "./rule.js";
import type { TagField, TagIssue, TagRecord } from "./tag-record.js";
import { quoted } from "./wording.js";
import type { TxtString, ZoneModel, ZoneRecord } from "./zone.js";

/** The name senders query for the MTA-STS TXT record (RFC 8461 §3.1). */
export function stsRecordName(domain: string): string {
  return `_mta-sts.${domain}`;
}

/** The name senders query for the TLS-RPT record (RFC 8460 §3). */
export function tlsrptRecordName(domain: string): string {
  return `_smtp._tls.${domain}`;
}

/** The host that serves the policy over HTTPS (RFC 8461 §3.3). */
export function policyHostName(domain: string): string {
  return `mta-sts.${domain}`;
}

/**
 * How a TXT record at a discovery name is read (rules.md, "What counts as the record"):
 * - `record`: it begins with the exact version tag, so senders take it as the record;
 * - `resembling`: a failed attempt at one (`V=STSv1`, `v = stsv1`, `id=1; v=STSv1`), which
 *   senders discard: reported by the syntax rule rather than as a missing record;
 * - `unrelated`: anything else (`v=spf1 -all`, a verification token), and a near miss next to
 *   a record that qualifies (senders then discard it like any other TXT record there).
 */
export type TxtClass = "record" | "resembling" | "unrelated";

/** The two `tag=value` record families, with their discovery name and parser. */
export interface TagRecordFamily {
  /** The exact version tag a record must begin with. */
  versionTag: string;
  discoveryName(domain: string): string;
  isRecord(joined: string): boolean;
  resembles(joined: string): boolean;
  parse(strings: string[]): TagRecord;
}

export const STS_FAMILY: TagRecordFamily = {
  versionTag: "v=STSv1",
  discoveryName: stsRecordName,
  isRecord: isStsRecordText,
  resembles: resemblesStsRecord,
  parse: parseStsRecord,
};

export const TLSRPT_FAMILY: TagRecordFamily = {
  versionTag: "v=TLSRPTv1",
  discoveryName: tlsrptRecordName,
  isRecord: isTlsrptRecordText,
  resembles: resemblesTlsrptRecord,
  parse: parseTlsrptRecord,
};

/** One TXT record at a name, joined and classified for one record family. */
export interface ClassifiedTxt {
  record: ZoneRecord;
  strings: TxtString[];
  /** The character-strings concatenated without separators, as senders join them. */
  joined: string;
  cls: TxtClass;
  parsed: TagRecord;
}

/** The records of one type at a normalised name. */
export function recordsAt(zone: ZoneModel, name: string, type: string): ZoneRecord[] {
  return (zone.byName.get(name) ?? []).filter((r) => r.type === type);
}

/** The TXT records at a name with readable data, joined, parsed and classified. */
export function classifiedTxtAt(
  zone: ZoneModel,
  name: string,
  family: TagRecordFamily,
): ClassifiedTxt[] {
  const out: ClassifiedTxt[] = [];
  for (const record of recordsAt(zone, name, "TXT")) {
    if (record.data?.kind !== "TXT") continue;
    const strings = record.data.strings;
    const texts = strings.map((s) => s.text);
    const joined = texts.join("");
    const cls: TxtClass = family.isRecord(joined)
      ? "record"
      : family.resembles(joined)
        ? "resembling"
        : "unrelated";
    out.push({ record, strings, joined, cls, parsed: family.parse(texts) });
  }
  // A near miss counts as an attempt only while no record qualifies (rules.md, "What counts as
  // the record"): next to a real one, senders discard it like any other TXT record there.
  if (out.some((t) => t.cls === "record")) {
    for (const t of out) if (t.cls === "resembling") t.cls = "unrelated";
  }
  return out;
}

/** Records senders take as the record (begin with the exact version tag). */
export function qualifying(list: ClassifiedTxt[]): ClassifiedTxt[] {
  return list.filter((t) => t.cls === "record");
}

/** Records that are, or try to be, the record: the ones whose fields the rules judge. */
export function attempts(list: ClassifiedTxt[]): ClassifiedTxt[] {
  return list.filter((t) => t.cls !== "unrelated");
}

/** The CNAME at a name, if any (a delegated `_mta-sts` or policy host, RFC 8461 §8.2). */
export function cnameAt(zone: ZoneModel, name: string): ZoneRecord | undefined {
  return recordsAt(zone, name, "CNAME")[0];
}

/**
 * Is the name served by another zone? True when it is not inside the zone's origin, or when
 * an NS record below the origin delegates it (a zone cut): this zone cannot say what is there.
 */
export function isOutsideZone(zone: ZoneModel, name: string): boolean {
  const apex = zone.origin ?? zone.records.find((r) => r.type === "SOA")?.owner;
  if (apex === undefined) return false;
  if (!isAtOrBelow(name, apex)) return true;
  // Walk up from the name to the apex: a delegation is an NS record at one of those names.
  for (let n = name; n !== apex && n.includes("."); n = n.slice(n.indexOf(".") + 1)) {
    if (zone.byName.get(n)?.some((r) => r.type === "NS")) return true;
  }
  return false;
}

/** Every DNS node of a zone: the owners and all their ancestors (empty non-terminals). */
const nodesOf = new WeakMap<ZoneModel, Set<string>>();

/** Does any record exist at the name or below it (a DNS node, empty non-terminals included)? */
function nodeExists(zone: ZoneModel, name: string): boolean {
  if (zone.byName.has(name)) return true;
  let nodes = nodesOf.get(zone);
  if (!nodes) {
    nodes = new Set();
    for (const owner of zone.byName.keys()) {
      for (let n = owner; n.includes(".") && !nodes.has(n); n = n.slice(n.indexOf(".") + 1)) {
        nodes.add(n);
      }
    }
    nodesOf.set(zone, nodes);
  }
  return nodes.has(name);
}

const HOST_TYPES = ["A", "AAAA", "CNAME"];

/**
 * The A, AAAA or CNAME records that answer for a host name, including a wildcard
 * (`*.example.com`) that synthesises answers when no node exists at the name (RFC 4592).
 */
export function hostAddressRecords(zone: ZoneModel, name: string): ZoneRecord[] {
  const direct = (zone.byName.get(name) ?? []).filter((r) => HOST_TYPES.includes(r.type));
  if (direct.length > 0 || nodeExists(zone, name)) return direct;
  const dot = name.indexOf(".");
  if (dot < 0) return [];
  const wildcard = `*${name.slice(dot)}`;
  return (zone.byName.get(wildcard) ?? []).filter((r) => HOST_TYPES.includes(r.type));
}

/**
 * A domain whose policy is mode `none` is in the RFC 8461 §8.3 removal procedure: a missing
 * record or policy host is then the procedure's last step, a notice rather than an error.
 */
export function isBeingRemoved(domain: DomainModel): boolean {
  return effectiveMode(domain.policy) === "none";
}

interface Point {
  line: number;
  column: number;
}

/** Source position of the character at `index` of a string (start of its source text). */
function charStart(s: TxtString, index: number): Point | undefined {
  const column = s.columns?.[index];
  return column === undefined ? undefined : { line: s.span.line, column };
}

/** Source position just after the character at `index` of a string. */
function charEnd(s: TxtString, index: number): Point | undefined {
  const columns = s.columns;
  if (!columns || index >= columns.length) return undefined;
  if (index + 1 < columns.length) return { line: s.span.line, column: columns[index + 1] };
  // The last character ends where the token ends, before its closing quote when quoted.
  const quoted = columns[0] > s.span.column;
  return { line: s.span.line, column: s.span.endColumn - (quoted ? 1 : 0) };
}

/** Which string holds the character at a joined-text offset, and where in it. */
function locate(strings: TxtString[], offset: number): { s: TxtString; index: number } | undefined {
  let base = 0;
  for (const s of strings) {
    if (offset < base + s.text.length) return { s, index: offset - base };
    base += s.text.length;
  }
  return undefined;
}

/**
 * The file location of a range of the joined text, mapped through the strings' source
 * columns; the whole record when the range is empty or a column is unknown (multi-line strings).
 */
export function joinedLocation(txt: ClassifiedTxt, start: number, end: number): Location {
  if (end > start) {
    const first = locate(txt.strings, start);
    const last = locate(txt.strings, end - 1);
    const a = first && charStart(first.s, first.index);
    const b = last && charEnd(last.s, last.index);
    if (a && b && (b.line > a.line || (b.line === a.line && b.column > a.column))) {
      const span: Span = { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
      return { file: txt.record.file, span };
    }
  }
  return recordLocation(txt.record);
}

/** The location of one field (name through value). */
export function fieldLocation(txt: ClassifiedTxt, field: TagField): Location {
  return joinedLocation(txt, field.start, field.end);
}

/** The joined text with one range replaced. */
export function replaceRange(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/**
 * The record text without one field: the field and the delimiter that follows it go (or the
 * delimiter before it, for the last field), so the rest of the record keeps its shape.
 */
export function recordWithoutField(parsed: TagRecord, field: TagField): string {
  const text = parsed.joined;
  const after = text.slice(field.end);
  const delimAfter = /^[ \t]*;[ \t]*/.exec(after);
  const nextIsField = delimAfter !== null && field.end + delimAfter[0].length < text.length;
  if (nextIsField && delimAfter) {
    return replaceRange(text, field.start, field.end + delimAfter[0].length, "");
  }
  const before = text.slice(0, field.start);
  const delimBefore = /[ \t]*;[ \t]*$/.exec(before);
  const from = delimBefore ? field.start - delimBefore[0].length : field.start;
  return replaceRange(text, from, field.end, "");
}

/** The record text with a field's value replaced. */
export function recordWithValue(parsed: TagRecord, field: TagField, value: string): string {
  return replaceRange(parsed.joined, field.valueStart, field.end, value);
}

/**
 * The record text with a field added after the version tag (where operators expect `id` and
 * `rua`, as in the RFC examples), or at the start when there is no version tag.
 */
export function recordWithFieldAdded(parsed: TagRecord, name: string, value: string): string {
  const at = parsed.version ? parsed.version.end : 0;
  const rest = parsed.joined.slice(at).replace(/^[ \t]*;?[ \t]*/, "");
  const head = parsed.joined.slice(0, at);
  const added = `${name}=${value}`;
  if (!head) return rest ? `${added}; ${rest}` : added;
  return rest ? `${head}; ${added}; ${rest}` : `${head}; ${added};`;
}

/** The TXT records at a family's discovery name of a domain, when the zone can tell. */
export interface DiscoveryView {
  zone: ZoneModel;
  /** The discovery name (`_mta-sts.<domain>` or `_smtp._tls.<domain>`). */
  name: string;
  txts: ClassifiedTxt[];
}

/**
 * The records at the family's discovery name, or undefined when the domain has no zone or the
 * name lies in another zone (then the record rules have nothing to say).
 */
export function discoveryView(
  domain: DomainModel,
  family: TagRecordFamily,
): DiscoveryView | undefined {
  const zone = domain.zone;
  if (!zone) return undefined;
  const name = family.discoveryName(domain.name);
  if (isOutsideZone(zone, name)) return undefined;
  return { zone, name, txts: classifiedTxtAt(zone, name, family) };
}

/**
 * A fresh id in the form RFC 8461 §3.1's example suggests: a UTC timestamp, here
 * YYYYMMDDHHMMSS (digits only, so it satisfies `1*32(ALPHA / DIGIT)`).
 */
export function timestampId(now: Date): string {
  const iso = now.toISOString(); // 2024-01-31T12:34:56.789Z
  return iso.slice(0, 19).replace(/[-:T]/g, "");
}

/** Whitespace issues come in two places: before a `;`, or after the last field. */
export function isTrailingWhitespace(parsed: TagRecord, end: number): boolean {
  return parsed.joined.slice(end).trim() === "";
}

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

/** A TLS-RPT record written at a name senders never query. */
export interface MisplacedTxt {
  txt: ClassifiedTxt;
  /** Why the name is wrong, as a clause. */
  why: string;
}

/**
 * TLS-RPT records (or attempts at one) at the names people use by mistake for
 * `_smtp._tls.<domain>`: `_tlsrpt`, `_smtp-tlsrpt`, the apex, and the right name with the
 * origin appended twice (an owner written absolute without its trailing dot).
 */
export function misplacedTlsrptRecords(zone: ZoneModel, domain: string): MisplacedTxt[] {
  const candidates = [
    { name: `_tlsrpt.${domain}`, why: "a name RFC 8460 does not use" },
    { name: `_smtp-tlsrpt.${domain}`, why: "a name RFC 8460 does not use" },
    { name: domain, why: "the domain itself" },
    {
      name: `${tlsrptRecordName(domain)}.${domain}`,
      why: "the intended name with the origin appended a second time (an owner written without its trailing dot)",
    },
  ];
  return candidates.flatMap((c) =>
    attempts(classifiedTxtAt(zone, c.name, TLSRPT_FAMILY)).map((txt) => ({ txt, why: c.why })),
  );
}
