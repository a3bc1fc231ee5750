import type { Severity } from "../model/finding.js";
import type { ConfigIssue } from "../model/rule.js";

export type ZoneFormat = "auto" | "bind" | "octodns" | "dnscontrol";
export type OutputFormat = "text" | "json" | "sarif" | "github";
export type FailOn = Severity | "never";
export type RuleSetting = Severity | "off";
/** How the policy file is published: detected when not configured (`_config.yml`, front matter, `CNAME`). */
export type Hosting = "github-pages" | "none";

/** One policy domain to lint, as configured (paths relative to `cwd`). */
export interface DomainSettings {
  domain: string;
  policy?: string;
  zone?: string;
  zoneFormat: ZoneFormat;
  /** The static host that publishes the policy file; absent: detected from the site's files. */
  hosting?: Hosting;
}

export interface LiveSettings {
  enabled: boolean;
  smtp: boolean;
  resolvers: string[];
  /** Seconds for one live probe. */
  timeout: number;
  concurrency: number;
  certExpiryDays: number;
  allowPrivateAddresses: boolean;
}

/**
 * The one validated settings object both faces build (from `.mta-sts-lint.yml`, CLI flags or
 * action inputs). Nothing below `settings/` reads the environment or argv.
 */
export interface Settings {
  /** Directory paths are relative to (the repository root in the action). */
  cwd: string;
  /** The configuration file used, relative to cwd, if any. */
  configFile?: string;
  domains: DomainSettings[];
  rules: Record<string, RuleSetting>;
  failOn: FailOn;
  format: OutputFormat;
  /** Write the report here instead of stdout (CLI). */
  output?: string;
  /** Base revision for the change-* rules (not yet available: reported as such). */
  base?: string;
  live: LiveSettings;
  /** "i/n": lint only the i-th of n slices of the domains. */
  shard?: { index: number; count: number };
  /** Largest zone file read, in bytes (default 64 MiB). */
  maxZoneBytes: number;
  /** Problems found in the configuration that did not stop the run (`config-invalid`). */
  configIssues: ConfigIssue[];
}

export const DEFAULT_LIVE: LiveSettings = {
  enabled: false,
  smtp: false,
  resolvers: [],
  timeout: 10,
  concurrency: 8,
  certExpiryDays: 14,
  allowPrivateAddresses: false,
};

export const MAX_POLICY_BYTES = 1024 * 1024;
export const DEFAULT_MAX_ZONE_BYTES = 64 * 1024 * 1024;

/** A problem that stops the run: exit status 2 with this one-line reason. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
