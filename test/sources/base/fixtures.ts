import type { LintReport } from "../../../src/model/report.js";
import { runChecks } from "../../../src/run.js";
import { parseCliArgs } from "../../../src/settings/cli-args.js";
import { DEFAULT_MAX_ZONE_BYTES } from "../../../src/settings/types.js";
import { apiReader } from "../../../src/sources/base/github-api.js";
import type { BaseDeps } from "../../../src/sources/base/index.js";
import { readTextFile } from "../../../src/sources/files.js";
import { NOW, policyWithMaxAge, stsZone } from "../../helpers/change.js";

export const CONFIG = [
  "domains:",
  "  - domain: example.com",
  "    policy: mta-sts/example.com.txt",
  "    zone: zones/example.com.zone",
  "",
].join("\n");

export const POLICY_PATH = "mta-sts/example.com.txt";
export const ZONE_PATH = "zones/example.com.zone";

/** The files of a repository that publishes one enforce policy (max_age 14 days). */
export function published(opts: {
  id: string;
  policyMx: string[];
  zoneMx: string[];
  mode?: string;
}) {
  return {
    ".mta-sts-lint.yml": CONFIG,
    [POLICY_PATH]: policyWithMaxAge(opts.mode ?? "enforce", 1209600, ...opts.policyMx),
    [ZONE_PATH]: stsZone(opts.id, ...opts.zoneMx),
  };
}

/** Runs the whole pipeline as the command line does with `--base <rev>`. */
export async function checkAgainst(
  cwd: string,
  base: string,
  deps: BaseDeps = {},
  argv: string[] = [],
): Promise<LintReport> {
  const cmd = parseCliArgs(["--base", base, ...argv], cwd, (p, max) =>
    readTextFile(cwd, p, max ?? DEFAULT_MAX_ZONE_BYTES),
  );
  if (cmd.kind !== "lint") throw new Error(`unexpected ${cmd.kind}`);
  return runChecks(cmd.settings, { base: { now: () => NOW, openApi: apiReader, ...deps } });
}

/** `rule@line` of the change-* findings, in report order. */
export function changeFindings(report: LintReport): string[] {
  return report.findings
    .filter((f) => f.rule.startsWith("change-"))
    .map((f) => `${f.rule}@${f.location.file ?? ""}:${f.location.span?.line ?? ""}`);
}
