import { readdirSync } from "node:fs";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import type { InputProblem } from "../model/domain.js";
import { isAtOrBelow, isValidHostName, normalizeHost } from "../model/hostname.js";
import { quoted } from "../model/wording.js";
import { indexRecords, type ZoneModel, type ZoneRecord } from "../model/zone.js";
import { type LeanResult, parseLeanMasterFile, type ZoneInterest } from "../model/zone-interest.js";
import { type IrDomain, parseDnscontrolIr } from "../parse/zone/dnscontrol.js";
import { declaredOriginOf, type MasterFileOptions, parseMasterFile } from "../parse/zone/master.js";
import { type OctodnsFile, parseOctodnsZone } from "../parse/zone/octodns.js";
import type { ZoneFormat } from "../settings/types.js";
import { displayPath, type FileReader, formatBytes, isInside, readSourceFile } from "./files.js";
import { type ConcreteZoneFormat, detectZoneFormat, ZONE_FORMAT_SETTING } from "./zone-format.js";

export type { ConcreteZoneFormat, ZoneDetection } from "./zone-format.js";
export { detectZoneFormat } from "./zone-format.js";

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
  readFile: FileReader = readSourceFile,
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
      const read = readFile(cwd, candidate, Math.max(bytesLeft, 0));
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
  private readonly irs = new Map<string, ReturnType<typeof parseDnscontrolIr>>();

  /**
   * `readFile` reads the working tree unless another revision's files are read. With
   * `interest` (the run's policy domains), zones are read lean for those domains: only the
   * records the rules read are kept (src/model/zone-interest.ts).
   */
  constructor(
    private readonly cwd: string,
    private readonly maxBytes: number,
    private readonly options: { readFile?: FileReader; interest?: ZoneInterest } = {},
  ) {}

  private get readFile(): FileReader {
    return this.options.readFile ?? readSourceFile;
  }

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
      read = this.readFile(this.cwd, path, this.maxBytes);
      this.reads.set(path, read);
    }
    return read;
  }

  private parse(domain: string, path: string, format: ZoneFormat): Parsed {
    const read = this.read(path);
    if (!read.ok) {
      const { file, kind, reason } = read.problem;
      // A split octoDNS zone is a directory of YAML files.
      if (kind === "directory" && (format === "auto" || format === "octodns")) {
        return this.parseSplitOctodns(domain, path, file);
      }
      return { file, problem: { file, area: "zone", reason, kind } };
    }
    let concrete: ConcreteZoneFormat;
    if (format === "auto") {
      const detected = detectZoneFormat(path, read.text);
      if ("unknown" in detected) {
        const reason = `cannot tell the zone format: ${detected.unknown}. ${ZONE_FORMAT_SETTING}`;
        return { file: read.file, problem: { file: read.file, area: "zone", reason } };
      }
      concrete = detected.format;
    } else {
      concrete = format;
    }
    if (concrete === "octodns") {
      const limit = Math.min(this.maxBytes, MAX_OCTODNS_BYTES);
      if (read.bytes.length > limit) {
        return {
          file: read.file,
          problem: {
            file: read.file,
            area: "zone",
            reason: octodnsTooLarge(limit, read.bytes.length),
          },
        };
      }
      const named = octodnsZoneName(read.file);
      return this.parseOctodns(named ?? domain, read.file, [read], named !== undefined);
    }
    if (concrete === "dnscontrol") return this.parseDnscontrol(domain, read.file, read.text);
    return this.parseMaster(domain, read);
  }

  /** octoDNS files of one zone, parsed once per zone name. */
  private parseOctodns(
    origin: string,
    file: string,
    files: OctodnsFile[],
    namedByFile: boolean,
  ): Parsed {
    const key = `${file}\u0000${origin}`;
    const cached = this.parsed.get(key);
    if (cached) return cached;
    const result = parseOctodnsZone(files, { origin });
    const zone: ZoneModel = {
      file,
      format: "octodns",
      origin,
      records: result.records,
      issues: result.issues,
      byName: indexRecords(result.records),
      files: files.map((f) => f.file),
    };
    const entry: Parsed = namedByFile ? { file, zone, apexFrom: "file name" } : { file, zone };
    this.parsed.set(key, entry);
    return entry;
  }

  /**
   * A split zone (octoDNS's YamlProvider with `split_extension`, or the older
   * SplitYamlProvider): a directory named after the zone (`example.com.` or `example.com`)
   * whose YAML files together hold the zone, the apex usually in the catch-all
   * `$example.com.yaml`. Findings about absent records point at that file.
   */
  private parseSplitOctodns(domain: string, path: string, shown: string): Parsed {
    const absolute = resolve(this.cwd, path);
    let names: string[];
    try {
      names = readdirSync(absolute)
        .filter((n) => /\.ya?ml$/i.test(n))
        .sort();
    } catch {
      return {
        file: shown,
        problem: { file: shown, area: "zone", reason: "the directory cannot be read" },
      };
    }
    if (names.length === 0) {
      const reason =
        "is a directory without YAML files; a zone is a file, or an octoDNS split-zone directory of <name>.yaml files";
      return { file: shown, problem: { file: shown, area: "zone", reason } };
    }
    const zoneName = asZoneName(basename(absolute));
    const catchall = names.find((n) => n.startsWith("$")) ?? names[0];
    const files: OctodnsFile[] = [];
    const limit = Math.min(this.maxBytes, MAX_OCTODNS_BYTES);
    let budget = limit;
    for (const name of names) {
      const read = readSourceFile(this.cwd, join(absolute, name), budget);
      if (!read.ok) {
        // An empty file holds no records; anything else unreadable makes the zone incomplete.
        if (read.problem.kind === "empty") continue;
        const { file, reason } = read.problem;
        const why = read.problem.kind === "too-large" ? octodnsTooLarge(limit, undefined) : reason;
        return { file, problem: { file, area: "zone", reason: why } };
      }
      budget -= read.bytes.length;
      files.push({ file: read.file, text: read.text });
    }
    const anchor = displayPath(this.cwd, join(absolute, catchall));
    return this.parseOctodns(zoneName ?? domain, anchor, files, zoneName !== undefined);
  }

  /**
   * A DNSControl IR is read once however many domains it holds; a domain's zone is the IR
   * domain it is at or below (the most specific one).
   */
  private parseDnscontrol(domain: string, file: string, text: string): Parsed {
    let ir = this.irs.get(file);
    if (!ir) {
      ir = parseDnscontrolIr(text, file);
      this.irs.set(file, ir);
    }
    const match = ir.domains
      .filter((d) => isAtOrBelow(domain, d.name))
      .reduce<IrDomain | undefined>(
        (best, d) => (!best || d.name.length > best.name.length ? d : best),
        undefined,
      );
    if (!match) {
      if (ir.issues.length > 0) {
        // The file cannot be read (malformed JSON): its syntax errors are the findings.
        const zone: ZoneModel = {
          file,
          format: "dnscontrol",
          origin: domain,
          records: [],
          issues: ir.issues,
          byName: new Map(),
          files: [file],
        };
        return { file, zone };
      }
      const names = ir.domains.map((d) => d.name);
      const has = names.length === 0 ? "it has no domains" : `it has ${names.join(", ")}`;
      const reason = `the DNSControl IR has no domain containing ${domain} (${has}): run "dnscontrol print-ir" with the dnsconfig.js that manages ${domain}`;
      return { file, problem: { file, area: "zone", reason } };
    }
    const key = `${file}\u0000${match.name}`;
    const cached = this.parsed.get(key);
    if (cached) return cached;
    const records = match.records;
    const zone: ZoneModel = {
      file,
      format: "dnscontrol",
      origin: match.name,
      records,
      issues: [...ir.issues, ...match.issues],
      byName: indexRecords(records),
      files: [file],
    };
    const entry: Parsed = { file, zone };
    this.parsed.set(key, entry);
    return entry;
  }

  private parseMaster(
    domain: string,
    read: { file: string; text: string; bytes: Uint8Array },
  ): Parsed {
    const declared = declaredOriginOf(read.text, read.file);
    const origin = declared === undefined ? domain : normalizeHost(declared);
    // A lean parse keeps the names of every domain of the run, so it serves each of them.
    const lean = this.options.interest?.domains.has(domain) ? this.options.interest : undefined;
    const key = `${read.file}\u0000${origin}${lean ? "" : "\u0000full"}`;
    const cached = this.parsed.get(key);
    if (cached) return cached;
    const files = new Set([read.file]);
    const resolveInclude = includeResolver(
      this.cwd,
      this.maxBytes,
      read.bytes.length,
      (cwd, path, maxBytes) => {
        // Found or not, the zone depends on the file: one added or deleted changes it.
        files.add(displayPath(cwd, resolve(cwd, path)));
        return this.readFile(cwd, path, maxBytes);
      },
    );
    const options: MasterFileOptions = { file: read.file, origin, include: resolveInclude };
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
      files: [...files],
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

/**
 * The largest octoDNS zone read (all files of a split zone together). YAML is read at a few
 * MiB a second; a larger zone would stall the run for minutes instead of linting it.
 */
export const MAX_OCTODNS_BYTES = 8 * 1024 * 1024;

function octodnsTooLarge(limit: number, size: number | undefined): string {
  const actual = size === undefined ? "" : ` (${size} bytes)`;
  return `the octoDNS zone is larger than ${formatBytes(limit)}${actual}, the most the linter reads as YAML; lint a BIND master-file export of the zone instead (zone format bind)`;
}

/** A zone name from a file or directory name: `example.com.`, `example.com`, `$example.com`. */
function asZoneName(name: string): string | undefined {
  const bare = name.replace(/^\$/, "").replace(/\.$/, "").toLowerCase();
  if (!bare.includes(".") || !isValidHostName(normalizeHost(bare))) return undefined;
  return normalizeHost(bare);
}

/**
 * The zone an octoDNS file is for: the YamlProvider reads `<directory>/<zone>.yaml` (the zone
 * name with its trailing dot, so `example.com.yaml`), a split zone's catch-all `$<zone>.yaml`.
 */
export function octodnsZoneName(path: string): string | undefined {
  return asZoneName(basename(path).replace(/\.ya?ml$/i, ""));
}
