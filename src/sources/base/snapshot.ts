import { resolve } from "node:path";
import type { DomainModel } from "../../model/domain.js";
import { ZoneInterest } from "../../model/zone-interest.js";
import { loadConfig, MAX_CONFIG_BYTES } from "../../settings/config-file.js";
import type { DomainSettings, Settings } from "../../settings/types.js";
import { buildDomain } from "../domain.js";
import {
  displayPath,
  type FileReader,
  isInside,
  readSourceFile,
  sourceFromBytes,
} from "../files.js";
import { PolicyCache } from "../policy.js";
import { ZoneCache } from "../zone.js";
import type { BaseFile, RevisionReader } from "./reader.js";

/** Thrown when a file the comparison needs cannot be read at the base revision. */
export class BaseUnavailable extends Error {
  override readonly name = "BaseUnavailable";
  constructor(
    readonly via: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/**
 * `$INCLUDE` chains are found while parsing, so the files of the base revision are fetched in
 * rounds: each round parses what is there and asks for the included files it missed.
 */
const MAX_FETCH_ROUNDS = 6;

/** The base revision's domains, matched by name with the head revision's ones. */
export interface BaseView {
  /** By head domain name: the base model, or null when the base revision did not configure it. */
  models: Map<string, DomainModel | null>;
  /** Domains the base revision's configuration listed that this revision no longer lists. */
  dropped: string[];
  /** Remarks for the run's notes (e.g. an unreadable base configuration). */
  notes: string[];
}

/**
 * A `FileReader` over the fetched files of the base revision, with the same checks as the
 * working tree's (size, text, inside the repository). A path not fetched yet is recorded in
 * `wanted` and reads as missing for this round.
 */
function snapshotReader(files: Map<string, BaseFile>, wanted: Set<string>): FileReader {
  return (cwd, path, maxBytes) => {
    const absolute = resolve(cwd, path);
    const file = displayPath(cwd, absolute);
    const missing = {
      ok: false as const,
      problem: { file, kind: "missing" as const, reason: "file not found" },
    };
    if (!isInside(cwd, absolute)) return missing;
    const entry = files.get(file);
    if (!entry) {
      wanted.add(file);
      return missing;
    }
    if (entry.state !== "found") return missing;
    return sourceFromBytes(file, entry.bytes, maxBytes);
  };
}

/**
 * Every domain the working tree's configuration lists (the run may lint one of them only,
 * `--domain`), or undefined when it cannot be read again.
 */
function configuredDomains(cwd: string, config: string): Set<string> | undefined {
  const read = readSourceFile(cwd, config, MAX_CONFIG_BYTES);
  if (!read.ok) return undefined;
  try {
    return new Set(
      (loadConfig(read.text, config, cwd).settings.domains ?? []).map((d) => d.domain),
    );
  } catch {
    return undefined;
  }
}

function pathsOf(entries: readonly DomainSettings[]): string[] {
  return entries.flatMap((e) => [e.policy, e.zone].filter((p): p is string => p !== undefined));
}

/**
 * Reads the base revision's configuration, policies and zones with `reader` and parses them
 * with the working tree's parsers. Domains are matched by name through the base revision's
 * own configuration, so a moved policy or zone file is compared with its old self; without a
 * base configuration (single-domain runs, or a configuration new in this revision) the same
 * paths are compared.
 */
export async function readBaseView(
  reader: RevisionReader,
  settings: Settings,
  heads: readonly DomainModel[],
): Promise<BaseView> {
  const { cwd } = settings;
  const files = new Map<string, BaseFile>();
  const fetch = async (paths: readonly string[]) => {
    const want = [...new Set(paths)].filter((p) => !files.has(p));
    if (want.length === 0) return;
    for (const [path, file] of await reader.read(want)) {
      if (file.state === "unavailable")
        throw new BaseUnavailable(reader.via, `${path}: ${file.reason}`);
      files.set(path, file);
    }
  };
  const names = new Set(heads.map((h) => h.name));
  const headEntries = settings.domains.filter((d) => names.has(d.domain));
  const config = settings.configFile;
  await fetch([...(config !== undefined ? [config] : []), ...pathsOf(headEntries)]);

  const notes: string[] = [];
  let baseEntries: DomainSettings[] | undefined;
  const configFile = config !== undefined ? files.get(config) : undefined;
  if (config !== undefined && configFile?.state === "found") {
    const read = sourceFromBytes(config, configFile.bytes, MAX_CONFIG_BYTES);
    try {
      if (!read.ok) throw new Error(read.problem.reason);
      baseEntries = loadConfig(read.text, config, cwd).settings.domains ?? [];
    } catch (err) {
      notes.push(
        `the base revision's ${config} could not be read (${err instanceof Error ? err.message : String(err)}); its domains were compared at the same paths`,
      );
    }
  }
  // Indexed once: a configuration may list thousands of domains. The first entry of a name wins.
  const byName = new Map<string, DomainSettings>();
  for (const e of baseEntries ?? headEntries) if (!byName.has(e.domain)) byName.set(e.domain, e);
  const entryFor = (name: string) => byName.get(name);
  const listedNow = config !== undefined ? configuredDomains(cwd, config) : undefined;
  const dropped = listedNow
    ? (baseEntries ?? []).map((e) => e.domain).filter((d) => !listedNow.has(d))
    : [];
  await fetch(pathsOf(heads.map((h) => entryFor(h.name)).filter((e) => e !== undefined)));

  // The base zones are read lean for the same domains as the head's.
  const interest = new ZoneInterest(heads.map((h) => h.name));
  for (let round = 1; ; round++) {
    const wanted = new Set<string>();
    const read = snapshotReader(files, wanted);
    const policies = new PolicyCache(cwd, read);
    const zones = new ZoneCache(cwd, settings.maxZoneBytes, { readFile: read, interest });
    const models = new Map<string, DomainModel | null>();
    for (const head of heads) {
      const entry = entryFor(head.name);
      models.set(head.name, entry ? buildDomain(entry, policies, zones) : null);
    }
    if (wanted.size === 0) return { models, dropped, notes };
    // A base zone missing part of its $INCLUDE chain would show the records of the missing
    // files as new in this revision: no comparison rather than a wrong one.
    if (round === MAX_FETCH_ROUNDS)
      throw new BaseUnavailable(
        reader.via,
        `the base revision's zone files include each other more than ${MAX_FETCH_ROUNDS - 1} levels deep (${[...wanted].sort().join(", ")} not read)`,
      );
    await fetch([...wanted]);
  }
}
