/**
 * The zone parser alone, as the CLI runs it (file read and decoded, lean model for one domain),
 * without the rest of the pipeline: `node parse-zone.js <file> <domain>`. Prints what was read.
 * The bench bundles it with ncc next to the CLI's bundle, so both run the same compiled code.
 */
import { ZoneInterest } from "../src/model/zone-interest.js";
import { parseMasterFile } from "../src/parse/zone/master.js";
import { readSourceFile } from "../src/sources/files.js";

const [file, domain] = process.argv.slice(2);
if (!file || !domain) {
  console.error("usage: parse-zone <zone file> <domain>");
  process.exit(2);
}
const read = readSourceFile(process.cwd(), file, Number.MAX_SAFE_INTEGER);
if (!read.ok) {
  console.error(`${read.problem.file}: ${read.problem.reason}`);
  process.exit(2);
}
const filter = process.env.FULL ? undefined : new ZoneInterest([domain]).filter();
const result = parseMasterFile(read.text, {
  file: read.file,
  origin: domain,
  ...(filter && { filter }),
});
let total = 0;
for (const n of result.counts.values()) total += n;
console.log(
  JSON.stringify({
    records: total,
    kept: result.records.length,
    issues: result.issues.length,
    memory: process.memoryUsage(),
  }),
);
