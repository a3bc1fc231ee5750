import { dirname, extname, isAbsolute, resolve } from "node:path";
import type { InputProblem } from "../model/domain.js";
import { isAtOrBelow, normalizeHost } from "../model/hostname.js";
import { quoted } from "../model/wording.js";
import { indexRecords, type ZoneModel, type ZoneRecord } from "../model/zone.js";
import { type LeanResult, parseLeanMasterFile, type ZoneInterest } from "../model/zone-interest.js";
import { declaredOriginOf, type MasterFileOptions, parseMasterFile } from "../parse/zone/master.js";
import type { ZoneFormat } from "../settings/types.js";
import { displayPath, formatBytes, isInside, readSourceFile } from "./files.js";

export type ConcreteZoneFormat = Exclude<ZoneFormat, "auto">;

/**
 * The zone format of a file whose format was left on `auto`: octoDNS keeps zones in YAML,
 * DNSControl's intermediate representation is JSON; anything else is read as a BIND master
 * file (which has no customary extension: `.zone`, `.db`, `db.example`, bare names).
 */
export function detectZoneFormat(path: string, text?: string): ConcreteZoneFormat {
  const ext = extname(path).toLowerCase();
  if (ext === ".yaml" || ext === ".yml") return "octodns";
  if (ext === ".json") return "dnscontrol";
  if (text !== undefined && /^\s*[{[]/.test(text)) return "dnscontrol";
  return "bind";
}

export type IncludeResult = { file: string; text: string } | { error: string };

/**
 * Most `$INCLUDE` files read for one zone. Nesting is limited by the parser, but a file that
 * includes another many times, which includes another many times, multiplies: 200 lines at
 * three levels are eight million reads. Real zones include a few files.
 */
export const MAX_INCLUDED_FILES = 1000;

/**
 * Resolves `$INCLUDE` the way rules.md asks: relative to the including file's directory, then
 * to the working directory (the repository root); never outside it, symbolic links included.
 * One resolver serves one zone: together, the zone (`alreadyRead` bytes) and the files it
 * includes stay within `maxBytes` and MAX_INCLUDED_FILES.
 */
export function includeResolver(
  cwd: string,
  maxBytes: number,
  alreadyRead = 0,
): (path: string, fromFile: string) => IncludeResult {
  let bytesLeft = maxBytes - alreadyRead;
  let filesLeft = MAX_INCLUDED_FILES;
  return (path, fromFile) => {
    if (filesLeft <= 0) {
      return {
        error: `the zone already includes ${MAX_INCLUDED_FILES} files, the most the linter reads for one zone (are the same files included over and over?)`,
      };
    }
    filesLeft--;
    const candidates = isAbsolute(path)
      ? [resolve(path)]
      : [...new Set([resolve(cwd, dirname(fromFile), path), resolve(cwd, path)])];
    let refusedOutside = false;
    for (const candidate of candidates) {
      if (!isInside(cwd, candidate)) {
        refusedOutside = true;
        continue;
      }
      const read = readSourceFile(cwd, candidate, Math.max(bytesLeft, 0));
      if (read.ok) {
        bytesLeft -= read.bytes.length;
        return { file: read.file, text: read.text };
      }
      if (read.problem.kind === "too-large" && bytesLeft < maxBytes) {
        return {
          error: `${read.problem.file}: the zone and the files it includes would exceed ${formatBytes(maxBytes)} together`,
        };
      }
      // An included file may legitimately be empty (a placeholder for generated records).
      if (read.problem.kind === "empty") return { file: read.problem.file, text: "" };
      if (read.problem.kind === "missing") continue;
      return { error: `${read.problem.file}: ${read.problem.reason}` };
    }
    if (refusedOutside) {
      return {
        error: `${quoted(path)} is outside the repository; $INCLUDE may only name files inside it`,
      };
    }
    const looked = candidates.map((c) => displayPath(cwd, c)).join(", ");
    return { error: `${quoted(path)} not found (looked for ${looked})` };
  };
}

export interface LoadedZone {
  zone?: ZoneModel;
  /** The path as reported (relative to cwd). */
  file: string;
  problem?: InputProblem;
}

/** A parsed zone file, or why it could not be parsed, before it is matched with a domain. */
type Parsed =
  | { file: string; zone: ZoneModel; apexFrom?: string }
  | { file: string; problem: InputProblem };

/**
 * Reads and parses each zone file once for a whole run, however many domains it serves (a
 * parent zone holding several policy domains, or one export shared by a list of domains).
 * A file is parsed with the origin it declares ($ORIGIN first, else an absolute SOA owner),
 * as named-checkzone loads a zone, so the parse does not depend on which domain asked; only
 * a file that names no origin is parsed once per domain, relative to it.
 */
export class ZoneCache {
  private readonly parsed = new Map<string, Parsed>();
  private readonly reads = new Map<string, ReturnType<typeof readSourceFile>>();

  /**
   * With `interest` (the run's policy domains), zones are read lean for those domains: only
   * the records the rules read are kept (src/model/zone-interest.ts).
   */
  constructor(
    private readonly cwd: string,
    private readonly maxBytes: number,
    private readonly interest?: ZoneInterest,
  ) {}

  load(domain: string, path: string, format: ZoneFormat): LoadedZone {
    const parsed = this.parse(domain, path, format);
    if ("problem" in parsed) return parsed;
    const { zone, apexFrom } = parsed;
    const apex = zone.origin;
    if (apex !== undefined && apex !== domain && !isAtOrBelow(domain, apex)) {
      // Another domain's zone: its checks would look for names it cannot hold and pass silently.
      return {
        file: parsed.file,
        problem: {
          file: parsed.file,
          area: "zone",
          reason: `it is the zone of ${apex} (its ${apexFrom ?? "$ORIGIN"}), which does not contain ${domain}: the configuration names another domain's zone file`,
        },
      };
    }
    return { file: parsed.file, zone };
  }

  private read(path: string): ReturnType<typeof readSourceFile> {
    let read = this.reads.get(path);
    if (!read) {
      read = readSourceFile(this.cwd, path, this.maxBytes);
      this.reads.set(path, read);
    }
    return read;
  }

  private parse(domain: string, path: string, format: ZoneFormat): Parsed {
    const read = this.read(path);
    if (!read.ok) {
      const { file, reason } = read.problem;
      return { file, problem: { file, area: "zone", reason } };
    }
    const concrete = format === "auto" ? detectZoneFormat(path, read.text) : format;
    if (concrete !== "bind") {
      return {
        file: read.file,
        problem: {
          file: read.file,
          area: "zone",
          reason: `zone format ${concrete} is not supported yet; lint a BIND master-file export of the zone instead`,
        },
      };
    }
    const declared = declaredOriginOf(read.text, read.file);
    const origin = declared === undefined ? domain : normalizeHost(declared);
    // A lean parse keeps the names of every domain of the run, so it serves each of them.
    const lean = this.interest?.domains.has(domain) ? this.interest : undefined;
    const key = `${read.file}\u0000${origin}${lean ? "" : "\u0000full"}`;
    const cached = this.parsed.get(key);
    if (cached) return cached;
    const options: MasterFileOptions = {
      file: read.file,
      origin,
      include: includeResolver(this.cwd, this.maxBytes, read.bytes.length),
    };
    const result: Partial<LeanResult> & Omit<LeanResult, "nodesBelow"> = lean
      ? parseLeanMasterFile(read.text, options, lean)
      : parseMasterFile(read.text, options);
    const soaApex = zoneApex(result.records, read.file);
    const zone: ZoneModel = {
      file: read.file,
      format: "bind",
      origin: soaApex ?? (declared === undefined ? domain : origin),
      records: result.records,
      issues: result.issues,
      byName: indexRecords(result.records),
      counts: result.counts,
    };
    if (result.nodesBelow) zone.nodesBelow = result.nodesBelow;
    const apexFrom =
      declared !== undefined && origin === zone.origin
        ? "$ORIGIN"
        : soaApex !== undefined
          ? "SOA record"
          : undefined;
    const entry: Parsed = apexFrom
      ? { file: read.file, zone, apexFrom }
      : { file: read.file, zone };
    this.parsed.set(key, entry);
    return entry;
  }
}

/**
 * The zone's apex: the owner of the SOA record in the zone file itself (not in an included
 * file). A later `$ORIGIN` for a part of the zone does not move it.
 */
function zoneApex(records: readonly ZoneRecord[], file: string): string | undefined {
  const soa = records.find((r) => r.type === "SOA" && r.file === file && r.owner !== "");
  return soa?.owner;
}
