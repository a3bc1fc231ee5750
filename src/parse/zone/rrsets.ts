import type { RecordData, ZoneRecord } from "../../model/zone.js";

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
 */

/** Types that may share a name with a CNAME (BIND: the "at CNAME" types). */
const ALLOWED_AT_CNAME = new Set(["RRSIG", "NSEC", "KEY"]);
/** Types whose RRset holds at most one record (BIND: singleton types). */
const SINGLETON_TYPES = new Set(["CNAME", "DNAME", "SOA"]);

interface Rrset {
  ttl: number;
  /** The owner run that last added to it. */
  run: number;
  keys: Set<string>;
}

/** Equal RDATA gives equal keys (names are already lowercase, addresses are canonicalised). */
function rdataKey(data: RecordData | undefined, rdata: string): string {
  if (!data) return `raw ${rdata}`;
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
  | { kind: "added" }
  | { kind: "duplicate" }
  | { kind: "conflict"; message: string }
);

export class RrsetTable {
  private readonly rrsets = new Map<string, Rrset>();
  /** Types present at each owner (with class), for the CNAME rules. */
  private readonly typesAt = new Map<string, Set<string>>();
  /** Which RRset each admitted record belongs to, so TTLs can be settled at the end. */
  private readonly members: { record: ZoneRecord; rrset: Rrset }[] = [];
  private run = 0;
  private lastOwner: string | undefined;

  /**
   * Adds a record (its `ttl` as written or implied). Returns "duplicate" when the RRset already
   * holds the same RDATA (the record must then be left out), and an error message when BIND
   * would reject the zone because of it (the record is kept, so the rules still see it).
   */
  admit(record: ZoneRecord): Admission {
    if (record.owner !== this.lastOwner) {
      this.run++;
      this.lastOwner = record.owner;
    }
    const nameKey = `${record.owner}\u0000${record.class}`;
    const key = `${nameKey}\u0000${record.type}`;
    let rrset = this.rrsets.get(key);
    if (!rrset) {
      rrset = { ttl: record.ttl, run: this.run, keys: new Set() };
      this.rrsets.set(key, rrset);
    } else if (rrset.run !== this.run) {
      rrset.ttl = record.ttl;
      rrset.run = this.run;
    }
    const dataKey = rdataKey(record.data, record.rdata);
    const runTtl = rrset.ttl;
    if (rrset.keys.has(dataKey)) return { kind: "duplicate", runTtl };
    const conflict = this.conflict(record, nameKey, rrset);
    rrset.keys.add(dataKey);
    this.members.push({ record, rrset });
    return conflict ? { kind: "conflict", message: conflict, runTtl } : { kind: "added", runTtl };
  }

  /** Ends the current run of records (BIND commits what it read before and after an $INCLUDE). */
  endRun(): void {
    this.lastOwner = undefined;
  }

  /** Gives every admitted record its RRset's final TTL. */
  settleTtls(): void {
    for (const { record, rrset } of this.members) record.ttl = rrset.ttl;
  }

  private conflict(record: ZoneRecord, nameKey: string, rrset: Rrset): string | undefined {
    let types = this.typesAt.get(nameKey);
    if (!types) {
      types = new Set();
      this.typesAt.set(nameKey, types);
    }
    const type = record.type;
    let message: string | undefined;
    if (SINGLETON_TYPES.has(type) && rrset.keys.size > 0) {
      message = `a second ${type} record at ${record.owner || "."}: a name holds at most one ${type} (BIND rejects the zone: "multiple RRs of singleton type"); keep one`;
    } else if (type === "CNAME") {
      const others = [...types].filter((t) => t !== "CNAME" && !ALLOWED_AT_CNAME.has(t));
      if (others.length > 0) message = cnameConflict(record.owner, others);
    } else if (types.has("CNAME") && !ALLOWED_AT_CNAME.has(type)) {
      message = cnameConflict(record.owner, [type]);
    }
    types.add(type);
    return message;
  }
}

function cnameConflict(owner: string, others: string[]): string {
  return `${owner || "."} has a CNAME and ${others.join(", ")} records: a CNAME name holds no other data (RFC 1034 §3.6.2), so resolvers follow the CNAME and never see the rest, and BIND rejects the zone ("CNAME and other data"); move the other records or drop the CNAME`;
}
