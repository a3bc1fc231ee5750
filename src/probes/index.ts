import type { DomainModel } from "../model/domain.js";
import { type LiveObservations, type RefusedAddress, refusedWords } from "../model/live.js";
import type { DnsAnswer, HostAddresses } from "../model/live-dns.js";
import { isDnsFailure } from "../model/live-dns.js";
import type { HttpsFamilyResult, HttpsObservation } from "../model/live-https.js";
import type { SmtpAddressResult, SmtpObservation } from "../model/live-smtp.js";
import { policyHostName } from "../model/records.js";
import type { Settings } from "../settings/types.js";
import { guardAddress } from "./address-guard.js";
import { probeDns } from "./dns.js";
import { fetchPolicy } from "./https.js";
import { mapBounded } from "./limit.js";
import { DEFAULT_PORTS, type ProbeAddress, type ProbeOptions } from "./options.js";
import { pickMxAddresses, probeMxHost, SMTP_SESSIONS_IN_FLIGHT } from "./smtp.js";

/**
 * What the live probes need from the outside world, injected so tests can point them at
 * loopback servers on high ports and a throwaway CA (users never need any of it).
 */
export interface LiveDeps {
  /**
   * The process environment. `MTA_STS_LINT_PORTS` (`https=8443,http=8080,smtp=2525,dns=5353`)
   * moves the probes to other ports, for test labs that run the CLI or the action against
   * their own servers; `NODE_EXTRA_CA_CERTS` adds their CA as Node does anyway.
   */
  env?: NodeJS.ProcessEnv;
  /** DNS servers (`ip` or `ip:port`), instead of the configured ones. */
  resolvers?: string[];
  /** The port authoritative name servers are asked on (default 53). */
  nameServerPort?: number;
  /** Ports of the policy host (HTTPS, plain HTTP) and the MX hosts (SMTP). */
  ports?: Partial<ProbeOptions["ports"]>;
  /** Extra trusted CA certificates (PEM). */
  ca?: string[];
  /** The clock the certificate checks read. */
  now?: () => Date;
  /**
   * Progress lines for runs of more than a few domains. The action logs them (escaped), the
   * CLI prints them on stderr; plain text, no server content.
   */
  progress?: (line: string) => void;
}

/** Runs of more domains than this report progress. */
export const PROGRESS_ABOVE = 5;
/** About this many progress lines per run, however many domains. */
const PROGRESS_LINES = 20;

/** `MTA_STS_LINT_PORTS`: `name=port` pairs; anything unreadable is ignored. */
export function portsFromEnv(
  value: string | undefined,
): Partial<ProbeOptions["ports"]> & { dns?: number } {
  const ports: Partial<ProbeOptions["ports"]> & { dns?: number } = {};
  for (const pair of (value ?? "").split(",")) {
    const m = /^\s*(https|http|smtp|dns)\s*=\s*(\d{1,5})\s*$/.exec(pair);
    const port = m ? Number(m[2]) : 0;
    if (m && port >= 1 && port <= 65535) ports[m[1] as "https" | "http" | "smtp" | "dns"] = port;
  }
  return ports;
}

/** The probe options of a run: the settings, with the test-only overrides of `deps`. */
export function probeOptions(settings: Settings, deps: LiveDeps = {}): ProbeOptions {
  const { dns, ...fromEnv } = portsFromEnv(deps.env?.MTA_STS_LINT_PORTS);
  const options: ProbeOptions = {
    timeoutMs: Math.round(settings.live.timeout * 1000),
    ports: { ...DEFAULT_PORTS, ...fromEnv, ...deps.ports },
    allowPrivateAddresses: settings.live.allowPrivateAddresses,
    certExpiryDays: settings.live.certExpiryDays,
    now: deps.now ?? (() => new Date()),
    resolvers: deps.resolvers ?? settings.live.resolvers,
  };
  if (deps.ca) options.ca = deps.ca;
  const nameServerPort = deps.nameServerPort ?? dns;
  if (nameServerPort !== undefined) options.nameServerPort = nameServerPort;
  return options;
}

/** The addresses of A and AAAA answers, IPv4 first. */
function addressesOf(answers: { a: DnsAnswer; aaaa: DnsAnswer }): ProbeAddress[] {
  return [
    ...answers.a.values.map((address) => ({ address, family: 4 as const })),
    ...answers.aaaa.values.map((address) => ({ address, family: 6 as const })),
  ];
}

/** Addresses split by the address guard. */
function guarded(
  host: string,
  all: readonly ProbeAddress[],
  area: RefusedAddress["area"],
  options: ProbeOptions,
): { allowed: ProbeAddress[]; refused: RefusedAddress[] } {
  const allowed: ProbeAddress[] = [];
  const refused: RefusedAddress[] = [];
  for (const a of all) {
    const verdict = guardAddress(a.address, options.allowPrivateAddresses);
    if (verdict.allowed) allowed.push(a);
    else refused.push({ host, ...a, area, category: verdict.category });
  }
  return { allowed, refused };
}

/** The reason a probe result gives for an address the guard refused. */
export function refusalReason(r: RefusedAddress): string {
  return `${refusedWords(r.category)}; set allow-private-addresses to probe it`;
}

/**
 * A refused address becomes part of the probe's own observation, so `https-unreachable`
 * reports it like any address that could not be connected to, naming it and the reason.
 */
