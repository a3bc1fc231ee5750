import { type Span, spanFrom } from "../../model/position.js";
import { quoted } from "../../model/wording.js";
import type { RecordData, ZoneIssue, ZoneRecord } from "../../model/zone.js";
import { MAX_GENERATED_RECORDS, readGenerate, substitute } from "./generate.js";
import { type Entry, Lexer, type Token } from "./lexer.js";
import { resolveName } from "./names.js";
import { parseRdata } from "./rdata.js";
import { isMetaType, readClass, readType } from "./rr-types.js";
import { RrsetTable } from "./rrsets.js";
import { looksNumeric, MAX_TTL, parseTtl } from "./ttl.js";

/**
 * The RFC 1035 §5 master-file ("BIND zone file") reader. It reads files the way BIND's
 * named-checkzone does, and turns every problem into an issue at its line instead of giving
 * up: a record with an error is dropped (BIND rejects it) and reading goes on with the next.
 */

export { domainFromZoneFileName } from "./file-name.js";

export interface IncludeResult {
  /** Repo-relative path of the included file. */
  file: string;
  text: string;
}

export interface MasterFileOptions {
  /** Repo-relative path, used in records and issues. */
  file: string;
  /** Initial origin (the configured domain), absolute, no trailing dot needed. */
  origin?: string;
  /** Used when neither $TTL nor an SOA gives one. */
  defaultTtl?: number;
  /**
   * Reads an $INCLUDE target. `path` is as written; `fromFile` is the including file. Returns an
   * error reason (one line) when it cannot be read or is outside the repository. Pure parsers
   * get I/O injected: the caller (src/sources/) supplies this.
   */
  include?: (path: string, fromFile: string) => IncludeResult | { error: string };
  /** Default 8. */
  maxIncludeDepth?: number;
  /**
   * Which records to keep in full. The others are still read and checked as BIND checks them
   * (RDATA, CNAME and singleton conflicts), then only counted, so memory does not grow with
   * the zone. Without a filter every record is kept.
   */
  filter?: RecordFilter;
}

/**
 * Decides from the owner, type and parsed RDATA, before a record is built, whether to keep it.
 * It sees every record that passed BIND's checks, in file order.
 */
export interface RecordFilter {
  keeps(owner: string, type: string, data: RecordData | undefined): boolean;
}

export interface MasterFileResult {
  /** The records kept (all of them without `MasterFileOptions.filter`). */
  records: ZoneRecord[];
  issues: ZoneIssue[];
  /** How many records of each type the zone holds, kept or not (duplicates left out). */
  counts: Map<string, number>;
  /**
   * The origin the file declared: an $ORIGIN before the first record, else the SOA owner when
   * written absolute.
   */
  declaredOrigin?: string;
}

const DEFAULT_MAX_INCLUDE_DEPTH = 8;
/** The TTL when nothing in the file or the options gives one. */
const FALLBACK_TTL = 3600;
const BYTE_ORDER_MARK = 0xfeff;

/** What BIND keeps for the whole load, across $INCLUDEd files ($TTL leaks out of them). */
interface LoadState {
  options: MasterFileOptions;
  records: ZoneRecord[];
  issues: ZoneIssue[];
  counts: Map<string, number>;
  /** RRset membership: one TTL per RRset, duplicates dropped, CNAME conflicts found. */
  rrsets: RrsetTable;
  /** The class of the first record; BIND rejects records of another class. */
  zoneClass?: string;
  /** From $TTL, or the SOA minimum once BIND falls back to it. */
  defaultTtl?: number;
  /** The last TTL written on a record: used while no default is known (RFC 1035 §5.1). */
  lastTtl?: number;
  firstOrigin?: string;
  absoluteSoaOwner?: string;
  /** Read only until the declared origin is known (declaredOriginOf). */
  originOnly?: boolean;
}

/** What BIND keeps per file and restores when an $INCLUDE returns. */
interface FileState {
  file: string;
  /** Normalised current origin ("" is the root); undefined when none is known. */
  origin?: string;
  /** The owner an indented record repeats. */
  owner?: string;
  depth: number;
  /** The files being read, outermost first (cycle detection). */
  chain: string[];
}

function report(state: LoadState, file: FileState, span: Span, message: string): void {
  state.issues.push({ file: file.file, span, message });
}

