import { dirname, extname, isAbsolute, resolve } from "node:path";
import type { InputProblem } from "../model/domain.js";
import { normalizeHost } from "../model/hostname.js";
import { quoted } from "../model/wording.js";
import { indexRecords, type ZoneModel } from "../model/zone.js";
import { parseMasterFile } from "../parse/zone/master.js";
import type { ZoneFormat } from "../settings/types.js";
import { displayPath, isInside, readSourceFile } from "./files.js";

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
 * Resolves `$INCLUDE` the way rules.md asks: relative to the including file's directory, then
 * to the working directory (the repository root); never outside it, symbolic links included.
 */
export function includeResolver(
  cwd: string,
  maxBytes: number,
): (path: string, fromFile: string) => IncludeResult {
  return (path, fromFile) => {
    const candidates = isAbsolute(path)
      ? [resolve(path)]
      : [...new Set([resolve(cwd, dirname(fromFile), path), resolve(cwd, path)])];
    let refusedOutside = false;
    for (const candidate of candidates) {
      if (!isInside(cwd, candidate)) {
        refusedOutside = true;
        continue;
      }
      const read = readSourceFile(cwd, candidate, maxBytes);
      if (read.ok) return { file: read.file, text: read.text };
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

/** Reads and parses the zone file of one domain (origin = the domain unless it says otherwise). */
export function loadZone(
  cwd: string,
  domain: string,
  path: string,
  format: ZoneFormat,
  maxBytes: number,
): LoadedZone {
  const read = readSourceFile(cwd, path, maxBytes);
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
  const parsed = parseMasterFile(read.text, {
    file: read.file,
    origin: domain,
    include: includeResolver(cwd, maxBytes),
  });
  const zone: ZoneModel = {
    file: read.file,
    format: "bind",
    origin: parsed.declaredOrigin ? normalizeHost(parsed.declaredOrigin) : domain,
    records: parsed.records,
    issues: parsed.issues,
    byName: indexRecords(parsed.records),
  };
  return { file: read.file, zone };
}
