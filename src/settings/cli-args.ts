import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { RULES } from "../rules/index.js";
import { defaultSettings, withImpliedLive } from "./defaults.js";
import { type ReadText, resolveSources, type SourceNames } from "./domains.js";
import { parseShard } from "./shard.js";
import { type LiveSettings, type Settings, UsageError } from "./types.js";
import {
  FAIL_ON_VALUES,
  NUMERIC_LIVE_SETTINGS,
  OUTPUT_FORMATS,
  type Parsed,
  parseChoice,
  parseNumericSetting,
  parseResolver,
  ZONE_FORMATS,
} from "./values.js";

export type CliCommand =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "lint"; settings: Settings };

/** The usage text (interface.md "Command line"; keep the two in sync). */
export const HELP_TEXT = `mta-sts-lint [options]

Sources (either a config file, or one domain given by flags):
  -c, --config <file>        configuration file (default: .mta-sts-lint.yml if it exists)
  -d, --domain <name>        the policy domain (single-domain mode)
  -p, --policy <file>        that domain's policy file (the body served at
                             https://mta-sts.<domain>/.well-known/mta-sts.txt)
  -z, --zone <file>          that domain's intended DNS zone
      --zone-format <fmt>    auto | bind | octodns | dnscontrol   (default auto)

Checks:
      --base <git-rev>       also compare against this revision (change-* rules)
      --live                 also check live DNS and the HTTPS policy host
      --smtp                 also probe every MX host with STARTTLS (implies --live)
      --resolver <ip[:port]> DNS server for live checks; repeatable (default: system)
      --timeout <seconds>    deadline for one live probe (default 10)
      --allow-private-addresses
                             let live checks connect to loopback, private and
                             reserved addresses (refused by default)
      --concurrency <n>      domains probed at once (default 8)
      --cert-expiry-days <n> warn when a certificate expires sooner (default 14)
      --shard <i>/<n>        lint only the i-th of n deterministic slices of the
                             configured domains (for matrix jobs)

Output:
  -f, --format <fmt>         text | json | sarif | github   (default text)
  -o, --output <file>        write the report there instead of stdout
      --fail-on <level>      error | warning | notice | never   (default error)
  -h, --help, -V, --version
`;

const OPTIONS = {
  config: { type: "string", short: "c" },
  domain: { type: "string", short: "d" },
  policy: { type: "string", short: "p" },
  zone: { type: "string", short: "z" },
  "zone-format": { type: "string" },
  base: { type: "string" },
  live: { type: "boolean" },
  smtp: { type: "boolean" },
  resolver: { type: "string", multiple: true },
  timeout: { type: "string" },
  "allow-private-addresses": { type: "boolean" },
  concurrency: { type: "string" },
  "cert-expiry-days": { type: "string" },
  shard: { type: "string" },
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  "fail-on": { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
} as const;

const FLAG_NAMES: SourceNames = {
  config: "--config",
  domain: "--domain",
  policy: "--policy",
  zone: "--zone",
};

/** The first quoted option name of a node:util parseArgs error, for a one-line reason. */
function usageReason(err: unknown): string {
  const code = typeof err === "object" && err !== null && "code" in err ? String(err.code) : "";
  const message = err instanceof Error ? err.message : String(err);
  const quoted = /'([^']+)'/.exec(message)?.[1];
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${quoted ?? message} (see --help)`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument ${quoted ?? message}: every value belongs to an option (see --help)`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      const option = /^Option '([^']+)'/.exec(message)?.[1] ?? quoted;
      return option?.includes("<value>") || /argument missing/.test(message)
        ? `option ${option?.replace(/ <value>$/, "")} needs a value`
        : `option ${option ?? ""} does not take a value`;
    }
    default:
      return message.split("\n")[0];
  }
}

function value<T>(flag: string, parsed: Parsed<T>): T {
  if (parsed.ok) return parsed.value;
  throw new UsageError(`--${flag}: ${parsed.reason}`);
}

function wantsHelp(argv: string[], short: string, long: string): boolean {
  const end = argv.indexOf("--");
  const options = end < 0 ? argv : argv.slice(0, end);
  return options.includes(short) || options.includes(long);
}

/**
 * Parses the command line (interface.md "Command line") into settings. Flags override the
 * configuration file (fail-on, format, live settings). Throws `UsageError` with a one-line
 * reason for anything that stops the run; `readText` reads the config and zone files.
 */
export function parseCliArgs(
  argv: string[],
  cwd: string,
  readText: ReadText,
  knownRuleIds: Iterable<string> = RULES.map((r) => r.meta.id),
): CliCommand {
  let values: Values;
  try {
    values = parse(argv).values;
  } catch (err) {
    // `--help` still helps when another flag is wrong.
    if (wantsHelp(argv, "-h", "--help")) return { kind: "help" };
    throw new UsageError(usageReason(err));
  }
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };

  // Every flag value is checked before any file is read: a typo fails fast and alone.
  const zoneFormat =
    values["zone-format"] === undefined
      ? undefined
      : value("zone-format", parseChoice(values["zone-format"], ZONE_FORMATS));
  const overrides: Partial<Settings> = {};
  if (values["fail-on"] !== undefined) {
    overrides.failOn = value("fail-on", parseChoice(values["fail-on"], FAIL_ON_VALUES));
  }
  if (values.format !== undefined) {
    overrides.format = value("format", parseChoice(values.format, OUTPUT_FORMATS));
  }
  if (values.output !== undefined) overrides.output = resolve(cwd, values.output);
  if (values.base !== undefined) overrides.base = values.base;
  if (values.shard !== undefined) overrides.shard = value("shard", parseShard(values.shard));
  const liveOverrides = liveFlags(values);

  const sources = resolveSources(
    {
      config: values.config,
      domain: values.domain,
      policy: values.policy,
      zone: values.zone,
      zoneFormat,
    },
    cwd,
    readText,
    FLAG_NAMES,
    knownRuleIds,
  );
  const settings: Settings = { ...defaultSettings(cwd), ...sources.fromConfig, ...overrides };
  settings.domains = sources.domains;
  settings.configIssues = sources.issues;
  settings.live = withImpliedLive({ ...settings.live, ...liveOverrides });
  return { kind: "lint", settings };
}

type Values = ReturnType<typeof parse>["values"];

/** The live settings the flags set; a flag that is absent leaves the configuration's value. */
function liveFlags(values: Values): Partial<LiveSettings> {
  const live: Partial<LiveSettings> = {};
  if (values.live) live.enabled = true;
  if (values.smtp) live.smtp = true;
  if (values["allow-private-addresses"]) live.allowPrivateAddresses = true;
  if (values.resolver) {
    live.resolvers = values.resolver.map((r) => value("resolver", parseResolver(r)));
  }
  for (const setting of NUMERIC_LIVE_SETTINGS) {
    const text = values[setting.flag];
    if (text !== undefined)
      live[setting.key] = value(setting.flag, parseNumericSetting(setting, text));
  }
  return live;
}

function parse(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false });
}
