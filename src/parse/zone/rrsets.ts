import type { RecordData, ZoneRecord } from "../../model/zone.js";
import { hashName, lastHashA, lastHashB, NameTable } from "./name-table.js";

/**
 * What BIND does when records join RRsets while a zone loads, so the records the rules see are
 * the ones a BIND server serves:
 *
 * - One TTL per RRset (RFC 2181 §5.2). Within one run of records with the same owner, the first
 *   record's TTL wins ("TTL set to prior TTL"); a later run that adds to the RRset sets the TTL
 *   of the whole RRset (BIND merges it into the database with the newer TTL).
 * - A record equal to one already in its RRset is dropped silently (an RRset is a set): a TXT
 *   record written twice is served once.
 * - CNAME excludes other data at its name except DNSSEC records (RFC 1034 §3.6.2, RFC 4035
 *   §2.5), and CNAME, DNAME and SOA RRsets hold one record: BIND rejects the zone otherwise.
 *
 * Memory stays proportional to what the rules keep, not to the zone: full RRsets (TTL and
 * member RDATA) are tracked only for kept records. For every other name the table remembers,
 * in a hashed `NameTable`, which types it holds and the hash of its CNAME target (for the
 * CNAME rules), plus the RDATA of the rare DNAME and SOA records and the TTLs of the current
 * run. Duplicates among records that are not kept are not detected: they are only counted.
 */

/** Types that may share a name with a CNAME (BIND: the "at CNAME" types). */
const ALLOWED_AT_CNAME = new Set(["RRSIG", "NSEC", "KEY"]);
/** Types whose RRset holds at most one record (BIND: singleton types) besides CNAME. */
const SINGLETON_TYPES = new Set(["DNAME", "SOA"]);

export interface Rrset {
  ttl: number;
  /** The owner run that last added to it. */
  run: number;
  keys: Set<string>;
}

/** Equal RDATA gives equal keys (names are already lowercase, addresses are canonicalised). */
function rdataKey(data: RecordData | undefined, rdata: readonly { raw: string }[]): string {
  if (!data) return `raw ${opaqueRdataKey(rdata)}`;
  switch (data.kind) {
    case "MX":
      return `${data.preference} ${data.exchange}`;
    case "NAME":
      return data.target;
    case "ADDRESS":
      return canonicalAddress(data.address);
    case "TXT":
      return JSON.stringify(data.strings.map((s) => s.text));
    case "SOA":
      return JSON.stringify(data);
  }
}

/**
 * RDATA the parser does not decode, compared as written, except RFC 3597 §5 generic RDATA,
 * compared by its octets: `\# 3 abcdef` and `\# 3 AB CD EF` are the same record to BIND.
 */
function opaqueRdataKey(rdata: readonly { raw: string }[]): string {
  if (rdata[0]?.raw === "\\#") {
    return `\\# ${rdata
      .slice(2)
      .map((t) => t.raw)
      .join("")
      .toLowerCase()}`;
  }
  return rdata.map((t) => t.raw).join(" ");
}

/** IPv6 addresses in one spelling (`2001:DB8:0::1` and `2001:db8::1` are the same record). */
function canonicalAddress(address: string): string {
  if (!address.includes(":")) return address;
  try {
    return new URL(`http://[${address}]/`).hostname;
  } catch {
    return address;
  }
}

/** `runTtl` is the RRset's TTL in the current run, which BIND also takes as the last TTL. */
export type Admission = { runTtl: number } & (
  | { kind: "added"; rrset?: Rrset }
  | { kind: "duplicate" }
  | { kind: "conflict"; message: string; rrset?: Rrset }
);

/** Types with a bit of their own in the TYPES column; later ones share the next bit. */
const OTHER_DATA_TYPES_LIMIT = 30;
/** Columns of `RrsetTable.owners`. */
const TYPES = 0;
const CNAME_A = 1;
const CNAME_B = 2;

export class RrsetTable {
  /** RRsets of kept records, by owner and type. */
  private readonly rrsets = new Map<string, Rrset>();
  /**
   * Per owner: the types present as a bit set over `typeIndex` (column TYPES; types past the
   * 30th distinct one share the last bit and are listed in `rareTypesAt`), and the hash of its
   * CNAME's target (columns CNAME_A, CNAME_B).
   */
  private readonly owners: NameTable;
  private readonly rareTypesAt = new Map<string, Set<string>>();
  private readonly typeIndex = new Map<string, number>();
  private readonly typeNames: string[] = [];
  /** RDATA key of each DNAME and SOA RRset, by type, then owner (CNAMEs are in `owners`). */
  private readonly singletons = new Map<string, Map<string, string>>();
  /** Which RRset each kept record belongs to, so TTLs can be settled at the end. */
  private readonly members: { record: ZoneRecord; rrset: Rrset }[] = [];
  /** TTL of each type's RRset in the current owner run (a run holds a few types). */
  private readonly runTypes: string[] = [];
  private readonly runTtls: number[] = [];
  private run = 0;
  private lastOwner: string | undefined;

  /** `expectedNames` sizes the tables up front (growing them rehashes every name). */
  constructor(expectedNames = 0) {
    this.owners = new NameTable(3, expectedNames);
  }

