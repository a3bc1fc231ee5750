import type { Span } from "./position.js";

/** One character-string of a TXT record, decoded, with where it stands in the source. */
export interface TxtString {
  /** Decoded text (`\X` and `\DDD` escapes resolved; bytes above 0x7F from \DDD as code points). */
  text: string;
  /** The string's token in the source, quotes included. */
  span: Span;
  /**
   * For strings written on one line: the 1-based source column of each decoded character
   * (so a field inside a TXT record can be pointed at exactly). Absent when unknown.
   */
  columns?: number[];
}

export interface MxData {
  kind: "MX";
  preference: number;
  /** Normalised exchange: absolute, lowercase, no trailing dot ("" for the null MX "."). */
  exchange: string;
  /** The exchange exactly as written. */
  exchangeText: string;
}

export interface TxtData {
  kind: "TXT";
  strings: TxtString[];
}

/** CNAME, NS, PTR, DNAME targets. */
export interface NameData {
  kind: "NAME";
  /** Normalised absolute target (lowercase, no trailing dot). */
  target: string;
}

export interface AddressData {
  kind: "ADDRESS";
  address: string;
}

export interface SoaData {
  kind: "SOA";
  mname: string;
  rname: string;
  serial: number;
  refresh: number;
  retry: number;
  expire: number;
  minimum: number;
}

export type RecordData = MxData | TxtData | NameData | AddressData | SoaData;

/** A resource record read from a zone source. */
export interface ZoneRecord {
  /** Normalised absolute owner name (lowercase, no trailing dot). */
  owner: string;
  ttl: number;
  /** Upper-case class (IN, CH, HS, ...). */
  class: string;
  /** Upper-case type mnemonic (A, MX, TXT, TYPE65534, ...). */
  type: string;
  /** The RDATA tokens as written, joined by single spaces (unknown types stay opaque here). */
  rdata: string;
  /** Parsed RDATA for the types the rules need; undefined for other types or bad RDATA. */
  data?: RecordData;
  /** File the record was read from (an `$INCLUDE`d file names itself). */
  file: string;
  /** The record in that file: from its first token to the end of its last token. */
  span: Span;
}

/** A problem reading a zone source: becomes a `zone-syntax` finding. */
export interface ZoneIssue {
  file: string;
  span: Span;
  message: string;
}

export interface ZoneModel {
  /** The file the zone was read from. */
  file: string;
  format: "bind" | "octodns" | "dnscontrol";
  /** Origin the source declared or was given (normalised), if any. */
  origin?: string;
  records: ZoneRecord[];
  issues: ZoneIssue[];
  /** Records by normalised owner name. */
  byName: Map<string, ZoneRecord[]>;
  /**
   * How many records of each type the zone holds. In a lean model (see
   * `src/model/zone-interest.ts`) `records` holds only what the rules read and this counts all.
   */
  counts?: ReadonlyMap<string, number>;
  /**
   * In a lean model: names the rules ask about that exist only because records lie below
   * them (empty non-terminals, RFC 4592 §2.2.2), which `byName` alone cannot tell.
   */
  nodesBelow?: ReadonlySet<string>;
  /**
   * Every file the zone was read from or looked for (the zone, its `$INCLUDE`d files, a split
   * zone's files), as findings show paths. A lean model drops records, so `records` cannot
   * tell which files the zone depends on; comparing with a base revision needs all of them.
   */
  files?: string[];
}

export function indexRecords(records: ZoneRecord[]): Map<string, ZoneRecord[]> {
  const byName = new Map<string, ZoneRecord[]>();
  for (const r of records) {
    const list = byName.get(r.owner);
    if (list) list.push(r);
    else byName.set(r.owner, [r]);
  }
  return byName;
}
