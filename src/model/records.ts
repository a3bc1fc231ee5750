/**
 * The DNS side of a domain as senders look it up: the discovery names, the TXT records found
 * there classified for one record family, and the other names the record rules ask about.
 */
import { isStsRecordText, parseStsRecord, resemblesStsRecord } from "../parse/sts-record.js";
import {
  isTlsrptRecordText,
  parseTlsrptRecord,
  resemblesTlsrptRecord,
} from "../parse/tlsrpt-record.js";
import type { DomainModel } from "./domain.js";
import { isAtOrBelow } from "./hostname.js";
import { effectiveMode } from "./policy-semantics.js";
import type { TagRecord } from "./tag-record.js";
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

/** The policy path the senders fetch (RFC 8461 §3.3). */
export const WELL_KNOWN_PATH = "/.well-known/mta-sts.txt";

/** The URL senders fetch the policy from (RFC 8461 §3.3). */
export function policyUrl(domain: string): string {
  return `https://${policyHostName(domain)}${WELL_KNOWN_PATH}`;
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
  /**
   * Names people write by mistake for this family's discovery name, most telling first (the
   * origin appended twice applies to every family and is added by `misplacedRecords`).
   */
  mistakenNames(domain: string): MistakenName[];
}

/** A name where a record is written by mistake, and why senders never look there. */
export interface MistakenName {
  name: string;
  /** Why the name is wrong, as a clause that follows the name ("is at X, <why>"). */
  why: string;
}

const NAME_NOT_IN_RFC_8460 = "a name RFC 8460 does not use";

export const STS_FAMILY: TagRecordFamily = {
  versionTag: "v=STSv1",
  discoveryName: stsRecordName,
  isRecord: isStsRecordText,
  resembles: resemblesStsRecord,
  parse: parseStsRecord,
  // An MTA-STS record at the apex is not listed: `sts-record-at-apex` owns that case.
  mistakenNames: (domain) => [
    {
      name: policyHostName(domain),
      why: 'the policy host name: the TXT record belongs at "_mta-sts" with an underscore',
    },
  ],
};

export const TLSRPT_FAMILY: TagRecordFamily = {
  versionTag: "v=TLSRPTv1",
  discoveryName: tlsrptRecordName,
  isRecord: isTlsrptRecordText,
  resembles: resemblesTlsrptRecord,
  parse: parseTlsrptRecord,
  mistakenNames: (domain) => [
    { name: `_tlsrpt.${domain}`, why: NAME_NOT_IN_RFC_8460 },
    { name: `_smtp-tlsrpt.${domain}`, why: NAME_NOT_IN_RFC_8460 },
    { name: domain, why: "the domain itself" },
  ],
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
/**
 * Classified TXT records by zone, family and name: every record rule asks for the same few
 * names, and parsing the records once per domain instead of once per rule is most of the
 * cost of linting thousands of small zones. The models are not changed after they are built.
 */
const classified = new WeakMap<ZoneModel, WeakMap<TagRecordFamily, Map<string, ClassifiedTxt[]>>>();

export function classifiedTxtAt(
  zone: ZoneModel,
  name: string,
  family: TagRecordFamily,
): readonly ClassifiedTxt[] {
  let byFamily = classified.get(zone);
  if (!byFamily) {
    byFamily = new WeakMap();
    classified.set(zone, byFamily);
  }
  let byName = byFamily.get(family);
  if (!byName) {
    byName = new Map();
    byFamily.set(family, byName);
  }
  let txts = byName.get(name);
  if (!txts) {
    txts = classify(zone, name, family);
    byName.set(name, txts);
  }
  return txts;
}

function classify(zone: ZoneModel, name: string, family: TagRecordFamily): ClassifiedTxt[] {
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
export function qualifying(list: readonly ClassifiedTxt[]): ClassifiedTxt[] {
  return list.filter((t) => t.cls === "record");
}

/** Records that are, or try to be, the record: the ones whose fields the rules judge. */
export function attempts(list: readonly ClassifiedTxt[]): ClassifiedTxt[] {
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
  if (zone.byName.has(name) || zone.nodesBelow?.has(name)) return true;
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

/** The TXT records at a family's discovery name of a domain, when the zone can tell. */
export interface DiscoveryView {
  zone: ZoneModel;
  /** The discovery name (`_mta-sts.<domain>` or `_smtp._tls.<domain>`). */
  name: string;
  txts: readonly ClassifiedTxt[];
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

/** Whitespace issues come in two places: before a `;`, or after the last field. */
export function isTrailingWhitespace(parsed: TagRecord, end: number): boolean {
  return parsed.joined.slice(end).trim() === "";
}

/** A record (or an attempt at one) written at a name senders never query. */
export interface MisplacedTxt {
  txt: ClassifiedTxt;
  /** Why the name is wrong, as a clause that follows the name ("is at X, <why>"). */
  why: string;
}

/** The discovery name with the origin appended again: an absolute owner without its final dot. */
function doubledOrigin(domain: string, family: TagRecordFamily): MistakenName {
  return {
    name: `${family.discoveryName(domain)}.${domain}`,
    why: "the intended name with the origin appended a second time (an owner written without its trailing dot)",
  };
}

function allMistakenNames(domain: string, family: TagRecordFamily): MistakenName[] {
  return [...family.mistakenNames(domain), doubledOrigin(domain, family)];
}

/** Every name `misplacedRecords` looks at, for both record families. */
export function misplacedNames(domain: string): string[] {
  return [STS_FAMILY, TLSRPT_FAMILY].flatMap((f) => allMistakenNames(domain, f).map((m) => m.name));
}

/**
 * Records of a family (or attempts at one) at the names people use by mistake for its
 * discovery name: for MTA-STS the policy host `mta-sts.<domain>`, for TLS-RPT `_tlsrpt`,
 * `_smtp-tlsrpt` and the apex, and for both the right name with the origin appended twice.
 */
export function misplacedRecords(
  zone: ZoneModel,
  domain: string,
  family: TagRecordFamily,
): MisplacedTxt[] {
  return allMistakenNames(domain, family).flatMap((c) =>
    attempts(classifiedTxtAt(zone, c.name, family)).map((txt) => ({ txt, why: c.why })),
  );
}
