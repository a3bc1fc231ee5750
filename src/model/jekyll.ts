import { isMap, isScalar, LineCounter, type Node, parseDocument } from "yaml";
import { LineIndex, type Span } from "./position.js";
import { WELL_KNOWN_PATH } from "./records.js";

/**
 * What Jekyll (the generator behind GitHub Pages) makes of one file of a site, computed from
 * the texts of the few files that decide it. Pure: the adapter in `sources/site.ts` reads them.
 *
 * The rules followed here are Jekyll's own (3.10 on GitHub Pages, 4.x locally; they agree on
 * everything below unless noted):
 * - a file whose first line is `---` is a page: the front matter up to the next `---` or `...`
 *   line is removed (with any blank lines right after it), Liquid is rendered, a layout wraps
 *   the result, and it is written at its permalink (with the file's extension appended when the
 *   permalink lacks it);
 * - any other file is copied byte for byte to the same path;
 * - a folder or file whose name starts with `.`, `_`, `#` or `~` (or ends with `~`) is never
 *   read, front matter or not, unless `_config.yml` lists it under `include:`;
 * - `.nojekyll` at the site root switches all of this off: GitHub Pages serves the files as
 *   they are, front matter included.
 */

/** The `include:` line that makes Jekyll publish the `.well-known` folder. */
export const INCLUDE_WELL_KNOWN = "include: [.well-known]";

/**
 * The `include:` line that adds `name` to what the site already includes: the line replaces
 * the existing one, so the existing entries are kept.
 */
export function includeLine(existing: readonly string[], name: string): string {
  const entries = [...existing.filter((e) => e !== name), name];
  const flow = (e: string) => (/^[\w./-]+$/.test(e) && !e.startsWith("-") ? e : JSON.stringify(e));
  return `include: [${entries.map(flow).join(", ")}]`;
}

/** Front matter that serves a file as the policy: no layout, at the well-known path. */
export const POLICY_FRONT_MATTER = `---\nlayout: null\npermalink: ${WELL_KNOWN_PATH}\n---`;

export interface SiteText {
  /** The path as reported (relative to the working directory). */
  file: string;
  text: string;
}

export interface SiteInput {
  /** The policy file as reported (relative to the working directory). */
  file: string;
  /** The decoded policy text (a BOM, if any, kept as U+FEFF). */
  text: string;
  /** The policy file's path inside the site, "/"-separated (".well-known/mta-sts.txt"). */
  pathInSite: string;
  /** What made the linter treat the site as GitHub Pages; absent when `hosting` says so. */
  detectedFrom?: string;
  /** The site root as reported ("" for the repository root). */
  root: string;
  config?: SiteText;
  cname?: SiteText;
  /** The `.nojekyll` file, when the site has one. */
  nojekyll?: string;
}

/** A front matter key as written: where to point a finding. */
export interface FrontMatterKey {
  keySpan: Span;
  valueSpan: Span;
}

export interface FrontMatter {
  /** From the opening `---` to the end of the closing line. */
  span: Span;
  /** The parsed mapping (empty when the YAML is invalid or not a mapping). */
  data: Record<string, unknown>;
  keys: Map<string, FrontMatterKey>;
  /** The YAML parser's message when Jekyll would warn and use no front matter values. */
  yamlError?: string;
  /** False when the opening `---` has no closing line: Jekyll then keeps the whole file as content. */
  closed: boolean;
}

/** Where a setting that decides the output came from. */
export interface Decided<T> {
  value: T;
  /** The front matter key, when it was set there. */
  at?: FrontMatterKey;
  from: "front matter" | "defaults";
}

export type NotPublished =
  /** A folder or file name Jekyll skips (a dot-folder such as `.well-known/`). */
  | { why: "skipped-name"; name: string; path: string }
  /** Listed under `exclude:` in `_config.yml`. */
  | { why: "excluded"; path: string; pattern: string }
  /** `published: false` in the front matter. */
  | { why: "unpublished"; at?: FrontMatterKey }
  /** `_config.yml` is not valid YAML: Jekyll stops and GitHub Pages' build fails. */
  | { why: "build-fails"; file: string; reason: string; span?: Span };