/** The record's span: from its first token (or the line start for an inherited owner). */
function recordSpan(tokens: Token[], entry: Pick<Entry, "indented" | "line">): Span {
  const first = tokens[0].span;
  const last = tokens[tokens.length - 1].span;
  if (!entry.indented) return spanFrom(first, last);
  return { line: entry.line, column: 1, endLine: last.endLine, endColumn: last.endColumn };
}

/** The TTL of a record without one, as BIND chooses it. */
function implicitTtl(state: LoadState, type: string, soaMinimum: number | undefined): number {
  if (state.defaultTtl !== undefined) return state.defaultTtl;
  if (state.lastTtl !== undefined) return state.lastTtl;
  if (type === "SOA" && soaMinimum !== undefined) {
    // BIND warns "no TTL specified; using SOA MINTTL instead" and keeps it as the default.
    state.defaultTtl = soaMinimum;
    return soaMinimum;
  }
  return state.options.defaultTtl ?? FALLBACK_TTL;
}

function ttlAboveMaximum(value: number): string {
  return `TTL ${value} is above 2147483647: RFC 2181 §8 treats it as 0 and BIND loads it as 0, so resolvers do not cache it; write a TTL in seconds such as 3600`;
}

/**
 * Reads one record (owner, [class] [ttl] [class] type, RDATA). Returns false when the record
 * was dropped because of an error. `damaged` records (a lexical error was already reported)
 * only update the current owner.
 */
function readRecord(
  tokens: Token[],
  entry: Pick<Entry, "indented" | "line">,
  file: FileState,
  state: LoadState,
  damaged = false,
): boolean {
  // Built only when needed (an issue, or a record that is kept): most records need none.
  let builtSpan: Span | undefined;
  const span = (): Span => {
    builtSpan ??= recordSpan(tokens, entry);
    return builtSpan;
  };
  let owner: string;
  let i = 0;
  let ownerWrittenAbsolute = false;
  if (entry.indented) {
    if (file.owner === undefined) {
      report(
        state,
        file,
        span(),
        "this record starts with a blank, so it repeats the previous record's owner name, but there is no previous record: write the owner (or @) in the first column",
      );
      return false;
    }
    owner = file.owner;
  } else {
    const resolved = resolveName(tokens[0].text, file.origin);
    if ("error" in resolved) {
      report(state, file, tokens[0].span, `owner name: ${resolved.error}`);
      return false;
    }
    owner = resolved.name;
    ownerWrittenAbsolute = resolved.absolute;
    file.owner = owner;
    i = 1;
  }
  if (damaged) return false;

  const classAt = (index: number): string | undefined => {
    const token = tokens[index];
    return token && !token.quoted ? readClass(token.text) : undefined;
  };
  let rrClass = classAt(i);
  let classToken = rrClass ? tokens[i++] : undefined;
  let ttl: number | undefined;
  let ttlToken: Token | undefined;
  const maybeTtl = tokens[i];
  if (maybeTtl && !maybeTtl.quoted && looksNumeric(maybeTtl.text)) {
    const parsed = parseTtl(maybeTtl.text);
    if ("error" in parsed) {
      report(state, file, maybeTtl.span, `TTL: ${parsed.error}`);
      return false;
    }
    ttl = parsed.value;
    ttlToken = maybeTtl;
    i++;
  }
  if (!rrClass) {
    rrClass = classAt(i);
    if (rrClass) classToken = tokens[i++];
  }

  const typeToken = tokens[i++];
  if (!typeToken) {
    report(
      state,
      file,
      span(),
      "this record has no type: after the owner, TTL and class comes the type (A, MX, TXT, ...) and its data",
    );
    return false;
  }
  const type = typeToken.quoted ? undefined : readType(typeToken.text);
  if (!type) {
    report(
      state,
      file,
      typeToken.span,
      `unknown class or type ${quoted(typeToken.raw)} (BIND rejects the record)`,
    );
    return false;
  }
  if (isMetaType(type)) {
    report(
      state,
      file,
      typeToken.span,
      `${type} is a query type, not a record type: it cannot appear in a zone file`,
    );
    return false;
  }

  state.zoneClass ??= rrClass ?? "IN";
  if (rrClass && classToken && rrClass !== state.zoneClass) {
    report(
      state,
      file,
      classToken.span,
      `class ${rrClass} differs from the zone's class ${state.zoneClass}: BIND rejects the record (mail records are class IN)`,
    );
    return false;
  }

  const rdataTokens = tokens.slice(i);
  const parsed = parseRdata({ type, tokens: rdataTokens, origin: file.origin, recordSpan: span });
  if ("error" in parsed) {
    report(state, file, parsed.span, parsed.error);
    return false;
  }

  if (ttl !== undefined) {
    if (ttl > MAX_TTL && ttlToken) {
      report(state, file, ttlToken.span, ttlAboveMaximum(ttl));
      ttl = 0;
    }
    state.lastTtl = ttl;
  } else {
    ttl = implicitTtl(state, type, parsed.data?.kind === "SOA" ? parsed.data.minimum : undefined);
  }

  if (
    type === "SOA" &&
    ownerWrittenAbsolute &&
    state.absoluteSoaOwner === undefined &&
    owner !== ""
  ) {
    state.absoluteSoaOwner = owner;
  }
  const keep = state.options.filter?.keeps(owner, type, parsed.data) ?? true;
  const admission = state.rrsets.admit(owner, type, ttl, parsed.data, rdataTokens, keep);
  // BIND's "TTL set to prior TTL" also becomes the TTL of the next record without one.
  if (admission.runTtl !== ttl && state.lastTtl !== undefined) state.lastTtl = admission.runTtl;
  if (admission.kind === "duplicate") return true;
  if (admission.kind === "conflict") report(state, file, span(), admission.message);
  state.counts.set(type, (state.counts.get(type) ?? 0) + 1);
  if (!admission.rrset) return true;
  const record: ZoneRecord = {
    owner,
    ttl,
    class: rrClass ?? state.zoneClass,
    type,
    rdata: rdataText(rdataTokens),
    file: file.file,
    span: span(),
  };
  if (parsed.data) record.data = parsed.data;
  state.rrsets.track(record, admission.rrset);
  state.records.push(record);
  return true;
}

