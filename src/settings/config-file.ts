import { dirname, resolve } from "node:path";
import {
  type Alias,
  type Document,
  isAlias,
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
  type YAMLMap,
} from "yaml";
import type { Span } from "../model/position.js";
import type { ConfigIssue } from "../model/rule.js";
import { closestName } from "../model/text-similarity.js";
import { quoted } from "../model/wording.js";
import { displayPath, isInside } from "../sources/files.js";
import {
  DEFAULT_LIVE,
  type DomainSettings,
  type Hosting,
  type LiveSettings,
  type RuleSetting,
  type Settings,
  UsageError,
  type ZoneFormat,
} from "./types.js";
import {
  checkRange,
  FAIL_ON_VALUES,
  HOSTINGS,
  NUMERIC_LIVE_SETTINGS,
  type Parsed,
  parseChoice,
  parseDomainName,
  parseResolver,
  RULE_SETTINGS,
  ZONE_FORMATS,
} from "./values.js";

export interface LoadedConfig {
  settings: Partial<Settings>;
  issues: ConfigIssue[];
}

/**
 * The most aliases one alias may stand for once expanded (the aliases inside the node it
 * names, theirs, and so on). A real file nests a handful at most; a "billion laughs" document
 * nests them exponentially and is refused in milliseconds. Aliases that name a node without
 * aliases in it (`policy: *shared` in every entry) are not limited: the reader follows each
 * alias one step to the node it names and never copies the expansion.
 */
export const MAX_ALIAS_COUNT = 50;

/** Largest configuration file read (far more than 10 000 domain entries). */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

/** The YAML 1.1 merge key: not part of YAML 1.2, which this reader follows. */
const MERGE_KEY = "<<";

const TOP_KEYS = ["domains", "live", "rules", "failOn", "hosting"] as const;
const DOMAIN_KEYS = ["domain", "policy", "zone", "zoneFormat", "hosting"] as const;
const LIVE_KEYS = [
  "enabled",
  "smtp",
  "resolvers",
  "timeout",
  "concurrency",
  "certExpiryDays",
  "allowPrivateAddresses",
] as const;

/**
 * How many slips an unknown rule ID may hold and still get a "did you mean": rule IDs are long
 * hyphenated words (`mx-not-coverd`), so two edits still point at one rule.
 */
const RULE_ID_TYPO_DISTANCE = 2;

function typeName(node: Node | null | undefined): string {
  if (!node || (isScalar(node) && node.value === null)) return "nothing";
  if (isMap(node)) return "a mapping";
  if (isSeq(node)) return "a list";
  if (isScalar(node)) {
    const v = node.value;
    return typeof v === "string"
      ? quoted(v)
      : typeof v === "boolean"
        ? `${v}`
        : `the ${typeof v} ${v}`;
  }
  return "an unsupported value";
}

/** Reads one YAML document into validated settings, keeping every problem with its position. */
class ConfigReader {
  readonly issues: ConfigIssue[] = [];
  private readonly lines = new LineCounter();
  private doc!: Document.Parsed;
  /** The node each alias names, found once for the whole document. */
  private readonly aliasTargets = new Map<Alias, Node>();

  constructor(
    private readonly file: string,
    private readonly cwd: string,
    private readonly knownRules: ReadonlySet<string> | undefined,
  ) {}

  read(text: string): Partial<Settings> {
    this.parse(text);
    this.resolveAliases();

    const root = this.deref(this.doc.contents);
    if (!root || (isScalar(root) && root.value === null)) {
      throw new UsageError(`${this.file}: the configuration is empty; it needs a "domains" list`);
    }
    if (!isMap(root)) {
      throw new UsageError(
        `${this.file}: the configuration must be a mapping with a "domains" list, not ${typeName(root)}`,
      );
    }
    const top = this.entries(root, TOP_KEYS, "");
    const settings: Partial<Settings> = { configFile: this.file };
    settings.live = this.live(top.get("live"));
    if (top.has("rules")) settings.rules = this.rules(top.get("rules")!);
    const failOn = top.get("failOn");
    if (failOn) {
      const v = this.choice(failOn, "failOn", FAIL_ON_VALUES);
      if (v) settings.failOn = v;
    }
    const hosting = top.get("hosting");
    // The top-level value is the default of every entry that does not set its own.
    const defaultHosting = hosting ? this.choice<Hosting>(hosting, "hosting", HOSTINGS) : undefined;
    settings.domains = this.domains(top.get("domains"), settings.live, defaultHosting);
    return settings;
  }