export interface JekyllView {
  input: SiteInput;
  /** True when `.nojekyll` makes GitHub Pages serve the files untouched. */
  nojekyll: boolean;
  /** Set when the file starts with front matter that Jekyll strips. */
  frontMatter?: FrontMatter;
  /** Set when the site will not write the file at all. */
  notPublished?: NotPublished;
  /** The path the file is written at in the site (when published). */
  outputPath?: string;
  permalink?: Decided<string>;
  /** The layout that wraps the body in HTML, when one applies. */
  layout?: Decided<string>;
  /** Liquid tags and outputs (`{{`, `{%`) in the body that Jekyll renders. */
  liquid: Span[];
  /** The body Jekyll emits before Liquid and layouts: the policy as senders would read it. */
  body: { text: string; firstLine: number; offset: number };
  /** The first host name of the site's CNAME file. */
  cname?: { file: string; host: string; span: Span };
  /** What `_config.yml` says about reading files (empty lists without one). */
  config: SiteConfig;
}

/** A layout value that means "no layout" (`null`, `none`, empty; `false` in old sites). */
function isNoLayout(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === false ||
    (typeof value === "string" && ["", "none", "null"].includes(value.trim().toLowerCase()))
  );
}

/** Jekyll::Utils.has_yaml_header?: the first line is `---` and optional whitespace. */
const HAS_YAML_HEADER = /^---[ \t\r\f\v]*\n/;

/** Ruby's \s (Jekyll's patterns are Ruby regular expressions). */
function isRubySpace(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\r" || c === "\n" || c === "\f" || c === "\v";
}

/**
 * Where Jekyll::Document::YAML_FRONT_MATTER_REGEXP,
 * `\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)` (multiline dot, Ruby line anchors), ends its
 * match: the first later line that starts with `---` or `...` followed by whitespace up to a
 * line end or the end of the text closes the front matter, and `\s*$\n?` also swallows the
 * blank lines after it, up to and including the last line end before the body. Computed by a
 * scan, not that pattern: its lazy part backtracks quadratically on a file of blank lines.
 * Returns the offsets of the closing line and of the body, or undefined when nothing closes.
 */
function closingLine(text: string): { start: number; bodyOffset: number } | undefined {
  let lineStart = text.indexOf("\n") + 1;
  while (lineStart > 0 && lineStart < text.length) {
    const marker = text.slice(lineStart, lineStart + 3);
    if (marker === "---" || marker === "...") {
      let end = lineStart + 3;
      let lastNewline = -1;
      while (end < text.length && isRubySpace(text[end])) {
        if (text[end] === "\n") lastNewline = end;
        end++;
      }
      if (end === text.length) return { start: lineStart, bodyOffset: end };
      if (lastNewline >= 0) return { start: lineStart, bodyOffset: lastNewline + 1 };
    }
    lineStart = text.indexOf("\n", lineStart) + 1;
  }
  return undefined;
}

/** Splits the front matter off a page; undefined when the file is not a page. */
export function splitFrontMatter(
  text: string,
): { frontMatter: FrontMatter; bodyOffset: number } | undefined {
  if (!HAS_YAML_HEADER.test(text)) return undefined;
  const index = new LineIndex(text);
  const closing = closingLine(text);
  if (!closing) {
    const firstLineEnd = text.indexOf("\n");
    return {
      frontMatter: {
        span: index.span(0, firstLineEnd),
        data: {},
        keys: new Map(),
        closed: false,
      },
      bodyOffset: 0,
    };
  }
  const closingEnd = closing.start + 3;
  const frontMatter: FrontMatter = {
    span: index.span(0, closingEnd),
    data: {},
    keys: new Map(),
    closed: true,
  };
  readYaml(text.slice(0, closing.start), frontMatter);
  return { frontMatter, bodyOffset: closing.bodyOffset };
}

