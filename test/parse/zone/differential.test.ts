import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, normalize } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { IncludeResult } from "../../../src/parse/zone/master.js";
import { type MasterFileResult, parseMasterFile } from "../../../src/parse/zone/master.js";
import {
  canonicalRecords,
  NAMED_CHECKZONE,
  runNamedCheckzone,
  uncoveredErrors,
} from "./bind-oracle.js";
import { FIXTURES } from "./helpers.js";
import { generateZone } from "./zone-generator.js";

/**
 * Differential test against BIND: every zone is read by `named-checkzone -D -o - <origin>
 * <file>` and by parseMasterFile. A zone BIND loads must give the same canonical records
 * (owner, TTL, class, type, and the RDATA of A, AAAA, MX, TXT/SPF, CNAME/NS/PTR/DNAME, SOA)
 * and no issue; a zone BIND rejects must give an issue at every line BIND names.
 * `$INCLUDE` paths resolve against the zone file's directory on both sides.
 */

const GENERATED_ZONES = Number(process.env.ZONES ?? 60);
const SEED = Number(process.env.ZONE_SEED ?? 20261128);

/** Reads $INCLUDE targets from a directory, named relative to it (as BIND prints them). */
function directoryIncluder(root: string) {
  return (path: string, fromFile: string): IncludeResult | { error: string } => {
    const file = normalize(join(dirname(fromFile), path));
    try {
      return { file, text: readFileSync(join(root, file), "utf8") };
    } catch {
      return { error: "file not found" };
    }
  };
}

function ours(root: string, file: string, origin: string): MasterFileResult {
  return parseMasterFile(readFileSync(join(root, file), "utf8"), {
    file,
    origin,
    include: directoryIncluder(root),
  });
}

/** The whole comparison, with the zone text in the failure message for a quick reproduction. */
function expectSameReading(root: string, file: string, origin: string): void {
  const bind = runNamedCheckzone(origin, file, root);
  const result = ours(root, file, origin);
  const context = `${join(root, file)}:\n${readFileSync(join(root, file), "utf8")}`;
  if (bind.loaded) {
    expect(result.issues, context).toEqual([]);
    expect(canonicalRecords(result), context).toEqual(bind.records);
  } else {
    expect(bind.errors, `BIND rejected the zone without naming a line: ${context}`).not.toEqual([]);
    expect(uncoveredErrors(bind, result), context).toEqual([]);
  }
}

const skipReason =
  "named-checkzone is not on PATH: the differential test against BIND is skipped (install bind9-utils)";
if (!NAMED_CHECKZONE) console.warn(skipReason);

describe.skipIf(!NAMED_CHECKZONE)("master files read as BIND's named-checkzone reads them", () => {
  it.each([
    ["rfc1035-features.zone", "example.com", FIXTURES],
    ["real-world-export.zone", "example.org", FIXTURES],
    ["errors.zone", "example.com", FIXTURES],
    ["main.zone", "example.com", join(FIXTURES, "include")],
    ["nasty.zone", "example.com", FIXTURES],
    ["nasty-errors.zone", "example.com", FIXTURES],
  ])("fixture %s (origin %s)", (file, origin, root) => {
    expectSameReading(root, file, origin);
  });

  const work = mkdtempSync(join(tmpdir(), "zone-differential-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(Array.from({ length: GENERATED_ZONES }, (_, i) => SEED + i))(
    "generated zone with seed %i",
    (seed) => {
      const dir = join(work, String(seed));
      mkdirSync(dir);
      for (const [name, text] of Object.entries(generateZone(seed).files)) {
        writeFileSync(join(dir, name), text);
      }
      expectSameReading(dir, "main.zone", "example.com");
    },
  );
});