function withRefusedHttps(obs: HttpsObservation, refused: RefusedAddress[]): HttpsObservation {
  const families = [...obs.families];
  for (const family of [4, 6] as const) {
    const mine = refused.filter((r) => r.family === family);
    if (mine.length === 0) continue;
    const failed = mine.map((r) => ({ address: r.address, error: refusalReason(r) }));
    const existing = families.find((f) => f.family === family);
    if (existing) {
      existing.failedAddresses = [...failed, ...existing.failedAddresses];
      continue;
    }
    const last = mine[mine.length - 1];
    const result: HttpsFamilyResult = {
      family,
      address: last.address,
      outcome: "connect-failed",
      phase: "connect",
      error: refusalReason(last),
      failedAddresses: failed.slice(0, -1),
      elapsedMs: 0,
    };
    families.push(result);
  }
  families.sort((a, b) => a.family - b.family);
  return { ...obs, families };
}

/** Same for SMTP: a refused address is an address of the MX that could not be probed. */
function withRefusedSmtp(obs: SmtpObservation, refused: RefusedAddress[]): SmtpObservation {
  const extra: SmtpAddressResult[] = refused.map((r) => ({
    address: r.address,
    family: r.family,
    outcome: "connect-failed",
    phase: "connect",
    error: refusalReason(r),
    elapsedMs: 0,
  }));
  return { ...obs, addresses: [...obs.addresses, ...extra] };
}

/**
 * No address lookup of a host gave an address and at least one failed: nothing to probe, and
 * "the host has no address" would be wrong (the failed lookup may hide one); live-dns-error
 * reports the failure instead.
 */
function lookupFailed(h: { a: DnsAnswer; aaaa: DnsAnswer }): boolean {
  const none = h.a.values.length === 0 && h.aaaa.values.length === 0;
  return none && (isDnsFailure(h.a.status) || isDnsFailure(h.aaaa.status));
}

/** The live probes of one domain: DNS first, then the policy fetch and STARTTLS at once. */
export async function probeDomain(
  model: Pick<DomainModel, "name" | "zone">,
  options: ProbeOptions,
  smtp: boolean,
): Promise<LiveObservations> {
  const dns = await probeDns({ domain: model.name, zone: model.zone }, options);
  const live: LiveObservations = { areas: ["dns"], dns, refused: [] };
  const refused: RefusedAddress[] = [];
  for (const view of dns.nameServers) {
    const category = view.refusedCategory;
    if (category === undefined) continue;
    const family = view.address.includes(":") ? 6 : 4;
    refused.push({ host: view.name, address: view.address, family, area: "dns", category });
  }
  const host = policyHostName(model.name);
  const policyHost = { a: dns.answers.policyHostA, aaaa: dns.answers.policyHostAaaa };
  const https = lookupFailed(policyHost)
    ? Promise.resolve(undefined)
    : (async () => {
        const all = addressesOf(policyHost);
        const { allowed, refused: denied } = guarded(host, all, "https", options);
        refused.push(...denied);
        return withRefusedHttps(await fetchPolicy(host, allowed, options), denied);
      })();
  // Without an MX answer there is nothing to probe: live-dns-error reports the lookup.
  // A few sessions at once, a few addresses per host: a domain with many MX hosts or
  // addresses costs a bounded number of connections.
  const mx =
    smtp && !isDnsFailure(dns.answers.mx.status)
      ? mapBounded(
          dns.mxHosts.filter((h: HostAddresses) => !lookupFailed(h)),
          SMTP_SESSIONS_IN_FLIGHT,
          async (h) => {
            const { picked, omitted } = pickMxAddresses(addressesOf(h));
            const { allowed, refused: denied } = guarded(h.host, picked, "smtp", options);
            refused.push(...denied);
            const obs = withRefusedSmtp(await probeMxHost(h.host, allowed, options), denied);
            if (omitted > 0) obs.omittedAddresses = omitted;
            return obs;
          },
        )
      : Promise.resolve(undefined);
  const [httpsObs, smtpObs] = await Promise.all([https, mx]);
  if (httpsObs) {
    live.https = httpsObs;
    live.areas.push("https");
  }
  if (smtpObs) {
    live.smtp = smtpObs;
    live.areas.push("smtp");
  }
  live.refused = refused;
  return live;
}

/**
 * Probes the live world for each domain (`model.live`) when live checks are on: at most
 * `concurrency` domains at once, each probe under its own deadline, so a slow domain holds
 * one slot and delays no other. Everything it observes goes into the models, where the rules
 * judge it; the returned run-wide notes (the shape `runChecks` collects from each stage) are
 * always empty today.
 */
export async function observeLive(
  models: DomainModel[],
  settings: Settings,
  deps: LiveDeps = {},
): Promise<string[]> {
  if (!settings.live.enabled && !settings.live.smtp) return [];
  const options = probeOptions(settings, deps);
  const total = models.length;
  const step = Math.max(1, Math.ceil(total / PROGRESS_LINES));
  const started = Date.now();
  let done = 0;
  await mapBounded(models, settings.live.concurrency, async (model) => {
    model.live = await probeDomain(model, options, settings.live.smtp);
    done++;
    if (deps.progress && total > PROGRESS_ABOVE && (done % step === 0 || done === total)) {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      deps.progress(`live checks: ${done}/${total} domains done (${seconds} s)`);
    }
  });
  return [];
}
