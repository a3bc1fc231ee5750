import { expect } from "vitest";
import type { JsonReport } from "../../src/report/json.js";
import { runCliProcess } from "./runner.js";

/** A valid enforce policy whose one mx pattern names the MX host of `cleanZone`. */
export const CLEAN_POLICY =
  "version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n";

/**
 * A zone that satisfies every zone check for `domain` with CLEAN_POLICY: SOA and NS, the MX
 * host the policy names, the `_mta-sts` record, the `mta-sts` host and a TLS-RPT record.
 */
export function cleanZone(domain: string): string {
  return [
    `$ORIGIN ${domain}.`,
    "$TTL 3600",
    "@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300",
    "@ IN NS ns1",
    "@ IN MX 10 mail.example.com.",
    '_mta-sts IN TXT "v=STSv1; id=20240101"',
    "mta-sts IN A 192.0.2.1",
    '_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls@example.com"',
    "",
  ].join("\n");
}

/** Runs the command line with `--format json`; the report is parsed when stdout has one. */
export function runJson(cwd: string, args: string[] = []) {
  const run = runCliProcess([...args, "--format", "json"], cwd);
  const report = run.stdout ? (JSON.parse(run.stdout) as JsonReport) : undefined;
  return { ...run, report };
}

/** A JSON run that must produce a report and say nothing on stderr. */
export function lintJson(cwd: string, args: string[] = []) {
  const run = runJson(cwd, args);
  expect(run.stderr).toBe("");
  expect(run.report).toBeDefined();
  return { status: run.status, report: run.report as JsonReport };
}
