import { dirname, join, relative, resolve } from "node:path";
import type { ConfigIssue } from "../model/rule.js";
import { domainFromZoneFileName } from "../parse/zone/file-name.js";
import { declaredOriginOf } from "../parse/zone/master.js";
import { displayPath, isInside } from "../sources/files.js";
import { detectZoneFormat, octodnsZoneName } from "../sources/zone.js";
import { loadConfig, MAX_CONFIG_BYTES } from "./config-file.js";
import {
  DEFAULT_MAX_ZONE_BYTES,
  type DomainSettings,
  type Settings,
  UsageError,
  type ZoneFormat,
} from "./types.js";
import { parseDomainName } from "./values.js";

/**
 * Reads a whole text file by absolute path; throws (code ENOENT when missing) like
 * fs.readFileSync. `maxBytes` is the largest file the caller wants: a reader should refuse a
 * larger one rather than read it (the faces pass `readTextFile` of sources/files.ts).
 */
export type ReadText = (absolutePath: string, maxBytes?: number) => string;

/** A site's CNAME file holds one host name; anything larger is not one. */
const MAX_CNAME_BYTES = 64 * 1024;

/** The configuration file used when none is named and it exists in the working directory. */
export const DEFAULT_CONFIG_FILE = ".mta-sts-lint.yml";

/** Where the domains come from, as the user wrote it (CLI flags or action inputs). */
export interface SourceRequest {
  config?: string;
  domain?: string;
  policy?: string;
  zone?: string;
  zoneFormat?: ZoneFormat;
}

/** How each face names the sources, for messages (`--policy` vs `policy-file`). */
export interface SourceNames {
  config: string;
  domain: string;
  policy: string;
  zone: string;
}

export interface ResolvedSources {
  /** What the configuration file set (live, rules, failOn, configFile); empty without one. */
  fromConfig: Partial<Settings>;
  domains: DomainSettings[];
  issues: ConfigIssue[];
}

function errorCode(err: unknown): string | undefined {
  return typeof err === "object" && err !== null && "code" in err
    ? String((err as { code: unknown }).code)
    : undefined;
}

/** The file's text, or undefined when it does not exist; other failures are usage errors. */
function readIfExists(
  readText: ReadText,
  absolute: string,
  what: string,
  shown: string,
): string | undefined {
  try {
    return readText(absolute, MAX_CONFIG_BYTES);
  } catch (err) {
    if (errorCode(err) === "ENOENT") return undefined;
    const detail =
      errorCode(err) === "EISDIR"
        ? "it is a directory"
        : err instanceof Error
          ? err.message
          : String(err);
    throw new UsageError(`cannot read ${what} ${shown}: ${detail}`);
  }
}

/**
 * Decides what to lint: a configuration file (the named one, else `.mta-sts-lint.yml` when it
 * exists), or one domain given by policy/zone paths. Naming a config file together with
 * policy/zone paths is ambiguous and refused; a domain alone with a config file selects that
 * domain's entry. Every way this can leave nothing to lint is a `UsageError` (exit 2).
 */
export function resolveSources(
  request: SourceRequest,
  cwd: string,
  readText: ReadText,
  names: SourceNames,
  knownRuleIds?: Iterable<string>,
): ResolvedSources {
  for (const [value, name] of [
    [request.config, names.config],
    [request.policy, names.policy],
    [request.zone, names.zone],
  ] as const) {
    // An empty path would name the working directory itself.
    if (value !== undefined && value.trim() === "")
      throw new UsageError(`${name} needs a file name`);
  }
  const single = request.policy !== undefined || request.zone !== undefined;
  if (single && request.config !== undefined) {
    throw new UsageError(
      `give either ${names.config} or ${names.policy}/${names.zone}, not both (the configuration file lists its own files)`,
    );
  }
  if (single)
    return { fromConfig: {}, domains: [singleDomain(request, cwd, readText, names)], issues: [] };

  const configPath = request.config ?? DEFAULT_CONFIG_FILE;
  const absolute = resolve(cwd, configPath);
  const shown = displayPath(cwd, absolute);
  const text = readIfExists(readText, absolute, "configuration file", shown);
  if (text === undefined) {
    if (request.config !== undefined) throw new UsageError(`configuration file ${shown} not found`);
    throw new UsageError(
      `nothing to lint: give ${names.policy} and/or ${names.zone} (with ${names.domain}), or a configuration file (${DEFAULT_CONFIG_FILE} or ${names.config})`,
    );
  }
  const loaded = loadConfig(text, shown, cwd, knownRuleIds);
  let domains = loaded.settings.domains ?? [];
  if (request.domain !== undefined) {
    const wanted = domainOrThrow(request.domain, names);
    domains = domains.filter((d) => d.domain === wanted);
    if (domains.length === 0) throw new UsageError(`domain ${wanted} is not listed in ${shown}`);
  }
  return { fromConfig: loaded.settings, domains, issues: loaded.issues };
}

function domainOrThrow(value: string, names: SourceNames): string {
  const parsed = parseDomainName(value);
  if (!parsed.ok) throw new UsageError(`${names.domain}: ${parsed.reason}`);
  return parsed.value;
}

