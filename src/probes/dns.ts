import { Resolver } from "node:dns/promises";
import { normalizeHost } from "../model/hostname.js";
import type {
  DnsAnswer,
  DnsObservation,
  DnsQuestions,
  DnsQuestionType,
  DnsStatus,
  HostAddresses,
  NameServerView,
} from "../model/live-dns.js";
import { policyHostName, recordsAt, stsRecordName, tlsrptRecordName } from "../model/records.js";
import type { ZoneModel } from "../model/zone.js";
import { guardAddress } from "./address-guard.js";
import { DeadlineError, mapBounded, withDeadline } from "./limit.js";
import type { ProbeOptions } from "./options.js";

/** The resolver library's failure codes, sorted into what a DNS operator calls them. */
const STATUS_BY_CODE: Record<string, DnsStatus> = {
  ENOTFOUND: "nxdomain",
  ENODATA: "nodata",
  ETIMEOUT: "timeout",
  ECANCELLED: "timeout",
  ESERVFAIL: "servfail",
  EREFUSED: "refused",
};

/** Longest CNAME chain followed: resolvers give up near here too (BIND follows 16). */
const MAX_CNAME_HOPS = 8;
/** Name servers, and addresses per name server, asked directly: enough to see a split. */
const MAX_NAME_SERVERS = 8;
const MAX_ADDRESSES_PER_SERVER = 4;
/** MX hosts whose addresses are resolved for the STARTTLS probe. */
const MAX_MX_HOSTS = 16;

/** The system resolver's label in messages. */
export const SYSTEM_RESOLVER = "the system resolver";

/** One place to ask questions: a set of servers (none: the system's) and a label for messages. */
export interface DnsServer {
  servers: string[];
  label: string;
}

/** `ip:port` as the resolver library takes it (IPv6 in brackets). */
export function serverAddress(address: string, port: number): string {
  return address.includes(":") ? `[${address}]:${port}` : `${address}:${port}`;
}

function strip(name: string): string {
  return normalizeHost(name);
}

type Query = (resolver: Resolver, name: string) => Promise<string[]>;

const QUERIES: Record<DnsQuestionType | "CNAME", Query> = {
  // RFC 8461 §3.1, RFC 8460 §3: a record's character-strings are joined without separators.
  TXT: async (r, n) => (await r.resolveTxt(n)).map((chunks) => chunks.join("")),
  MX: async (r, n) =>
    (await r.resolveMx(n)).map((mx) => `${mx.priority} ${strip(mx.exchange) || "."}`),
  A: (r, n) => r.resolve4(n),
  AAAA: (r, n) => r.resolve6(n),
  NS: async (r, n) => (await r.resolveNs(n)).map(strip),
  SOA: async (r, n) => [String((await r.resolveSoa(n)).serial)],
  CNAME: async (r, n) => (await r.resolveCname(n)).map(strip),
};

/**
 * Asks one question with one total deadline. The library's own timeout and retry keep a lost
 * packet from failing the question; the outer deadline cancels whatever is still in flight,
 * so a server that never answers costs `timeoutMs` and no more.
 */
async function query(
  server: DnsServer,
  name: string,
  type: DnsQuestionType | "CNAME",
  timeoutMs: number,
): Promise<{ status: DnsStatus; values: string[]; code?: string }> {
  const resolver = new Resolver({ timeout: Math.max(50, Math.floor(timeoutMs / 2)), tries: 2 });
  if (server.servers.length > 0) resolver.setServers(server.servers);
  try {
    const values = await withDeadline(QUERIES[type](resolver, name), timeoutMs, () =>
      resolver.cancel(),
    );
    return { status: values.length > 0 ? "answer" : "nodata", values };
  } catch (err) {
    if (err instanceof DeadlineError) return { status: "timeout", values: [], code: "ETIMEOUT" };
    const code = (err as NodeJS.ErrnoException).code ?? "ERROR";
    return { status: STATUS_BY_CODE[code] ?? "error", values: [], code };
  }
}

/**
 * Asks `type` at `name` and records the CNAME chain on the way. A recursive resolver follows
 * the chain itself (the answer is the final target's records); the chain is asked hop by hop
 * only to name it in messages and to compare it with a CNAME in the zone (RFC 8461 §8.2
 * delegation).
 */
export async function ask(
  server: DnsServer,
  name: string,
  type: DnsQuestionType,
  timeoutMs: number,
  followChain = false,
): Promise<DnsAnswer> {
  const [direct, cnames] = await Promise.all([
    query(server, name, type, timeoutMs),
    followChain ? cnameChain(server, name, timeoutMs) : Promise.resolve([]),
  ]);
  const answer: DnsAnswer = {
    name,
    type,
    status: direct.status,
    values: direct.values,
    cnames,
    server: server.label,
  };
  if (direct.code !== undefined && direct.status !== "answer") answer.code = direct.code;
  return answer;
}

/** The CNAME chain from `name`, hop by hop, all hops within one deadline together. */
async function cnameChain(server: DnsServer, name: string, timeoutMs: number): Promise<string[]> {
  const chain: string[] = [];
  const deadlineAt = Date.now() + timeoutMs;
  let current = name;
  while (chain.length < MAX_CNAME_HOPS) {
    const left = deadlineAt - Date.now();
    if (left <= 0) break;
    const hop = await query(server, current, "CNAME", left);
    const target = hop.status === "answer" ? hop.values[0] : undefined;
    if (target === undefined || chain.includes(target)) break;
    chain.push(target);
    current = target;
  }
  return chain;
}