  // --- YAML ---------------------------------------------------------------------------------

  private parse(text: string): void {
    try {
      this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: false });
    } catch (err) {
      throw new UsageError(`${this.file}: invalid YAML: ${yamlReason(err)}`);
    }
    const error = this.doc.errors[0];
    if (error) {
      const at = error.linePos?.[0];
      const where = at ? `${this.file}:${at.line}:${at.col}` : this.file;
      const what = yamlReason(error).replace(/ at line \d+, column \d+:?$/, "");
      throw new UsageError(`${where}: invalid YAML: ${what}`);
    }
  }

  /**
   * Finds the node each alias names (the last anchor of that name before it, as YAML says)
   * in one pass, and refuses a document whose aliases expand exponentially.
   */
  private resolveAliases(): void {
    const anchors = new Map<string, Node>();
    try {
      visit(this.doc, {
        Node: (_key, node) => {
          if (isAlias(node)) {
            const target = anchors.get(node.source);
            if (target) this.aliasTargets.set(node, target);
          } else if (node.anchor) {
            anchors.set(node.anchor, node);
          }
        },
      });
      const expansions = new Map<Node, number>();
      for (const target of this.aliasTargets.values()) {
        if (this.aliasesWithin(target, expansions) > MAX_ALIAS_COUNT) {
          throw new UsageError(
            `${this.file}: too many YAML aliases (one alias expands to more than ${MAX_ALIAS_COUNT} others); refusing to expand the document`,
          );
        }
      }
    } catch (err) {
      if (err instanceof UsageError) throw err;
      throw new UsageError(`${this.file}: invalid YAML: ${yamlReason(err)}`);
    }
  }

  /**
   * How many aliases a node stands for once every alias in it is expanded (memoised per
   * node; an alias back into a node being counted, a recursive document, counts once).
   */
  private aliasesWithin(node: unknown, memo: Map<Node, number>): number {
    if (isAlias(node)) {
      const target = this.aliasTargets.get(node);
      return 1 + (target ? this.aliasesWithin(target, memo) : 0);
    }
    if (!isNode(node) && !isPair(node)) return 0;
    if (isNode(node)) {
      const known = memo.get(node);
      if (known !== undefined) return known;
      memo.set(node, 0);
    }
    let count = 0;
    if (isPair(node)) {
      count = this.aliasesWithin(node.key, memo) + this.aliasesWithin(node.value, memo);
    } else if (isCollection(node)) {
      for (const item of node.items) {
        count += this.aliasesWithin(item, memo);
        // Stop early: the document is refused anyway, and the count may be astronomical.
        if (count > MAX_ALIAS_COUNT) break;
      }
    }
    if (isNode(node)) memo.set(node, count);
    return count;
  }

  // --- positions and issues -------------------------------------------------------------

  private spanOf(node: Node | null | undefined): Span | undefined {
    const range = node?.range;
    if (!range) return undefined;
    const a = this.lines.linePos(range[0]);
    const b = this.lines.linePos(Math.max(range[0], range[1]));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  }

  private issue(at: Node | null | undefined, message: string, domain?: string): void {
    const span = this.spanOf(at);
    const issue: ConfigIssue = {
      message,
      location: span ? { file: this.file, span } : { file: this.file },
    };
    if (domain !== undefined) issue.domain = domain;
    this.issues.push(issue);
  }

  // --- structure --------------------------------------------------------------------------

  /** The node an alias names (one step: never a copy of the expansion), or the node itself. */
  private deref(node: unknown): Node | null {
    if (isAlias(node)) return this.aliasTargets.get(node) ?? null;
    return (node as Node | null) ?? null;
  }

  /**
   * The pairs of a mapping by key, with every unknown, non-string or repeated key reported
   * (the first of repeated keys is used, as most YAML readers that accept them do).
   * Issues point at the key (rules.md: the key's line and column).
   */
  private entries(
    map: YAMLMap,
    known: readonly string[],
    path: string,
    domain?: string,
  ): Map<string, Entry> {
    const out = new Map<string, Entry>();
    for (const pair of map.items) {
      const keyNode = this.deref(pair.key);
      const key = isScalar(keyNode) ? keyNode.value : undefined;
      const where = keyNode ?? this.deref(pair.value);
      if (typeof key !== "string") {
        this.issue(where, `${path || "the configuration"} has a key that is not a name`, domain);
        continue;
      }
      const full = path ? `${path}.${key}` : key;
      if (key === MERGE_KEY) {
        this.issue(
          keyNode,
          `${path || "the configuration"} uses a YAML merge key (<<), which this reader does not expand (YAML 1.2 has none); write the keys out, or share single values with an anchor and alias (policy: *shared)`,
          domain,
        );
        continue;
      }
      if (!known.includes(key)) {
        // Keys get a hint only when they differ in case, "-" or "_" (`fail_on`, `zone_format`).
        const hint = closestName(key, known);
        this.issue(
          keyNode,
          `unknown key ${quoted(full)}${hint ? `: did you mean "${hint}"?` : `; known keys here: ${known.join(", ")}`}`,
          domain,
        );
        continue;
      }
      if (out.has(key)) {
        this.issue(keyNode, `key ${quoted(full)} is repeated; only the first one is used`, domain);
        continue;
      }
      out.set(key, { key: keyNode!, value: this.deref(pair.value) });
    }
    return out;
  }

  // --- typed values -------------------------------------------------------------------------

  private scalarOf(entry: Entry, full: string, expected: string, domain?: string): unknown {
    const { key, value } = entry;
    if (isScalar(value) && value.value !== null) return value.value;
    this.issue(key, `${quoted(full)} must be ${expected}, not ${typeName(value)}`, domain);
    return undefined;
  }

  private string(
    entry: Entry,
    full: string,
    expected: string,
    domain?: string,
  ): string | undefined {
    const v = this.scalarOf(entry, full, expected, domain);
    if (v === undefined) return undefined;
    if (typeof v === "string" && v.trim() !== "") return v;
    this.issue(
      entry.key,
      `${quoted(full)} must be ${expected}, not ${typeName(entry.value)}`,
      domain,
    );
    return undefined;
  }

  private choice<T extends string>(
    entry: Entry,
    full: string,
    allowed: readonly T[],
    domain?: string,
  ): T | undefined {
    const v = this.string(entry, full, `one of ${allowed.join(" | ")}`, domain);
    if (v === undefined) return undefined;
    return this.accept(entry, full, parseChoice(v, allowed), domain);
  }

  private accept<T>(entry: Entry, full: string, parsed: Parsed<T>, domain?: string): T | undefined {
    if (parsed.ok) return parsed.value;
    this.issue(entry.key, `${quoted(full)}: ${parsed.reason}`, domain);
    return undefined;
  }

  private boolean(entry: Entry, full: string): boolean | undefined {
    const v = this.scalarOf(entry, full, "true or false");
    if (v === undefined || typeof v === "boolean") return v;
    this.issue(entry.key, `${quoted(full)} must be true or false, not ${typeName(entry.value)}`);
    return undefined;
  }

  private number(
    entry: Entry,
    full: string,
    min: number,
    max: number,
    integer: boolean,
  ): number | undefined {
    const kind = integer ? "a whole number" : "a number";
    const v = this.scalarOf(entry, full, kind);
    if (v === undefined) return undefined;
    if (typeof v !== "number" || (integer && !Number.isInteger(v))) {
      this.issue(entry.key, `${quoted(full)} must be ${kind}, not ${typeName(entry.value)}`);
      return undefined;
    }
    if (!integer && v <= 0)
      return this.accept(entry, full, { ok: false, reason: "must be more than 0" });
    return this.accept(entry, full, checkRange(v, min, max));
  }

  /** A file path from the configuration: kept inside the repository, made relative to cwd. */
  private path(entry: Entry, full: string, domain: string): string | undefined {
    const v = this.string(entry, full, "a file path", domain);
    if (v === undefined) return undefined;
    // Relative to the configuration file's directory (as tsconfig and ESLint do), so a config
    // in a subfolder works from the repository root; reported relative to the working directory.
    const absolute = resolve(this.cwd, dirname(this.file), v);
    if (!isInside(this.cwd, absolute)) {
      this.issue(
        entry.key,
        `${quoted(full)}: ${v} is outside the repository (the working directory); paths in the configuration must stay inside it`,
        domain,
      );
      return undefined;
    }
    return displayPath(this.cwd, absolute);
  }

  // --- sections -------------------------------------------------------------------------------

  private live(entry: Entry | undefined): LiveSettings {
    const live: LiveSettings = { ...DEFAULT_LIVE, resolvers: [] };
    if (!entry || (isScalar(entry.value) && entry.value.value === null)) return live;
    if (!isMap(entry.value)) {
      this.issue(
        entry.key,
        `"live" must be a mapping (e.g. enabled: true), not ${typeName(entry.value)}`,
      );
      return live;
    }
    const keys = this.entries(entry.value, LIVE_KEYS, "live");
    for (const name of ["enabled", "smtp", "allowPrivateAddresses"] as const) {
      const e = keys.get(name);
      const v = e && this.boolean(e, `live.${name}`);
      if (v !== undefined) live[name] = v;
    }
    for (const { key, min, max, integer } of NUMERIC_LIVE_SETTINGS) {
      const e = keys.get(key);
      const v = e && this.number(e, `live.${key}`, min, max, integer);
      if (v !== undefined) live[key] = v;
    }
    const resolvers = keys.get("resolvers");
    if (resolvers) live.resolvers = this.resolvers(resolvers);
    return live;
  }

  private resolvers(entry: Entry): string[] {
    const list = entry.value;
    if (isScalar(list) && list.value === null) return [];
    if (!isSeq(list)) {
      this.issue(
        entry.key,
        `"live.resolvers" must be a list of IP addresses, not ${typeName(list)}`,
      );
      return [];
    }
    const out: string[] = [];
    list.items.forEach((item, i) => {
      const full = `live.resolvers[${i}]`;
      const node = this.deref(item);
      const v = this.string({ key: node ?? entry.key, value: node }, full, "an IP address");
      const parsed =
        v === undefined
          ? undefined
          : this.accept({ key: node!, value: node }, full, parseResolver(v));
      if (parsed !== undefined) out.push(parsed);
    });
    return out;
  }

  private rules(entry: Entry): Record<string, RuleSetting> {
    const out: Record<string, RuleSetting> = {};
    const map = entry.value;
    if (isScalar(map) && map.value === null) return out;
    if (!isMap(map)) {
      this.issue(
        entry.key,
        `"rules" must be a mapping of rule IDs to off | notice | warning | error, not ${typeName(map)}`,
      );
      return out;
    }
    for (const pair of map.items) {
      const keyNode = this.deref(pair.key);
      const id = isScalar(keyNode) ? keyNode.value : undefined;
      if (typeof id !== "string") {
        this.issue(keyNode, `"rules" has a key that is not a rule ID`);
        continue;
      }
      if (this.knownRules && !this.knownRules.has(id)) {
        const hint = closestName(id, this.knownRules, RULE_ID_TYPO_DISTANCE);
        this.issue(
          keyNode,
          `unknown rule ID ${quoted(id)} in "rules"${hint ? `: did you mean "${hint}"?` : ""}`,
        );
        continue;
      }
      if (id in out) {
        this.issue(
          keyNode,
          `rule ${quoted(id)} is set twice in "rules"; only the first setting is used`,
        );
        continue;
      }
      const value = this.deref(pair.value);
      const full = `rules.${id}`;
      if (isScalar(value) && value.value === false) {
        this.issue(
          keyNode,
          `${quoted(full)}: false is not a setting; write off to disable the rule`,
        );
        continue;
      }
      const setting = this.choice({ key: keyNode!, value }, full, RULE_SETTINGS);
      if (setting) out[id] = setting;
    }
    return out;
  }

  private domains(
    entry: Entry | undefined,
    live: LiveSettings,
    defaultHosting: Hosting | undefined,
  ): DomainSettings[] {
    if (!entry) throw new UsageError(`${this.file}: no "domains" list: nothing to lint`);
    const list = entry.value;
    if (!isSeq(list)) {
      const at = this.spanOf(entry.key);
      throw new UsageError(
        `${this.file}${at ? `:${at.line}:${at.column}` : ""}: "domains" must be a list of domain entries, not ${typeName(list)}`,
      );
    }
    if (list.items.length === 0)
      throw new UsageError(`${this.file}: the "domains" list is empty: nothing to lint`);
    const out: DomainSettings[] = [];
    const seen = new Set<string>();
    const issuesBefore = this.issues.length;
    list.items.forEach((item, i) => {
      const d = this.domainEntry(this.deref(item), `domains[${i}]`, live, defaultHosting);
      if (!d) return;
      if (seen.has(d.settings.domain)) {
        this.issue(
          d.at,
          `domain ${d.settings.domain} is listed twice in "domains"; only the first entry is linted`,
          d.settings.domain,
        );
        return;
      }
      seen.add(d.settings.domain);
      out.push(d.settings);
    });
    if (out.length === 0) {
      // Every entry was unusable: nothing can be linted (rules.md "Exit 2 vs findings").
      const first = this.issues[issuesBefore];
      const span = first?.location.span;
      const where = span ? `${this.file}:${span.line}:${span.column}` : this.file;
      throw new UsageError(
        `${where}: no usable entry in "domains", nothing to lint${first ? `: ${first.message}` : ""}`,
      );
    }
    return out;
  }

  private domainEntry(
    node: Node | null,
    path: string,
    live: LiveSettings,
    defaultHosting: Hosting | undefined,
  ): { settings: DomainSettings; at: Node } | undefined {
    if (!isMap(node)) {
      this.issue(
        node,
        `${path} must be a mapping with domain, policy and zone, not ${typeName(node)}`,
      );
      return undefined;
    }
    // The domain first: every other problem of the entry is reported under its name.
    const nameEntry = node.items
      .map((p) => ({ key: this.deref(p.key), value: this.deref(p.value) }))
      .find((p) => isScalar(p.key) && p.key.value === "domain");
    if (!nameEntry) {
      this.issue(
        node,
        `${path} has no "domain" key: the entry is not linted (add domain: example.com)`,
      );
      return undefined;
    }
    const rawName = this.string(nameEntry as Entry, `${path}.domain`, "a domain name");
    const parsedName =
      rawName === undefined
        ? undefined
        : this.accept(nameEntry as Entry, `${path}.domain`, parseDomainName(rawName));
    if (parsedName === undefined) return undefined;

    const keys = this.entries(node, DOMAIN_KEYS, path, parsedName);
    const settings: DomainSettings = { domain: parsedName, zoneFormat: "auto" };
    const policy = keys.get("policy");
    if (policy) settings.policy = this.path(policy, `${path}.policy`, parsedName);
    const zone = keys.get("zone");
    if (zone) settings.zone = this.path(zone, `${path}.zone`, parsedName);
    const format = keys.get("zoneFormat");
    if (format) {
      settings.zoneFormat =
        this.choice<ZoneFormat>(format, `${path}.zoneFormat`, ZONE_FORMATS, parsedName) ?? "auto";
    }
    const hosting = keys.get("hosting");
    const chosenHosting = hosting
      ? this.choice<Hosting>(hosting, `${path}.hosting`, HOSTINGS, parsedName)
      : defaultHosting;
    if (chosenHosting) settings.hosting = chosenHosting;
    if (settings.policy === undefined) delete settings.policy;
    if (settings.zone === undefined) delete settings.zone;
    if (!policy && !zone && !live.enabled) {
      this.issue(
        nameEntry.key,
        `${path} (${parsedName}) names neither "policy" nor "zone": there is nothing to lint for it (add policy: and/or zone:)`,
        parsedName,
      );
    }
    return { settings, at: nameEntry.key ?? node };
  }
}