/** Paths given on the command line or as inputs, made relative to cwd like configured ones. */
function relativePath(cwd: string, path: string): string {
  return displayPath(cwd, resolve(cwd, path));
}

function singleDomain(
  request: SourceRequest,
  cwd: string,
  readText: ReadText,
  names: SourceNames,
): DomainSettings {
  const zoneFormat = request.zoneFormat ?? "auto";
  const domain =
    request.domain !== undefined
      ? domainOrThrow(request.domain, names)
      : ((request.zone !== undefined
          ? domainFromZone(cwd, request.zone, zoneFormat, readText)
          : undefined) ??
        (request.policy !== undefined
          ? domainFromSiteCname(cwd, request.policy, readText)
          : undefined));
  if (domain === undefined) {
    const cname =
      request.policy !== undefined ? siteCnameHost(cwd, request.policy, readText) : undefined;
    const from =
      request.zone !== undefined
        ? "the zone names no origin ($ORIGIN, an absolute SOA owner, a file name like example.com.zone or example.com.yaml, or a DNSControl IR of one domain)"
        : cname !== undefined
          ? `the site's CNAME names "${cname}", not mta-sts.<domain>`
          : "no CNAME file (mta-sts.<domain>) was found beside the policy";
    throw new UsageError(`cannot tell the domain: ${from}; give ${names.domain}`);
  }
  const settings: DomainSettings = { domain, zoneFormat };
  if (request.policy !== undefined) settings.policy = relativePath(cwd, request.policy);
  if (request.zone !== undefined) settings.zone = relativePath(cwd, request.zone);
  return settings;
}

function asDomain(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = parseDomainName(value);
  return parsed.ok ? parsed.value : undefined;
}

/**
 * The domain a zone source names (interface.md): for a master file `$ORIGIN`, then an absolute
 * SOA owner (both as the parser reports them), then the file name; the octoDNS file name
 * (`example.com.yaml`); the single domain of a DNSControl IR.
 */
export function domainFromZone(
  cwd: string,
  path: string,
  format: ZoneFormat,
  readText: ReadText,
): string | undefined {
  const absolute = resolve(cwd, path);
  let text: string | undefined;
  let isDirectory = false;
  try {
    text = readText(absolute, DEFAULT_MAX_ZONE_BYTES);
  } catch (err) {
    // The file name may still tell; the unreadable file is reported when it is linted.
    isDirectory = errorCode(err) === "EISDIR";
  }
  let concrete: Exclude<ZoneFormat, "auto">;
  if (format === "auto") {
    const detected = detectZoneFormat(path, text, isDirectory);
    if ("unknown" in detected) {
      throw new UsageError(`${path}: cannot tell the zone format: ${detected.unknown}`);
    }
    concrete = detected.format;
  } else {
    concrete = format;
  }
  if (concrete === "octodns") return octodnsZoneName(path);
  if (concrete === "dnscontrol") return text === undefined ? undefined : domainFromDnscontrol(text);
  if (text !== undefined) {
    const declared = asDomain(declaredOriginOf(text, displayPath(cwd, absolute)));
    if (declared) return declared;
  }
  return asDomain(domainFromZoneFileName(path));
}

/**
 * The IR's domain when it holds exactly one (a split-horizon `!tag` aside). Only the names are
 * needed here, so the native JSON parser reads it; the linted zone is read with positions.
 */
function domainFromDnscontrol(text: string): string | undefined {
  try {
    const ir: unknown = JSON.parse(text);
    const list = Array.isArray(ir) ? ir : (ir as { domains?: unknown })?.domains;
    if (!Array.isArray(list)) return undefined;
    const names = new Set(
      list.map((d) => {
        const name = (d as { name?: unknown })?.name;
        return typeof name === "string" ? name.replace(/!.*$/, "").toLowerCase() : "";
      }),
    );
    return names.size === 1 ? asDomain([...names][0]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A policy-only repository is a static site for `mta-sts.<domain>`: its `CNAME` file (GitHub
 * Pages) names the host. Looks beside the policy, then in each parent up to cwd.
 */
export function domainFromSiteCname(
  cwd: string,
  policyPath: string,
  readText: ReadText,
): string | undefined {
  const host = siteCnameHost(cwd, policyPath, readText) ?? "";
  return host.toLowerCase().startsWith("mta-sts.")
    ? asDomain(host.slice("mta-sts.".length))
    : undefined;
}

/** The first host name of the nearest CNAME file at or above the policy (up to cwd). */
function siteCnameHost(cwd: string, policyPath: string, readText: ReadText): string | undefined {
  let dir = dirname(resolve(cwd, policyPath));
  if (!isInside(cwd, dir)) dir = cwd;
  for (;;) {
    let text: string | undefined;
    try {
      text = readText(join(dir, "CNAME"), MAX_CNAME_BYTES);
    } catch {
      text = undefined;
    }
    if (text !== undefined) {
      return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .find((l) => l.length > 0);
    }
    if (relative(cwd, dir) === "") return undefined;
    dir = dirname(dir);
  }
}
