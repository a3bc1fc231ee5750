import type { ConfigIssue } from "../model/rule.js";
import { RULES } from "../rules/index.js";
import { defaultSettings, withImpliedLive } from "./defaults.js";
import { type ReadText, resolveSources, type SourceNames } from "./domains.js";
import { parseShard } from "./shard.js";
import { type LiveSettings, type Settings, UsageError } from "./types.js";
import {
  FAIL_ON_VALUES,
  NUMERIC_LIVE_SETTINGS,
  type Parsed,
  parseBoolean,
  parseChoice,
  parseNumericSetting,
  parseResolver,
  splitList,
  ZONE_FORMATS,
} from "./values.js";

export interface ActionSettings {
  settings: Settings;
  /** Write SARIF there (relative to cwd), when asked for. */
  sarifFile?: string;
  annotations: boolean;
  summary: boolean;
}

/**
 * The defaults action.yml declares. GitHub passes a declared default exactly like a value the
 * workflow wrote, so an input equal to its default must not override the configuration file:
 * `failOn: warning` in `.mta-sts-lint.yml` would otherwise always lose to `fail-on: error`.
 * (A test keeps this table equal to action.yml.)
 */
export const ACTION_INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  "zone-format": "auto",
  live: "false",
  smtp: "false",
  timeout: "10",
  "allow-private-addresses": "false",
  concurrency: "8",
  "cert-expiry-days": "14",
  "fail-on": "error",
  annotations: "true",
  summary: "true",
};

const INPUT_NAMES: SourceNames = {
  config: "config",
  domain: "domain",
  policy: "policy-file",
  zone: "zone-file",
};

/**
 * Reads the action's inputs (interface.md "GitHub Action") into settings. A bad input value
 * that leaves something to lint is a `config-invalid` issue (the default is used); a problem
 * that leaves nothing to lint, or a bad `shard` (a matrix job would silently lint the wrong
 * slice), throws `UsageError`. `getInput` returns "" for an input that was not given.
 */
export function settingsFromInputs(
  getInput: (name: string) => string,
  cwd: string,
  readText: ReadText,
  knownRuleIds: Iterable<string> = RULES.map((r) => r.meta.id),
): ActionSettings {
  const issues: ConfigIssue[] = [];
  const raw = (name: string): string | undefined => {
    const v = getInput(name).trim();
    return v === "" ? undefined : v;
  };
  /** An input that was set to something else than its default. */
  const explicit = (name: string): string | undefined => {
    const v = raw(name);
    return v === undefined || v === ACTION_INPUT_DEFAULTS[name] ? undefined : v;
  };
  const checked = <T>(name: string, parsed: Parsed<T>): T | undefined => {
    if (parsed.ok) return parsed.value;
    const fallback = ACTION_INPUT_DEFAULTS[name];
    issues.push({
      message: `action input "${name}": ${parsed.reason}${fallback ? `; the default ${fallback} is used` : ""}`,
      location: {},
    });
    return undefined;
  };
  const bool = (name: string, text: string | undefined) =>
    text === undefined ? undefined : checked(name, parseBoolean(text));

  const shardText = raw("shard");
  let shard: Settings["shard"];
  if (shardText !== undefined) {
    const parsed = parseShard(shardText);
    if (!parsed.ok) throw new UsageError(`input shard: ${parsed.reason}`);
    shard = parsed.value;
  }

  const zoneFormatText = raw("zone-format");
  const zoneFormat =
    zoneFormatText === undefined
      ? undefined
      : checked("zone-format", parseChoice(zoneFormatText, ZONE_FORMATS));

  const sources = resolveSources(
    {
      config: raw("config"),
      domain: raw("domain"),
      policy: raw("policy-file"),
      zone: raw("zone-file"),
      zoneFormat,
    },
    cwd,
    readText,
    INPUT_NAMES,
    knownRuleIds,
  );
  const settings: Settings = { ...defaultSettings(cwd), ...sources.fromConfig };
  settings.domains = sources.domains;
  if (shard) settings.shard = shard;
  const base = raw("base-ref");
  if (base !== undefined) settings.base = base;

  const failOnText = explicit("fail-on");
  const failOn =
    failOnText === undefined
      ? undefined
      : checked("fail-on", parseChoice(failOnText, FAIL_ON_VALUES));
  if (failOn) settings.failOn = failOn;

  const live: LiveSettings = { ...settings.live };
  for (const [name, key] of [
    ["live", "enabled"],
    ["smtp", "smtp"],
    ["allow-private-addresses", "allowPrivateAddresses"],
  ] as const) {
    const v = bool(name, explicit(name));
    if (v !== undefined) live[key] = v;
  }
  const resolvers = raw("resolvers");
  if (resolvers !== undefined) {
    live.resolvers = splitList(resolvers).flatMap((r) => {
      const v = checked("resolvers", parseResolver(r));
      return v === undefined ? [] : [v];
    });
  }
  for (const setting of NUMERIC_LIVE_SETTINGS) {
    const text = explicit(setting.flag);
    if (text === undefined) continue;
    live[setting.key] =
      checked(setting.flag, parseNumericSetting(setting, text)) ?? live[setting.key];
  }
  settings.live = withImpliedLive(live);

  const annotations = bool("annotations", raw("annotations")) ?? true;
  const summary = bool("summary", raw("summary")) ?? true;
  settings.configIssues = [...sources.issues, ...issues];

  const result: ActionSettings = { settings, annotations, summary };
  const sarifFile = raw("sarif-file");
  if (sarifFile !== undefined) result.sarifFile = sarifFile;
  return result;
}