function readYaml(yamlText: string, into: FrontMatter): void {
  const lines = new LineCounter();
  try {
    const doc = parseDocument(yamlText, { lineCounter: lines, uniqueKeys: false, version: "1.1" });
    if (doc.errors.length > 0) {
      into.yamlError = doc.errors[0].message.split("\n")[0];
      return;
    }
    const root = doc.contents;
    if (!isMap(root)) return;
    const spanOf = (node: Node | null | undefined): Span => {
      const [start, end] = node?.range ?? [0, 0];
      const a = lines.linePos(start);
      const b = lines.linePos(Math.max(start, end));
      return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
    };
    for (const pair of root.items) {
      if (!isScalar(pair.key)) continue;
      const name = String(pair.key.value);
      if (into.keys.has(name)) continue; // Ruby's YAML keeps the last; rare enough to ignore
      const value = pair.value as Node | null;
      into.keys.set(name, { keySpan: spanOf(pair.key), valueSpan: spanOf(value ?? pair.key) });
      into.data[name] = isScalar(value) ? value.value : value === null ? null : value.toJSON();
    }
  } catch (err) {
    into.yamlError = err instanceof Error ? err.message.split("\n")[0] : String(err);
  }
}

/** Jekyll's `special?` and `backup?` entry names, skipped unless included. */
function isSkippedName(name: string): boolean {
  return /^[._#~]/.test(name) || name.endsWith("~");
}

/** Ruby's File.fnmatch without flags: `*` and `?` match any character, `/` included. */
function fnmatch(pattern: string, text: string): boolean {
  const source = pattern
    .split("")
    .map((c) =>
      c === "*" ? "[\\s\\S]*" : c === "?" ? "[\\s\\S]" : c.replace(/[.+^${}()|[\]\\]/g, "\\$&"),
    )
    .join("");
  return new RegExp(`^${source}$`).test(text);
}

/**
 * Jekyll's EntryFilter#glob_include?: a pattern matches an entry when it globs it, is a prefix
 * of it, or names it as a folder with a trailing slash. Both are relative to the site root.
 */
function patternMatches(pattern: string, entry: string): boolean {
  const p = pattern.replace(/^\.?\/+/, "");
  if (p === "") return false;
  return fnmatch(p, entry) || entry.startsWith(p) || p === `${entry}/`;
}

function stringList(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === "string");
}

/** The parts of `_config.yml` that decide where and how the policy is written. */
export interface SiteConfig {
  include: string[];
  exclude: string[];
  defaults: { path: string; type?: string; values: Record<string, unknown> }[];
  /** The YAML parser's message, when `_config.yml` is invalid (GitHub Pages then fails the build). */
  error?: string;
  /** Where the parser stopped. */
  errorAt?: Span;
}

export function readSiteConfig(text: string | undefined): SiteConfig {
  const config: SiteConfig = { include: [], exclude: [], defaults: [] };
  if (text === undefined) return config;
  let data: unknown;
  try {
    const doc = parseDocument(text, { uniqueKeys: false, version: "1.1" });
    if (doc.errors.length > 0) {
      const [error] = doc.errors;
      config.error = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
      const at = error.linePos?.[0];
      if (at)
        config.errorAt = { line: at.line, column: at.col, endLine: at.line, endColumn: at.col };
      return config;
    }
    data = doc.toJSON();
  } catch (err) {
    config.error = err instanceof Error ? err.message.split("\n")[0] : String(err);
    return config;
  }
  if (typeof data !== "object" || data === null) return config;
  const record = data as Record<string, unknown>;
  config.include = stringList(record.include);
  config.exclude = stringList(record.exclude);
  if (Array.isArray(record.defaults)) {
    for (const entry of record.defaults) {
      if (typeof entry !== "object" || entry === null) continue;
      const { scope, values } = entry as { scope?: unknown; values?: unknown };
      if (typeof values !== "object" || values === null) continue;
      const s = (typeof scope === "object" && scope !== null ? scope : {}) as Record<
        string,
        unknown
      >;
      config.defaults.push({
        path: typeof s.path === "string" ? s.path : "",
        type: typeof s.type === "string" ? s.type : undefined,
        values: values as Record<string, unknown>,
      });
    }
  }
  return config;
}

