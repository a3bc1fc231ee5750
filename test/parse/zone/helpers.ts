import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import type { ZoneRecord } from "../../../src/model/zone.js";
import {
  type IncludeResult,
  type MasterFileOptions,
  type MasterFileResult,
  parseMasterFile,
} from "../../../src/parse/zone/master.js";

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "../../fixtures/zone");

/** Parses lines joined with LF, origin example.com unless the options say otherwise. */
export function parseLines(
  lines: string[],
  options: Partial<MasterFileOptions> = {},
): MasterFileResult {
  return parseMasterFile(`${lines.join("\n")}\n`, {
    file: "zones/example.com.zone",
    origin: "example.com",
    ...options,
  });
}

/** The one record with this owner and type (fails the test when there are none or several). */
export function only(
  result: { records: readonly ZoneRecord[] },
  owner: string,
  type: string,
): ZoneRecord {
  const found = result.records.filter((r) => r.owner === owner && r.type === type);
  if (found.length !== 1) {
    throw new Error(
      `expected one ${type} at ${owner}, found ${found.length}: ${JSON.stringify(result.records.map((r) => `${r.owner} ${r.type}`))}`,
    );
  }
  return found[0];
}

export function readFixture(path: string): string {
  return readFileSync(join(FIXTURES, path), "utf8");
}

/**
 * An include reader over in-memory files (repo-relative paths): the target is looked up next
 * to the including file first, then from the repository root, as rules.md asks of src/sources.
 */
export function memoryIncluder(
  files: Record<string, string>,
): (path: string, fromFile: string) => IncludeResult | { error: string } {
  return (path, fromFile) => {
    for (const candidate of [normalize(join(dirname(fromFile), path)), normalize(path)]) {
      const text = files[candidate];
      if (text !== undefined) return { file: candidate, text };
    }
    return { error: "file not found" };
  };
}

/** An include reader over the fixture directory, paths relative to it. */
export function fixtureIncluder(): (
  path: string,
  fromFile: string,
) => IncludeResult | { error: string } {
  return (path, fromFile) => {
    const file = normalize(join(dirname(fromFile), path));
    try {
      return { file, text: readFixture(file) };
    } catch {
      return { error: "file not found" };
    }
  };
}