/** The MTA-STS questions of a domain, asked of one server at once. */
export async function askQuestions(
  server: DnsServer,
  domain: string,
  timeoutMs: number,
): Promise<DnsQuestions> {
  const host = policyHostName(domain);
  const [stsTxt, tlsrptTxt, mx, policyHostA, policyHostAaaa] = await Promise.all([
    ask(server, stsRecordName(domain), "TXT", timeoutMs, true),
    ask(server, tlsrptRecordName(domain), "TXT", timeoutMs, true),
    ask(server, domain, "MX", timeoutMs),
    ask(server, host, "A", timeoutMs, true),
    ask(server, host, "AAAA", timeoutMs),
  ]);
  return { stsTxt, tlsrptTxt, mx, policyHostA, policyHostAaaa };
}

/** A host's A and AAAA records from one server. */
export async function hostAddresses(
  server: DnsServer,
  host: string,
  timeoutMs: number,
): Promise<HostAddresses> {
  const [a, aaaa] = await Promise.all([
    ask(server, host, "A", timeoutMs),
    ask(server, host, "AAAA", timeoutMs),
  ]);
  return { host, a, aaaa };
}

/** The MX hosts of a live MX answer (a null MX is no host). */
export function mxHostsOf(mx: DnsAnswer): string[] {
  const hosts = mx.values.map((v) => v.slice(v.indexOf(" ") + 1)).filter((h) => h !== ".");
  return [...new Set(hosts)];
}

/**
 * The domain's name servers: the live NS answer at the domain or, when the domain is no zone
 * apex, at the nearest parent that has one (short of the top-level domain).
 */
async function liveNameServers(
  server: DnsServer,
  domain: string,
  timeoutMs: number,
): Promise<{ answer: DnsAnswer; apex: string }> {
  let name = domain;
  for (;;) {
    const answer = await ask(server, name, "NS", timeoutMs);
    const parent = name.slice(name.indexOf(".") + 1);
    if (answer.status === "answer" || !parent.includes(".") || answer.status !== "nodata") {
      return { answer, apex: name };
    }
    name = parent;
  }
}

/** NS names in the zone file at the domain, else at the zone's origin above it. */
function zoneNameServers(zone: ZoneModel | undefined, domain: string): string[] {
  if (!zone) return [];
  const at = (name: string) =>
    recordsAt(zone, name, "NS").flatMap((r) => (r.data?.kind === "NAME" ? [r.data.target] : []));
  const own = at(domain);
  return own.length > 0 || zone.origin === undefined ? own : at(zone.origin);
}

export interface DnsProbeInput {
  domain: string;
  zone?: ZoneModel;
}

/** Asks every authoritative server address the same questions, plus the SOA serial. */
async function askNameServers(
  names: Map<string, ("zone" | "live")[]>,
  apex: string,
  domain: string,
  resolver: DnsServer,
  options: ProbeOptions,
): Promise<NameServerView[]> {
  const port = options.nameServerPort ?? 53;
  const resolved = await Promise.all(
    [...names].slice(0, MAX_NAME_SERVERS).map(async ([name, from]) => {
      const { a, aaaa } = await hostAddresses(resolver, name, options.timeoutMs);
      const addresses = [...a.values, ...aaaa.values].slice(0, MAX_ADDRESSES_PER_SERVER);
      return addresses.map((address) => ({ name, address, from }));
    }),
  );
  return Promise.all(
    resolved.flat().map(async ({ name, address, from }): Promise<NameServerView> => {
      const view: NameServerView = { name, address, from };
      const verdict = guardAddress(address, options.allowPrivateAddresses);
      if (!verdict.allowed) {
        view.refusedCategory = verdict.category;
        return view;
      }
      const server = {
        servers: [serverAddress(address, port)],
        label: `${name} (${address})`,
      };
      const [answers, soaSerial] = await Promise.all([
        askQuestions(server, domain, options.timeoutMs),
        ask(server, apex, "SOA", options.timeoutMs),
      ]);
      view.answers = answers;
      view.soaSerial = soaSerial;
      return view;
    }),
  );
}

/**
 * The DNS probe of one policy domain: the MTA-STS questions through the configured resolver,
 * the addresses of each live MX host, then the same questions of each authoritative server.
 * Every question has the probe deadline; the stages run one after another, the questions of
 * a stage at once.
 */
export async function probeDns(
  input: DnsProbeInput,
  options: ProbeOptions,
): Promise<DnsObservation> {
  const resolvers = options.resolvers ?? [];
  const resolver: DnsServer = {
    servers: resolvers,
    label: resolvers.length > 0 ? resolvers.join(", ") : SYSTEM_RESOLVER,
  };
  const [answers, ns] = await Promise.all([
    askQuestions(resolver, input.domain, options.timeoutMs),
    liveNameServers(resolver, input.domain, options.timeoutMs),
  ]);
  const names = new Map<string, ("zone" | "live")[]>();
  for (const name of zoneNameServers(input.zone, input.domain)) names.set(name, ["zone"]);
  for (const name of ns.answer.values) names.set(name, [...(names.get(name) ?? []), "live"]);
  const [mxHosts, nameServers] = await Promise.all([
    mapBounded(mxHostsOf(answers.mx).slice(0, MAX_MX_HOSTS), MAX_MX_HOSTS, (host) =>
      hostAddresses(resolver, host, options.timeoutMs),
    ),
    askNameServers(names, ns.apex, input.domain, resolver, options),
  ]);
  return { resolver: resolver.label, answers, mxHosts, ns: ns.answer, nameServers };
}