/** Why the site will not read the file: the first skipped or excluded name on its path. */
function unreadEntry(pathInSite: string, config: SiteConfig): NotPublished | undefined {
  const names = pathInSite.split("/");
  for (let i = 0; i < names.length; i++) {
    const path = names.slice(0, i + 1).join("/");
    const name = names[i];
    // Jekyll's EntryFilter matches `include:` against the entry's own name (so a nested
    // "docs/.well-known" pattern never matches) and `exclude:` against its path in the site.
    if (config.include.some((p) => patternMatches(p, name))) continue;
    if (isSkippedName(name)) return { why: "skipped-name", name, path };
    const pattern = config.exclude.find(
      (p) => !config.include.includes(p) && patternMatches(p, path),
    );
    if (pattern !== undefined) return { why: "excluded", path, pattern };
  }
  return undefined;
}

/**
 * The value `key` gets from `defaults:` for a page at `pathInSite`: the last matching scope
 * that sets it (Jekyll ranks by scope specificity; real sites rarely have competing scopes).
 */
function defaultValue(config: SiteConfig, pathInSite: string, key: string): unknown {
  let found: unknown;
  for (const d of config.defaults) {
    if (d.type !== undefined && d.type !== "pages") continue;
    const scope = d.path.replace(/^\.?\/+/, "");
    const applies =
      scope === "" ||
      (scope.includes("*") ? fnmatch(scope, pathInSite) : pathInSite.startsWith(scope));
    if (applies && Object.hasOwn(d.values, key)) found = d.values[key];
  }
  return found;
}

/** A front matter value, else the defaults' value, with where it came from. */
function decide(
  frontMatter: FrontMatter | undefined,
  config: SiteConfig,
  pathInSite: string,
  key: string,
): { value: unknown; decided?: Omit<Decided<unknown>, "value"> } {
  if (frontMatter && Object.hasOwn(frontMatter.data, key)) {
    return {
      value: frontMatter.data[key],
      decided: { from: "front matter", at: frontMatter.keys.get(key) },
    };
  }
  const value = defaultValue(config, pathInSite, key);
  return value === undefined ? { value } : { value, decided: { from: "defaults" } };
}

function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot) : "";
}

/**
 * Where Jekyll writes a page (Page#url and Page#destination): the permalink with `:path`,
 * `:basename` and `:output_ext` filled in, `index` added to a folder permalink, and the
 * file's extension appended when the path does not already end with it.
 */
export function pageOutputPath(pathInSite: string, permalink: string | undefined): string {
  const ext = extensionOf(pathInSite);
  const slash = pathInSite.lastIndexOf("/");
  const dir = slash >= 0 ? pathInSite.slice(0, slash) : "";
  const basename = pathInSite.slice(slash + 1, pathInSite.length - ext.length);
  let url = (permalink ?? "/:path/:basename:output_ext")
    .replace(/:path/g, dir)
    .replace(/:basename/g, basename)
    .replace(/:output_ext/g, ext);
  url = `/${url}`.replace(/\/{2,}/g, "/");
  if (url.endsWith("/")) url += "index";
  if (ext !== "" && !url.endsWith(ext)) url += ext;
  return url;
}