function rdataText(tokens: Token[]): string {
  return tokens.map((t) => t.raw).join(" ");
}

/** Where a directive is and how to report its misuse. */
interface DirectiveContext {
  directive: Token;
  file: FileState;
  state: LoadState;
  /** What the directive takes, reported when the argument count is wrong. */
  usage: string;
}

/**
 * Whether a directive got between `min` and `max` arguments; otherwise reports its usage at
 * the directive when arguments are missing, or at the surplus ones.
 */
function hasArgumentCount(args: Token[], min: number, max: number, ctx: DirectiveContext): boolean {
  if (args.length >= min && args.length <= max) return true;
  const where =
    args.length < min ? ctx.directive.span : spanFrom(args[max].span, args[args.length - 1].span);
  report(ctx.state, ctx.file, where, ctx.usage);
  return false;
}

function readOrigin(args: Token[], directive: Token, file: FileState, state: LoadState): void {
  const usage = "$ORIGIN takes exactly one domain name (e.g. $ORIGIN example.com.)";
  if (!hasArgumentCount(args, 1, 1, { directive, file, state, usage })) return;
  const resolved = resolveName(args[0].text, file.origin);
  if ("error" in resolved) {
    report(state, file, args[0].span, `$ORIGIN: ${resolved.error}`);
    return;
  }
  file.origin = resolved.name;
  // Only an $ORIGIN before the first record names the zone; a later one (a sub-zone's block)
  // moves the base of relative names, not the zone's apex.
  if (
    file.depth === 0 &&
    state.firstOrigin === undefined &&
    state.counts.size === 0 &&
    resolved.name !== ""
  ) {
    state.firstOrigin = resolved.name;
  }
}

function readDefaultTtl(args: Token[], directive: Token, file: FileState, state: LoadState): void {
  const usage = "$TTL takes exactly one TTL (e.g. $TTL 3600 or $TTL 1h)";
  if (!hasArgumentCount(args, 1, 1, { directive, file, state, usage })) return;
  const parsed = parseTtl(args[0].text);
  if ("error" in parsed) {
    report(state, file, args[0].span, `$TTL: ${parsed.error}`);
    return;
  }
  let value = parsed.value;
  if (value > MAX_TTL) {
    report(state, file, args[0].span, `$TTL: ${ttlAboveMaximum(value)}`);
    value = 0;
  }
  state.defaultTtl = value;
}

