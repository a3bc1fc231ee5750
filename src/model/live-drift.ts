/**
 * The questions the live-* rules ask: does the live DNS say what the zone in the repository
 * says, and do the domain's authoritative servers agree with each other? Pure functions over
 * the model; the DNS probe gathered the answers.
 */
import type { DomainModel } from "./domain.js";
import {
  answerKey,
  type DnsAnswer,
  type DnsQuestions,
  isDnsFailure,
  type NameServerView,
} from "./live-dns.js";
import { domainMx } from "./mx.js";
import {
  cnameAt,
  discoveryView,
  isOutsideZone,
  qualifying,
  type TagRecordFamily,
} from "./records.js";
import { quoted, quotedList } from "./wording.js";
import type { ZoneRecord } from "./zone.js";

/** The zone's side and the live side of one TXT discovery name, when both can be compared. */
export interface TxtDrift {
  name: string;
  /** The records senders would use, as the zone has them (joined text). */
  zone: string[];
  /** The same, as the configured resolver answered. */
  live: string[];
  /** The live answer, for its status and CNAME chain. */
  answer: DnsAnswer;
  /** The zone's record lines, to point at. */
  zoneRecords: ZoneRecord[];
  /** The zone delegates the name with a CNAME to this target (RFC 8461 §8.2). */
  zoneCname?: string;
}

/** Is there a live answer to compare with (not a failure: live-dns-error reports those)? */
export function comparable(answer: DnsAnswer | undefined): answer is DnsAnswer {
  return answer !== undefined && !isDnsFailure(answer.status);
}

/**
 * The zone's and the live records of one family at its discovery name, or undefined when one
 * side cannot tell (no zone, the name in another zone, no usable live answer).
 */
export function txtSides(
  domain: DomainModel,
  family: TagRecordFamily,
  pick: (q: DnsQuestions) => DnsAnswer,
): TxtDrift | undefined {
  const dns = domain.live?.dns;
  const view = discoveryView(domain, family);
  if (!dns || !view) return undefined;
  const answer = pick(dns.answers);
  if (!comparable(answer)) return undefined;
  const records = qualifying(view.txts);
  const sides: TxtDrift = {
    name: view.name,
    zone: records.map((t) => t.joined).sort(),
    live: answer.values.filter((v) => family.isRecord(v)).sort(),
    answer,
    zoneRecords: records.map((t) => t.record),
  };
  const cname = cnameAt(view.zone, view.name);
  if (cname?.data?.kind === "NAME") sides.zoneCname = cname.data.target;
  return sides;
}

/** Multisets equal? (Both sorted.) */
export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** The MX (preference, exchange) pairs of the zone and of the live answer, sorted. */
export function mxSides(
  domain: DomainModel,
): { zone: string[]; live: string[]; answer: DnsAnswer; zoneRecords: ZoneRecord[] } | undefined {
  const dns = domain.live?.dns;
  const zone = domain.zone;
  if (!dns || !zone || isOutsideZone(zone, domain.name)) return undefined;
  if (!comparable(dns.answers.mx)) return undefined;
  const records = domainMx(zone, domain.name).records.filter((r) => r.data?.kind === "MX");
  const pairs = records.map((r) =>
    r.data?.kind === "MX" ? `${r.data.preference} ${r.data.exchange || "."}` : "",
  );
  return {
    zone: pairs.sort(),
    live: [...dns.answers.mx.values].sort(),
    answer: dns.answers.mx,
    zoneRecords: records,
  };
}

/** One question every authoritative server was asked, and who said what. */
export interface NameServerSplit {
  question: { name: string; type: string };
  /** Distinct answers (`shown`: in words for a message), each with the servers that gave it. */
  answers: { key: string; shown: string; servers: string[] }[];
}

const QUESTIONS: readonly (keyof DnsQuestions)[] = [
  "stsTxt",
  "tlsrptTxt",
  "mx",
  "policyHostA",
  "policyHostAaaa",
];

/**
 * The questions on which the servers that answered disagree (rules.md "Drift and
 * consistency": the MTA-STS questions and the SOA serial). Failed lookups are not answers:
 * live-dns-error names them.
 */