/** Byte-level Liquid markers: Jekyll renders a page that contains either. */
function liquidSpans(text: string, offset: number, index: LineIndex): Span[] {
  const spans: Span[] = [];
  const re = /\{\{[\s\S]*?(?:\}\}|$)|\{%[\s\S]*?(?:%\}|$)/g;
  const body = text.slice(offset);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const start = offset + m.index;
    // A tag that spans lines is pointed at on its first line.
    const nl = m[0].search(/[\r\n]/);
    spans.push(index.span(start, start + (nl >= 0 ? nl : m[0].length)));
  }
  return spans;
}

function cnameHost(cname: SiteText): { file: string; host: string; span: Span } | undefined {
  const index = new LineIndex(cname.text);
  const match = /\S+/.exec(cname.text);
  if (!match) return undefined;
  return {
    file: cname.file,
    host: match[0],
    span: index.span(match.index, match.index + match[0].length),
  };
}

/**
 * Why the site looks like one GitHub Pages builds with Jekyll (a `_config.yml`, a `CNAME`, a
 * `.nojekyll`, or front matter at the top of the policy file), as a phrase for messages;
 * undefined when nothing says so.
 */
export function jekyllSiteEvidence(input: SiteInput): string | undefined {
  if (input.config) return input.config.file;
  if (input.cname) return input.cname.file;
  if (input.nojekyll) return input.nojekyll;
  if (HAS_YAML_HEADER.test(input.text)) return `the front matter of ${input.file}`;
  return undefined;
}

/** What GitHub Pages makes of the policy file. */
export function jekyllView(input: SiteInput): JekyllView {
  const cname = input.cname ? cnameHost(input.cname) : undefined;
  const whole = { text: input.text, firstLine: 1, offset: 0 };
  if (input.nojekyll !== undefined) {
    // No Jekyll: every file is served as it is, dot-folders and front matter included.
    return {
      input,
      config: readSiteConfig(undefined),
      nojekyll: true,
      outputPath: `/${input.pathInSite}`,
      liquid: [],
      body: whole,
      ...(cname ? { cname } : {}),
    };
  }
  const config = readSiteConfig(input.config?.text);
  const view: JekyllView = { input, config, nojekyll: false, liquid: [], body: whole };
  if (cname) view.cname = cname;
  const split = splitFrontMatter(input.text);
  const unread: NotPublished | undefined =
    config.error !== undefined && input.config
      ? {
          why: "build-fails",
          file: input.config.file,
          reason: config.error,
          ...(config.errorAt ? { span: config.errorAt } : {}),
        }
      : unreadEntry(input.pathInSite, config);
  if (split) {
    view.frontMatter = split.frontMatter;
    const index = new LineIndex(input.text);
    const start = index.position(split.bodyOffset);
    // An empty body after the closing line starts on the line after it.
    view.body = {
      text: input.text.slice(split.bodyOffset),
      firstLine: start.column === 1 ? start.line : start.line + 1,
      offset: split.bodyOffset,
    };
    const fm = split.frontMatter;
    const published = decide(fm, config, input.pathInSite, "published");
    const permalink = decide(fm, config, input.pathInSite, "permalink");
    if (typeof permalink.value === "string" && permalink.decided) {
      view.permalink = { value: permalink.value, ...permalink.decided };
    }
    const layout = decide(fm, config, input.pathInSite, "layout");
    if (!isNoLayout(layout.value) && layout.decided) {
      view.layout = { value: String(layout.value), ...layout.decided };
    }
    view.liquid = liquidSpans(input.text, split.bodyOffset, index);
    if (unread) view.notPublished = unread;
    else if (published.value === false) {
      view.notPublished = { why: "unpublished", at: published.decided?.at };
    } else view.outputPath = pageOutputPath(input.pathInSite, view.permalink?.value);
    return view;
  }
  if (unread) view.notPublished = unread;
  else view.outputPath = `/${input.pathInSite}`;
  return view;
}

/** True when the site writes the file where senders fetch it, whatever its content. */
export function servedAtWellKnown(view: JekyllView): boolean {
  return view.outputPath === WELL_KNOWN_PATH;
}