function readInclude(args: Token[], directive: Token, file: FileState, state: LoadState): void {
  const usage = "$INCLUDE takes a file name and optionally an origin ($INCLUDE file [origin])";
  if (!hasArgumentCount(args, 1, 2, { directive, file, state, usage })) return;
  const [pathToken, originToken] = args;
  let origin = file.origin;
  if (originToken) {
    const resolved = resolveName(originToken.text, file.origin);
    if ("error" in resolved) {
      report(state, file, originToken.span, `$INCLUDE origin: ${resolved.error}`);
      return;
    }
    origin = resolved.name;
  }
  const path = pathToken.text;
  const include = state.options.include;
  if (!include) {
    report(
      state,
      file,
      pathToken.span,
      `$INCLUDE ${quoted(path)} is not read: this zone source is linted without access to other files, so the included records are missing`,
    );
    return;
  }
  const maxDepth = state.options.maxIncludeDepth ?? DEFAULT_MAX_INCLUDE_DEPTH;
  if (file.depth + 1 > maxDepth) {
    report(
      state,
      file,
      pathToken.span,
      `$INCLUDE ${quoted(path)} is not read: files are nested more than ${maxDepth} deep (${file.chain.join(" -> ")}); is there a loop through different paths?`,
    );
    return;
  }
  let included: IncludeResult | { error: string };
  try {
    included = include(path, file.file);
  } catch (e) {
    included = { error: e instanceof Error ? e.message : String(e) };
  }
  if ("error" in included) {
    report(
      state,
      file,
      pathToken.span,
      `$INCLUDE ${quoted(path)} cannot be read: ${included.error}`,
    );
    return;
  }
  if (file.chain.includes(included.file)) {
    const cycle = [...file.chain.slice(file.chain.indexOf(included.file)), included.file].join(
      " -> ",
    );
    report(
      state,
      file,
      pathToken.span,
      `$INCLUDE cycle: ${cycle}; BIND would never finish loading this zone. Remove the $INCLUDE that points back`,
    );
    return;
  }
  state.rrsets.endRun();
  readFile(
    included.text,
    {
      file: included.file,
      origin,
      owner: file.owner,
      depth: file.depth + 1,
      chain: [...file.chain, included.file],
    },
    state,
  );
  state.rrsets.endRun();
}

/** Tokens of a substituted `$GENERATE` RDATA template, located at the template. */
function templateTokens(text: string, template: Token): Token[] | undefined {
  if (!template.quoted) {
    return [
      {
        raw: text,
        text,
        quoted: false,
        start: template.start,
        span: template.span,
        synthetic: true,
      },
    ];
  }
  // A quoted rhs is read again as RDATA text (BIND does the same): `"10 mx$"` is two words.
  const tokens: Token[] = [];
  const lexer = new Lexer(text);
  for (let entry = lexer.next(); entry; entry = lexer.next()) {
    if (entry.issues.length > 0) return undefined;
    for (const t of entry.tokens)
      tokens.push({
        raw: t.raw,
        text: t.text,
        quoted: t.quoted,
        start: template.start,
        span: template.span,
        synthetic: true,
      });
  }
  return tokens;
}

function readGenerateDirective(
  args: Token[],
  entry: Entry,
  directive: Token,
  file: FileState,
  state: LoadState,
): void {
  const parsed = readGenerate(args);
  if ("error" in parsed) {
    report(
      state,
      file,
      parsed.token?.span ?? spanFrom(directive.span, (args[args.length - 1] ?? directive).span),
      parsed.error,
    );
    return;
  }
  const { spec } = parsed;
  const savedOwner = file.owner;
  let count = 0;
  for (
    let value = spec.start;
    value <= spec.stop && count < MAX_GENERATED_RECORDS;
    value += spec.step, count++
  ) {
    const lhs = substitute(spec.lhs.text, value);
    if (typeof lhs !== "string") {
      report(state, file, spec.lhs.span, lhs.error);
      break;
    }
    const rhs = substitute(spec.rhs.text, value);
    if (typeof rhs !== "string") {
      report(state, file, spec.rhs.span, rhs.error);
      break;
    }
    const rdata = templateTokens(rhs, spec.rhs);
    if (!rdata) {
      report(
        state,
        file,
        spec.rhs.span,
        `$GENERATE RDATA template gives ${quoted(rhs)}, which has unbalanced quotes`,
      );
      break;
    }
    const owner: Token = {
      raw: lhs,
      text: lhs,
      quoted: false,
      start: spec.lhs.start,
      span: spec.lhs.span,
      synthetic: true,
    };
    // One report per template, not one per generated value.
    if (
      !readRecord(
        [owner, ...spec.middle, ...rdata],
        { indented: false, line: entry.line },
        file,
        state,
      )
    )
      break;
  }
  file.owner = savedOwner;
}