interface Entry {
  key: Node;
  value: Node | null;
}

/** A YAML parser message as one line (the parser adds a source excerpt on further lines). */
function yamlReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const first = message.split("\n")[0];
  // The parser's own recursion gives up on absurd nesting; say so in the user's terms.
  return /call stack/i.test(first) ? "the document is nested too deeply" : first;
}

/**
 * Reads `.mta-sts-lint.yml` (interface.md "Configuration file"). Problems that leave something
 * to lint are `ConfigIssue`s (rules.md "Partly usable config entries"); a file that cannot be
 * parsed, is not a mapping or lists no domains throws `UsageError` (exit 2).
 *
 * `file` is the path shown in findings; paths inside are relative to `cwd` (the repository
 * root), like every path the linter reports. `knownRuleIds` enables the unknown-rule check.
 */
export function loadConfig(
  text: string,
  file: string,
  cwd: string,
  knownRuleIds?: Iterable<string>,
): LoadedConfig {
  const reader = new ConfigReader(file, cwd, knownRuleIds ? new Set(knownRuleIds) : undefined);
  const settings = reader.read(text);
  // In file order, whatever order the sections were validated in.
  const line = (i: ConfigIssue) => i.location.span?.line ?? 0;
  const issues = [...reader.issues].sort((a, b) => line(a) - line(b));
  return { settings, issues };
}
