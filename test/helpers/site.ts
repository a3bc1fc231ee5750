import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";
import type { Finding } from "../../src/model/finding.js";
import type { LintReport } from "../../src/model/report.js";
import { lint } from "../../src/run.js";
import { defaultSettings } from "../../src/settings/defaults.js";
import type { Hosting } from "../../src/settings/types.js";

/** A site's files by path ("CNAME", "_config.yml", ".well-known/mta-sts.txt"): text or bytes. */
export type SiteFiles = Record<string, string | Uint8Array>;

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Writes the files into a fresh temporary folder (removed after the test file). */
export function writeSite(files: SiteFiles): string {
  const dir = mkdtempSync(join(tmpdir(), "mta-sts-site-"));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export interface SiteLint {
  policy: string;
  domain?: string;
  hosting?: Hosting;
}

/** The offline lint of one policy-only domain in a site written from `files`. */
export function lintSiteReport(files: SiteFiles, opts: SiteLint): LintReport {
  const cwd = writeSite(files);
  const settings = defaultSettings(cwd);
  settings.domains = [
    {
      domain: opts.domain ?? "example.com",
      policy: opts.policy,
      zoneFormat: "auto",
      ...(opts.hosting ? { hosting: opts.hosting } : {}),
    },
  ];
  return lint(settings);
}

export function lintSite(files: SiteFiles, opts: SiteLint): Finding[] {
  return lintSiteReport(files, opts).findings;
}

/** "rule line" per finding, for compact assertions. */
export function ruleLines(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule} ${f.location.span?.line ?? "-"}`);
}