/** Directives that BIND only accepts with a line end after them. */
const NEED_LINE_END = new Set(["$ORIGIN", "$TTL", "$GENERATE"]);

function readDirective(entry: Entry, file: FileState, state: LoadState): void {
  const [directive, ...args] = entry.tokens;
  const name = directive.text.toUpperCase();
  if (entry.unterminated && NEED_LINE_END.has(name)) {
    report(
      state,
      file,
      directive.span,
      `${name} is the last line and has no line end: BIND rejects the zone there ("extra input text"); end the file with a newline`,
    );
    // Still applied, so the origin it declares is known to the rest of the linter.
  }
  switch (name) {
    case "$ORIGIN":
      readOrigin(args, directive, file, state);
      return;
    case "$TTL":
      readDefaultTtl(args, directive, file, state);
      return;
    case "$INCLUDE":
      readInclude(args, directive, file, state);
      return;
    case "$GENERATE":
      readGenerateDirective(args, entry, directive, file, state);
      return;
    default:
      report(
        state,
        file,
        directive.span,
        `unknown directive ${quoted(directive.raw)}: master files know $ORIGIN, $TTL, $INCLUDE and $GENERATE (BIND rejects the zone)`,
      );
  }
}

function readFile(text: string, file: FileState, state: LoadState): void {
  let start = 0;
  if (text.charCodeAt(0) === BYTE_ORDER_MARK) {
    report(
      state,
      file,
      { line: 1, column: 1, endLine: 1, endColumn: 2 },
      "the file starts with a byte order mark (U+FEFF): BIND reads it as part of the first name; save the file as UTF-8 without BOM",
    );
    start = 1;
  }
  const lexer = new Lexer(text, start);
  for (let entry = lexer.next(); entry; entry = lexer.next()) {
    for (const issue of entry.issues) report(state, file, issue.span, issue.message);
    if (entry.tokens.length === 0) continue;
    const first = entry.tokens[0];
    if (!entry.indented && !first.quoted && first.text.startsWith("$")) {
      if (entry.issues.length === 0) readDirective(entry, file, state);
      if (state.originOnly && originSettled(state)) return;
      continue;
    }
    readRecord(entry.tokens, entry, file, state, entry.issues.length > 0);
    if (state.originOnly && originSettled(state)) return;
  }
}

/**
 * Once an $ORIGIN before the first record or an absolute SOA owner has been read, nothing later
 * in the file can change the declared origin (both are "the first such").
 */
function originSettled(state: LoadState): boolean {
  return state.firstOrigin !== undefined || state.absoluteSoaOwner !== undefined;
}

/**
 * The origin a master file declares (see `MasterFileResult.declaredOrigin`), reading only as far
 * as needed: finding the domain of a large zone does not cost a second full parse.
 */
export function declaredOriginOf(text: string, file: string): string | undefined {
  const state: LoadState = {
    options: { file },
    records: [],
    issues: [],
    counts: new Map(),
    rrsets: new RrsetTable(),
    originOnly: true,
  };
  readFile(text, { file, origin: undefined, depth: 0, chain: [file] }, state);
  return state.firstOrigin ?? state.absoluteSoaOwner;
}

/** Reads a master file. Never throws: every problem is an issue at its line. */
export function parseMasterFile(text: string, options: MasterFileOptions): MasterFileResult {
  const state: LoadState = {
    options,
    records: [],
    issues: [],
    counts: new Map(),
    // About one name per line: zone lines are rarely longer than 40 characters.
    rrsets: new RrsetTable(text.length / 40),
  };
  let origin: string | undefined;
  if (options.origin !== undefined) {
    const resolved = resolveName(
      options.origin.endsWith(".") ? options.origin : `${options.origin}.`,
      "",
    );
    origin = "error" in resolved ? undefined : resolved.name;
  }
  readFile(text, { file: options.file, origin, depth: 0, chain: [options.file] }, state);
  state.rrsets.settleTtls();
  const declaredOrigin = state.firstOrigin ?? state.absoluteSoaOwner;
  const result: MasterFileResult = {
    records: state.records,
    issues: state.issues,
    counts: state.counts,
  };
  if (declaredOrigin !== undefined) result.declaredOrigin = declaredOrigin;
  return result;
}