export function nameServerSplits(views: readonly NameServerView[]): NameServerSplit[] {
  const asked = views.filter((v) => v.answers !== undefined);
  if (asked.length < 2) return [];
  const pickers: ((v: NameServerView) => DnsAnswer | undefined)[] = [
    ...QUESTIONS.map((q) => (v: NameServerView) => v.answers?.[q]),
    (v) => v.soaSerial,
  ];
  const splits: NameServerSplit[] = [];
  for (const pick of pickers) {
    const byKey = new Map<string, { shown: string; servers: string[] }>();
    let question: NameServerSplit["question"] | undefined;
    for (const view of asked) {
      const answer = pick(view);
      if (!answer || isDnsFailure(answer.status)) continue;
      question ??= { name: answer.name, type: answer.type };
      const key = answerKey(answer);
      const entry = byKey.get(key) ?? { shown: shownAnswer(answer, key), servers: [] };
      entry.servers.push(answer.server);
      byKey.set(key, entry);
    }
    if (question && byKey.size > 1) {
      splits.push({ question, answers: [...byKey].map(([key, e]) => ({ key, ...e })) });
    }
  }
  return splits;
}

/** An answer as a message shows it: the records quoted, or what the server said instead. */
function shownAnswer(answer: DnsAnswer, key: string): string {
  if (answer.status === "nxdomain") return "NXDOMAIN";
  if (answer.status === "nodata" && answer.cnames.length === 0) return "no records (NODATA)";
  return quoted(key);
}

/** Every question of the probe that failed, grouped by the server that failed it. */
export function failedLookups(domain: DomainModel): { server: string; answers: DnsAnswer[] }[] {
  const dns = domain.live?.dns;
  if (!dns) return [];
  const all: DnsAnswer[] = [
    ...QUESTIONS.map((q) => dns.answers[q]),
    ...(dns.ns ? [dns.ns] : []),
    ...dns.mxHosts.flatMap((h) => [h.a, h.aaaa]),
    ...dns.nameServers.flatMap((v) => [
      ...(v.answers ? QUESTIONS.map((q) => v.answers![q]) : []),
      ...(v.soaSerial ? [v.soaSerial] : []),
    ]),
  ];
  const byServer = new Map<string, DnsAnswer[]>();
  for (const answer of all) {
    if (!isDnsFailure(answer.status)) continue;
    byServer.set(answer.server, [...(byServer.get(answer.server) ?? []), answer]);
  }
  return [...byServer].map(([server, answers]) => ({ server, answers }));
}

/** What a TXT drift means for senders, in the words of one record family. */
export interface TxtDriftWording {
  /** "MTA-STS record", "TLS-RPT record". */
  noun: string;
  /** What senders do with the zone's version once it is live. */
  absentLive: string;
  /** What a record the zone lacks does. */
  absentZone: string;
}

/** The drift between the zone and the live answer in words, or undefined when they agree. */
export function describeTxtDrift(sides: TxtDrift, wording: TxtDriftWording): string | undefined {
  const name = `${quoted(sides.name)}`;
  const pending =
    "Either the zone change has not been deployed yet, or the live record was changed outside the repository.";
  if (sides.zoneCname !== undefined) {
    const live = sides.answer.cnames[0];
    if (live === sides.zoneCname) return undefined;
    const seen = live === undefined ? "has no CNAME there" : `has a CNAME to ${quoted(live)}`;
    return `The zone delegates ${name} with a CNAME to ${quoted(sides.zoneCname)} (RFC 8461 §8.2), but the live DNS ${seen}. ${pending} Deploy the zone, or update it to match what is live.`;
  }
  if (sameList(sides.zone, sides.live)) return undefined;
  if (sides.live.length === 0) {
    const why =
      sides.answer.status === "nxdomain"
        ? "the name does not exist (NXDOMAIN)"
        : sides.answer.values.length > 0
          ? `only other TXT records are there (${quotedList(sides.answer.values)})`
          : "there is no TXT record (NODATA)";
    return `The zone publishes the ${wording.noun} ${quotedList(sides.zone)} at ${name}, but live ${why}. ${wording.absentLive} ${pending} Deploy the zone.`;
  }
  if (sides.zone.length === 0) {
    return `The live DNS has the ${wording.noun} ${quotedList(sides.live)} at ${name}, which the zone in the repository does not have. ${wording.absentZone} Add the record to the zone so the repository describes what is live (or remove it from the live DNS if it is a leftover).`;
  }
  return `The live ${wording.noun} at ${name} is ${quotedList(sides.live)}; the zone has ${quotedList(sides.zone)}. ${pending} Deploy the zone, or bring it up to date with the live change.`;
}
