/**
 * The lean zone model: which records of a zone the rules read, so a zone of a million records
 * costs memory for a few dozen. For each policy domain the rules look at
 *
 * - the domain itself (MX, TXT for TLS-RPT at the wrong name, NS, SOA),
 * - the discovery names `_mta-sts` and `_smtp._tls` (and `_tls`, a possible zone cut above
 *   the latter), the policy host `mta-sts` and the wildcard `*` that may answer for it,
 * - the names where records are written by mistake (`_tlsrpt`, `_smtp-tlsrpt`, the discovery
 *   names with the origin appended twice),
 * - NS records at the domain's ancestors (a zone cut between the zone's apex and the domain),
 * - whether anything exists below the policy host (an empty non-terminal hides the wildcard),
 * - every SOA (the zone's apex, where findings about absent records point) and every CNAME:
 *   an MX target may be defined as a CNAME before or after the MX that names it, and the
 *   chain it starts may run anywhere in the zone (`cnameChain`). A CNAME is one name per
 *   record, and the parser keeps one per name anyway to find CNAME conflicts as BIND does.
 *
 * Everything else is read, checked as BIND checks it, and counted per type.
 */
import {
  type MasterFileOptions,
  type MasterFileResult,
  parseMasterFile,
  type RecordFilter,
} from "../parse/zone/master.js";
import { hashName, lastHashA, lastHashB, NameTable } from "../parse/zone/name-table.js";
import { normalizeHost } from "./hostname.js";
import { misplacedNames, policyHostName, stsRecordName, tlsrptRecordName } from "./records.js";
import type { RecordData } from "./zone.js";

/** The first label of the policy host: names below it contain it as a whole label. */
const POLICY_HOST_LABEL = ".mta-sts.";

export class ZoneInterest {
  /** Names whose records are all kept. */
  private readonly names = new Set<string>();
  /** Ancestors of the domains: only their NS records matter (zone cuts). */
  private readonly ancestors = new Set<string>();
  /** The policy hosts, whose existence as an empty non-terminal matters. */
  private readonly policyHosts = new Set<string>();
  readonly domains: ReadonlySet<string>;

  constructor(domains: Iterable<string>) {
    const set = new Set(domains);
    this.domains = set;
    for (const d of set) {
      const host = policyHostName(d);
      this.policyHosts.add(host);
      const tlsrpt = tlsrptRecordName(d);
      for (const n of [d, stsRecordName(d), tlsrpt, tlsrpt.slice("_smtp.".length), host, `*.${d}`])
        this.names.add(n);
      for (const n of misplacedNames(d)) this.names.add(n);
      for (let n = d; n.includes("."); ) {
        n = n.slice(n.indexOf(".") + 1);
        this.ancestors.add(n);
      }
    }
  }

  /** A filter for one parse: it also notes the policy hosts that exist as empty non-terminals. */
  filter(): ZoneFilter {
    return new ZoneFilter(this.names, this.ancestors, this.policyHosts);
  }
}

export class ZoneFilter implements RecordFilter {
  /** Policy hosts with records below them (DNS nodes even without records of their own). */
  readonly nodesBelow = new Set<string>();
  /** MX exchanges at kept names, and the targets of the CNAMEs kept at them (chains). */
  private readonly mxTargets = new Set<string>();
  /** CNAMEs not kept (read before an MX named them): owner -> hash of the target. */
  private readonly skippedCnames = new NameTable(2);

  constructor(
    private readonly names: ReadonlySet<string>,
    private readonly ancestors: ReadonlySet<string>,
    private readonly policyHosts: ReadonlySet<string>,
  ) {}

  keeps(owner: string, type: string, data: RecordData | undefined): boolean {
    if (type === "SOA") return true;
    if (this.names.has(owner)) {
      if (data?.kind === "MX" && data.exchange !== "") {
        this.mxTargets.add(data.exchange);
        this.mxTargets.add(normalizeHost(data.exchange));
      } else if (data?.kind === "NAME" && type === "CNAME") this.mxTargets.add(data.target);
      return true;
    }
    if (type === "CNAME") {
      if (data?.kind !== "NAME") return false;
      if (this.mxTargets.has(owner)) {
        this.mxTargets.add(data.target);
        return true;
      }
      hashName(data.target);
      const [a, b] = [lastHashA(), lastHashB()];
      hashName(owner);
      const slot = this.skippedCnames.slot();
      this.skippedCnames.set(slot, 0, a);
      this.skippedCnames.set(slot, 1, b);
      return false;
    }
    if (type === "NS" && this.ancestors.has(owner)) return true;
    for (let at = owner.indexOf(POLICY_HOST_LABEL); at >= 0; ) {
      const above = owner.slice(at + 1);
      if (this.policyHosts.has(above)) this.nodesBelow.add(above);
      at = owner.indexOf(POLICY_HOST_LABEL, at + 1);
    }
    return false;
  }

  /**
   * The CNAMEs the rules need that were read before the MX naming them (or the CNAME leading
   * to them): those on MX targets' CNAME chains that were not kept. As a filter that keeps
   * only them, or undefined when there are none.
   */
  missedCnames(): RecordFilter | undefined {
    const missed = new NameTable(1);
    let count = 0;
    const queue: number[] = [];
    for (const name of this.mxTargets) {
      hashName(name);
      queue.push(lastHashA(), lastHashB());
    }
    while (queue.length > 0) {
      const b = queue.pop() as number;
      const a = queue.pop() as number;
      const slot = this.skippedCnames.lookupHash(a, b);
      if (slot < 0) continue;
      const seen = missed.slotOfHash(a, b);
      if (missed.get(seen, 0) === 1) continue;
      missed.set(seen, 0, 1);
      count++;
      queue.push(this.skippedCnames.get(slot, 0), this.skippedCnames.get(slot, 1));
    }
    if (count === 0) return undefined;
    return {
      keeps(owner, type) {
        if (type !== "CNAME") return false;
        hashName(owner);
        return missed.lookup() >= 0;
      },
    };
  }
}

export interface LeanResult extends MasterFileResult {
  /** See `ZoneModel.nodesBelow`. */
  nodesBelow: ReadonlySet<string>;
}

/**
 * Reads a master file keeping only the records the rules read for the interest's domains.
 * One pass in the usual case; a second pass picks up the few CNAMEs that an MX target turned
 * out to need after they were read (only then: real zones name their MX targets first, at the
 * apex, far more often than not).
 */
export function parseLeanMasterFile(
  text: string,
  options: MasterFileOptions,
  interest: ZoneInterest,
): LeanResult {
  const filter = interest.filter();
  // The second pass reads the same $INCLUDEd files, in the same order (the reading is
  // deterministic): it replays the first pass's answers, so it neither reads the files twice
  // nor spends the include budget (files, bytes) of the zone twice.
  const answers: ReturnType<NonNullable<MasterFileOptions["include"]>>[] = [];
  const include = options.include;
  const first: MasterFileOptions = include
    ? {
        ...options,
        include: (path, fromFile) => {
          const answer = include(path, fromFile);
          answers.push(answer);
          return answer;
        },
      }
    : options;
  const result = parseMasterFile(text, { ...first, filter });
  const missed = filter.missedCnames();
  if (missed) {
    let next = 0;
    const replay: MasterFileOptions = include
      ? { ...options, include: () => answers[next++] ?? { error: "not read" } }
      : options;
    result.records.push(...parseMasterFile(text, { ...replay, filter: missed }).records);
  }
  return { ...result, nodesBelow: filter.nodesBelow };
}