  /**
   * Admits a record (its `ttl` as written or implied). Returns "duplicate" when the RRset
   * already holds the same RDATA (the record must then be left out), and an error message when
   * BIND would reject the zone because of it (the record is kept, so the rules still see it).
   * `rdata` (the RDATA tokens) is compared as text for types without parsed data. `keep`: the
   * record is kept in full (its RRset tracked for duplicates and final TTL), and must then be
   * passed to `track` with the returned RRset.
   */
  admit(
    owner: string,
    type: string,
    ttl: number,
    data: RecordData | undefined,
    rdata: readonly { raw: string }[],
    keep: boolean,
  ): Admission {
    if (owner !== this.lastOwner) {
      this.run++;
      this.lastOwner = owner;
      this.runTypes.length = 0;
      this.runTtls.length = 0;
    }
    const inRun = this.runTypes.indexOf(type);
    let runTtl: number;
    if (inRun >= 0) runTtl = this.runTtls[inRun];
    else {
      runTtl = ttl;
      this.runTypes.push(type);
      this.runTtls.push(ttl);
    }
    let rrset: Rrset | undefined;
    let dataKey: string | undefined;
    if (keep) {
      const typeKey = `${owner}\u0000${type}`;
      rrset = this.rrsets.get(typeKey);
      if (!rrset) {
        rrset = { ttl: runTtl, run: this.run, keys: new Set() };
        this.rrsets.set(typeKey, rrset);
      } else if (rrset.run !== this.run) {
        rrset.ttl = runTtl;
        rrset.run = this.run;
      }
      dataKey = rdataKey(data, rdata);
      if (rrset.keys.has(dataKey)) return { kind: "duplicate", runTtl };
      rrset.keys.add(dataKey);
    }
    hashName(owner);
    const slot = this.owners.slot();
    let message: string | undefined;
    if (type === "CNAME") {
      hashName(dataKey ?? rdataKey(data, rdata));
      const a = this.owners.get(slot, CNAME_A);
      const b = this.owners.get(slot, CNAME_B);
      if (a === lastHashA() && b === lastHashB()) return { kind: "duplicate", runTtl };
      if (a === 0) {
        this.owners.set(slot, CNAME_A, lastHashA());
        this.owners.set(slot, CNAME_B, lastHashB());
      } else message = singletonMessage(owner, type);
    } else if (SINGLETON_TYPES.has(type)) {
      dataKey ??= rdataKey(data, rdata);
      let ofType = this.singletons.get(type);
      if (!ofType) {
        ofType = new Map();
        this.singletons.set(type, ofType);
      }
      const first = ofType.get(owner);
      if (first === dataKey) return { kind: "duplicate", runTtl };
      if (first === undefined) ofType.set(owner, dataKey);
      else message = singletonMessage(owner, type);
    }
    message ??= this.cnameConflict(owner, slot, type);
    if (message !== undefined) return { kind: "conflict", message, runTtl, rrset };
    return { kind: "added", runTtl, rrset };
  }

  /** Registers a kept record with its RRset, whose final TTL it takes (`settleTtls`). */
  track(record: ZoneRecord, rrset: Rrset): void {
    this.members.push({ record, rrset });
  }

  /** Ends the current run of records (BIND commits what it read before and after an $INCLUDE). */
  endRun(): void {
    this.lastOwner = undefined;
  }

  /** Gives every kept record its RRset's final TTL. */
  settleTtls(): void {
    for (const { record, rrset } of this.members) record.ttl = rrset.ttl;
  }

  private bitOf(type: string): number {
    let index = this.typeIndex.get(type);
    if (index === undefined) {
      index = Math.min(this.typeNames.length, OTHER_DATA_TYPES_LIMIT);
      if (index < OTHER_DATA_TYPES_LIMIT) this.typeNames.push(type);
      this.typeIndex.set(type, index);
    }
    return 1 << index;
  }

  /** Records the type at the owner; a message when it breaks the CNAME rule. */
  private cnameConflict(owner: string, slot: number, type: string): string | undefined {
    const before = this.owners.get(slot, TYPES);
    const bit = this.bitOf(type);
    this.owners.set(slot, TYPES, before | bit);
    if (bit === 1 << OTHER_DATA_TYPES_LIMIT) {
      let rare = this.rareTypesAt.get(owner);
      if (!rare) {
        rare = new Set();
        this.rareTypesAt.set(owner, rare);
      }
      rare.add(type);
    }
    const cnameIndex = this.typeIndex.get("CNAME");
    if (cnameIndex === undefined) return undefined;
    if (type === "CNAME") {
      if (before === 0) return undefined;
      const others = this.typesIn(owner, before).filter((t) => !ALLOWED_AT_CNAME.has(t));
      return others.length > 0 ? cnameConflictMessage(owner, others) : undefined;
    }
    if (before & (1 << cnameIndex) && !ALLOWED_AT_CNAME.has(type)) {
      return cnameConflictMessage(owner, [type]);
    }
    return undefined;
  }

  private typesIn(owner: string, bits: number): string[] {
    const types = this.typeNames.filter((_, i) => bits & (1 << i));
    if (bits & (1 << OTHER_DATA_TYPES_LIMIT)) types.push(...(this.rareTypesAt.get(owner) ?? []));
    return types;
  }
}

function singletonMessage(owner: string, type: string): string {
  return `a second ${type} record at ${owner || "."}: a name holds at most one ${type} (BIND rejects the zone: "multiple RRs of singleton type"); keep one`;
}

function cnameConflictMessage(owner: string, others: string[]): string {
  return `${owner || "."} has a CNAME and ${others.join(", ")} records: a CNAME name holds no other data (RFC 1034 §3.6.2), so resolvers follow the CNAME and never see the rest, and BIND rejects the zone ("CNAME and other data"); move the other records or drop the CNAME`;
}
