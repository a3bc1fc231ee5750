import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { basename, dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IncludeResult } from "../../../src/parse/zone/master.js";
import {
  declaredOriginOf,
  domainFromZoneFileName,
  type MasterFileResult,
  parseMasterFile,
} from "../../../src/parse/zone/master.js";
import {
  type BindResult,
  canonicalRecords,
  inPool,
  NAMED_CHECKZONE,
  runNamedCheckzoneAsync,
  uncoveredErrors,
} from "./bind-oracle.js";
import { generateZone } from "./zone-generator.js";

/**
 * Differential test against BIND: every zone file of the fixtures and examples, and 200
 * generated zones (seeded: ZONE_SEED, ZONES), is read by `named-checkzone -D -o - <origin>
 * <file>` and by parseMasterFile. A zone BIND loads must give the same canonical records
 * (owner, TTL, class, type, and the RDATA of A, AAAA, MX, TXT/SPF, CNAME/NS/PTR/DNAME, SOA)
 * and no issue; a zone BIND rejects must give an issue at every line BIND names.
 * `$INCLUDE` paths resolve against the zone file's directory on both sides.
 */

const GENERATED_ZONES = Number(process.env.ZONES ?? 200);
const SEED = Number(process.env.ZONE_SEED ?? 20261128);
/** named-checkzone runs at a time (each is a short single-threaded process). */
const CONCURRENCY = Math.max(2, Math.min(8, availableParallelism() * 2));
const REPO = join(dirname(fileURLToPath(import.meta.url)), "../../..");

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

/** One zone to compare: its directory (where $INCLUDE paths resolve), file and origin. */
interface ZoneCase {
  root: string;
  file: string;
  origin: string;
}

/** The whole comparison, with the zone text in the failure message for a quick reproduction. */
function expectSameReading({ root, file, origin }: ZoneCase, bind: BindResult): void {
  const result = ours(root, file, origin);
  const context = `${join(root, file)}:\n${readFileSync(join(root, file), "utf8")}`;
  if (bind.loaded) {
    expect(result.issues, context).toEqual([]);
    expect(canonicalRecords(result), context).toEqual(bind.records);
  } else if (bind.errors.length === 0 && bind.contentErrors.length > 0) {
    // BIND read the file but refused the zone's content (a fixture that is a fragment, or
    // whose name servers are elsewhere): there is nothing wrong with how it is written.
    expect(result.issues, context).toEqual([]);
  } else {
    expect(bind.errors, `BIND rejected the zone without naming a line: ${context}`).not.toEqual([]);
    expect(uncoveredErrors(bind, result), context).toEqual([]);
  }
}

/**
 * Fixtures BIND cannot serve as a reference for: an $INCLUDE cycle, which BIND follows until
 * it runs out of file descriptors and then blames whichever line it was on (include.test.ts
 * checks that the linter names the $INCLUDE closing the loop).
 */
const NO_BIND_READING = new Set(["cycle-a.zone", "cycle-b.zone"]);

/** Every zone file of the project's fixtures and examples, with the origin it is loaded at. */
function fixtureZones(): ZoneCase[] {
  const dirs = ["test/fixtures", "examples"].map((d) => join(REPO, d));
  const files = dirs.flatMap((d) =>
    readdirSync(d, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".zone") && !NO_BIND_READING.has(basename(f)))
      .map((f) => join(d, f)),
  );
  return files.sort().map((path) => {
    const text = readFileSync(path, "utf8");
    const file = basename(path);
    const origin = declaredOriginOf(text, file) ?? domainFromZoneFileName(file) ?? "example.com";
    return { root: dirname(path), file, origin };
  });
}

const skipReason =
  "named-checkzone is not on PATH: the differential test against BIND is skipped (install bind9-utils)";
if (!NAMED_CHECKZONE) console.warn(skipReason);

describe.skipIf(!NAMED_CHECKZONE)("master files read as BIND's named-checkzone reads them", () => {
  const work = mkdtempSync(join(tmpdir(), "zone-differential-"));
  const fixtures = fixtureZones();
  const generated: ZoneCase[] = Array.from({ length: GENERATED_ZONES }, (_, i) => {
    const seed = SEED + i;
    const dir = join(work, String(seed));
    mkdirSync(dir);
    for (const [name, text] of Object.entries(generateZone(seed).files)) {
      writeFileSync(join(dir, name), text);
    }
    return { root: dir, file: "main.zone", origin: "example.com" };
  });
  const bind = new Map<ZoneCase, BindResult>();

  // BIND reads every zone first, concurrently; the comparisons then run one by one.
  beforeAll(async () => {
    const all = [...fixtures, ...generated];
    const results = await inPool(all, CONCURRENCY, (c) =>
      runNamedCheckzoneAsync(c.origin, c.file, c.root),
    );
    for (const [i, c] of all.entries()) bind.set(c, results[i]);
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("covers the fixtures, examples included", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });

  it.each(fixtures.map((c) => [relative(REPO, join(c.root, c.file)), c.origin, c] as const))(
    "fixture %s (origin %s)",
    (_, __, c) => {
      expectSameReading(c, bind.get(c) as BindResult);
    },
  );

  it.each(generated.map((c, i) => [SEED + i, c] as const))(
    "generated zone with seed %i",
    (_, c) => {
      expectSameReading(c, bind.get(c) as BindResult);
    },
  );
});
