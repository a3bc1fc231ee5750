import {
  type Document,
  isMap,
  isNode,
  isScalar,
  isSeq,
  type Pair,
  type Scalar,
  type YAMLMap,
} from "yaml";
import { type LineIndex, type Span, START_OF_TEXT } from "../../model/position.js";
import { quoted } from "../../model/wording.js";
import type { RecordData, TxtString, ZoneIssue, ZoneRecord } from "../../model/zone.js";
import {
  type DataResult,
  hostName,
  mxData,
  ownerOf,
  type SourceText,
  txtRdata,
  txtString,
  valueData,
} from "./structured-records.js";
import { MAX_TTL } from "./ttl.js";
import {
  describeNode,
  isForeignTagged,
  readYaml,
  resolved,
  sourceText,
  spanOf,
} from "./yaml-values.js";

/**
 * octoDNS zone files (the YamlProvider's `<zone>.yaml`, and split zones: a directory of such
 * files), read as octoDNS reads them: top-level keys are names relative to the zone (`''` the
 * apex, `*` a wildcard), each holding one record or a list of records with `type`, `ttl`
 * (default 3600) and `value` or `values`. What octoDNS rejects is an issue at the YAML value.
 */

/** The YamlProvider's `default_ttl`. */
export const OCTODNS_DEFAULT_TTL = 3600;

export interface OctodnsFile {
  /** Repo-relative path, used in records and issues. */
  file: string;
  text: string;
}

export interface OctodnsOptions {
  /** The zone's name (normalised, no trailing dot). */
  origin: string;
  defaultTtl?: number;
}

export interface OctodnsResult {
  records: ZoneRecord[];
  issues: ZoneIssue[];
}

/** Types with one `value` (octoDNS's ValueMixin); the others take `values`. */
const SINGLE_VALUE_TYPES = new Set(["CNAME", "ALIAS", "DNAME"]);
/** Types whose values octoDNS handles as chunked text (`\;` escapes, 255-octet chunks). */
const TEXT_TYPES = new Set(["TXT", "SPF"]);

interface FileContext {
  file: string;
  doc: Document;
  lines: LineIndex;
  origin: string;
  defaultTtl: number;
  records: ZoneRecord[];
  issues: ZoneIssue[];
  /** Owner and type of every record set read so far (octoDNS refuses a second one). */
  seen: Map<string, Span>;
}

/** Reads the files of one zone (one file, or every file of a split-zone directory) together. */
export function parseOctodnsZone(
  files: readonly OctodnsFile[],
  options: OctodnsOptions,
): OctodnsResult {
  const records: ZoneRecord[] = [];
  const issues: ZoneIssue[] = [];
  const seen = new Map<string, Span>();
  for (const { file, text } of files) {
    const yaml = readYaml(text, file);
    issues.push(...yaml.issues);
    if (!yaml.doc) continue;
    const ctx: FileContext = {
      file,
      doc: yaml.doc,
      lines: yaml.lines,
      origin: options.origin,
      defaultTtl: options.defaultTtl ?? OCTODNS_DEFAULT_TTL,
      records,
      issues,
      seen,
    };
    readTopLevel(ctx);
  }
  return { records, issues };
}

export function parseOctodnsFile(
  text: string,
  options: OctodnsOptions & { file: string },
): OctodnsResult {
  return parseOctodnsZone([{ file: options.file, text }], options);
}

function issue(ctx: FileContext, span: Span, message: string): void {
  ctx.issues.push({ file: ctx.file, span, message });
}

/** Where a YAML node stands, or `fallback` for what has no node (an absent value). */
function at(ctx: FileContext, node: unknown, fallback: Span): Span {
  const range = (node as { range?: unknown } | null)?.range;
  return Array.isArray(range) ? spanOf(node as Scalar, ctx.lines) : fallback;
}

function readTopLevel(ctx: FileContext): void {
  const root = resolved(ctx.doc.contents, ctx.doc);
  // An empty file (or one holding only comments or `---`) is an empty zone.
  if (root === null || (isScalar(root) && root.value === null)) return;
  if (!isMap(root)) {
    issue(
      ctx,
      spanOf(root as Scalar, ctx.lines),
      `an octoDNS zone file is a mapping of record names to records, but this file holds ${describeNode(root)}`,
    );
    return;
  }
  const names = new Map<string, number>();
  for (const pair of root.items) {
    const key = resolved(pair.key, ctx.doc);
    if (isScalar(key) && (typeof key.value === "string" || typeof key.value === "number")) {
      const name = String(key.value);
      const first = names.get(name);
      if (first !== undefined) {
        issue(
          ctx,
          spanOf(key, ctx.lines),
          `${nameForMessage(name)} is written twice (first at line ${first}): YAML keys must be unique, and octoDNS would keep only one of them. Put all its records in one list`,
        );
        continue;
      }
      names.set(name, spanOf(key, ctx.lines).line);
    }
    readName(ctx, pair);
  }
}

function readName(ctx: FileContext, pair: Pair): void {
  const key = resolved(pair.key, ctx.doc);
  // A key that is not a scalar (`? [a]`) is pointed at as written; an explicit key may have no
  // value at all, so the value is only the last resort.
  const keyNode = [pair.key, key, pair.value].find(isNode);
  const keySpan = keyNode ? spanOf(keyNode, ctx.lines) : ctx.lines.span(0, 0);
  const name = isScalar(key) ? key.value : undefined;
  if (typeof name !== "string" && typeof name !== "number") {
    issue(
      ctx,
      keySpan,
      `record name ${describeNode(key)} is not a name: write the name relative to the zone, '' for the apex`,
    );
    return;
  }
  const owner = ownerOf(String(name), ctx.origin);
  if ("error" in owner) {
    issue(ctx, keySpan, `record name ${nameForMessage(String(name))}: ${owner.error}`);
    return;
  }
  const value = resolved(pair.value, ctx.doc);
  if (isForeignTagged(value)) return;
  const entries = isSeq(value) ? value.items.map((item) => resolved(item, ctx.doc)) : [value];
  if (entries.length === 0) {
    issue(
      ctx,
      keySpan,
      `${nameForMessage(String(name))} holds an empty list: give it records or remove it`,
    );
  }
  for (const entry of entries) {
    if (!isMap(entry)) {
      issue(
        ctx,
        at(ctx, entry, keySpan),
        `a record of ${nameForMessage(String(name))} is ${describeNode(entry)}, not a mapping with type and value(s)`,
      );
      continue;
    }
    readRecord(ctx, owner.name, String(name), entry);
  }
}

/** A key of a record mapping (resolving aliases); undefined when absent. */
function field(ctx: FileContext, map: YAMLMap, key: string): unknown {
  for (const pair of map.items) {
    const k = resolved(pair.key, ctx.doc);
    if (isScalar(k) && k.value === key) return resolved(pair.value, ctx.doc) ?? null;
  }
  return undefined;
}

function readRecord(ctx: FileContext, owner: string, name: string, map: YAMLMap): void {
  const recordSpan = spanOf(map, ctx.lines);
  const typeNode = field(ctx, map, "type");
  if (!isScalar(typeNode) || typeof typeNode.value !== "string" || typeNode.value === "") {
    issue(
      ctx,
      typeNode && isScalar(typeNode) ? spanOf(typeNode, ctx.lines) : recordSpan,
      `a record of ${nameForMessage(name)} has no type (octoDNS needs "type: TXT", "type: MX", ...)`,
    );
    return;
  }
  const type = typeNode.value.toUpperCase();
  if (type !== typeNode.value) {
    issue(
      ctx,
      spanOf(typeNode, ctx.lines),
      `octoDNS record types are upper case: write ${quoted(type)}, not ${quoted(typeNode.value)} (octoDNS reports "Unknown record type")`,
    );
  }
  const ttl = readTtl(ctx, map);
  const values = readValues(ctx, map, type, name, recordSpan);
  if (values.length === 0) return;

  const setKey = `${owner}\u0000${type}`;
  const earlier = ctx.seen.get(setKey);
  if (earlier) {
    issue(
      ctx,
      spanOf(typeNode, ctx.lines),
      `a second ${type} record set for ${nameForMessage(name)} (the first is at line ${earlier.line}): octoDNS refuses duplicate records; put all values in one record's "values" list`,
    );
    return;
  }
  ctx.seen.set(setKey, spanOf(typeNode, ctx.lines));

  for (const value of values) {
    const read = recordData(ctx, type, value);
    if (!read) continue;
    const record: ZoneRecord = {
      owner,
      ttl,
      class: "IN",
      type,
      rdata: read.rdata,
      file: ctx.file,
      span: read.span,
    };
    if (read.data) record.data = read.data;
    ctx.records.push(record);
  }
}

function readTtl(ctx: FileContext, map: YAMLMap): number {
  const node = field(ctx, map, "ttl");
  if (node === undefined) return ctx.defaultTtl;
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_TTL) {
    return value;
  }
  issue(
    ctx,
    isScalar(node) ? spanOf(node, ctx.lines) : spanOf(map, ctx.lines),
    `ttl ${describeNode(node)} is not a number of seconds (octoDNS rejects the record); the default ${ctx.defaultTtl} was assumed`,
  );
  return ctx.defaultTtl;
}

/** The record's value nodes: `values` (a list, or one value), else `value`. */
function readValues(
  ctx: FileContext,
  map: YAMLMap,
  type: string,
  name: string,
  recordSpan: Span,
): unknown[] {
  const many = field(ctx, map, "values");
  const one = field(ctx, map, "value");
  const given = many ?? one;
  if (isForeignTagged(given)) return [];
  const key = many !== undefined ? "values" : "value";
  if (given === undefined || given === null || (isScalar(given) && given.value === null)) {
    issue(
      ctx,
      recordSpan,
      `the ${type} record of ${nameForMessage(name)} has no ${SINGLE_VALUE_TYPES.has(type) ? "value" : "value or values"} (octoDNS: "missing value(s)")`,
    );
    return [];
  }
  if (isSeq(given)) {
    if (SINGLE_VALUE_TYPES.has(type)) {
      issue(
        ctx,
        spanOf(given, ctx.lines),
        `a ${type} record has one value, but "${key}" holds a list (octoDNS rejects it)`,
      );
      return [];
    }
    if (given.items.length === 0) {
      issue(
        ctx,
        spanOf(given, ctx.lines),
        `the ${type} record of ${nameForMessage(name)} has an empty "${key}" list (octoDNS: "missing value(s)")`,
      );
    }
    return given.items.map((item) => resolved(item, ctx.doc));
  }
  return [given];
}

interface ReadValue {
  rdata: string;
  data?: RecordData;
  span: Span;
}

function recordData(ctx: FileContext, type: string, node: unknown): ReadValue | undefined {
  if (type === "MX") return readMx(ctx, node);
  const span = at(ctx, node, START_OF_TEXT);
  if (TEXT_TYPES.has(type)) {
    if (!isScalar(node) || typeof node.value !== "string") {
      issue(ctx, span, `a ${type} value must be a string, not ${describeNode(node)}: quote it`);
      return undefined;
    }
    const strings = readText(ctx, sourceText(node, ctx.lines));
    return strings ? { rdata: txtRdata(strings), data: { kind: "TXT", strings }, span } : undefined;
  }
  if (!isScalar(node)) {
    // Types the rules do not read (SRV, CAA, ...) keep their structured values opaque.
    return {
      rdata: JSON.stringify(
        // The document was checked against alias bombs; yaml's own limit (100) would refuse a
        // value that simply uses many aliases.
        (node as Scalar | YAMLMap)?.toJS?.(ctx.doc, { maxAliasCount: -1 }) ?? null,
      ),
      span,
    };
  }
  const text = String(node.value);
  if (["CNAME", "NS", "PTR", "DNAME", "ALIAS"].includes(type) && !text.endsWith(".")) {
    issue(
      ctx,
      span,
      `${type} value ${quoted(text)} must end with a dot: octoDNS rejects it ("missing trailing .") — write ${quoted(`${text}.`)}`,
    );
    return undefined;
  }
  return fromData(ctx, valueData(type, text, ctx.origin), text, span);
}

function fromData(
  ctx: FileContext,
  result: DataResult,
  rdata: string,
  span: Span,
): ReadValue | undefined {
  if ("error" in result) {
    issue(ctx, span, result.error);
    return undefined;
  }
  return result.data ? { rdata, data: result.data, span } : { rdata, span };
}

/** MX values: `exchange` and `preference`, or the older `value` and `priority`. */
function readMx(ctx: FileContext, node: unknown): ReadValue | undefined {
  if (!isMap(node)) {
    const span = at(ctx, node, START_OF_TEXT);
    issue(
      ctx,
      span,
      `an MX value is a mapping with "exchange" and "preference" (e.g. {exchange: mx1.example.com., preference: 10}), not ${describeNode(node)}`,
    );
    return undefined;
  }
  const mapSpan = spanOf(node, ctx.lines);
  const exchangeNode = field(ctx, node, "exchange") ?? field(ctx, node, "value");
  const preferenceNode = field(ctx, node, "preference") ?? field(ctx, node, "priority");
  if (!isScalar(exchangeNode) || typeof exchangeNode.value !== "string") {
    issue(ctx, mapSpan, `the MX value has no exchange host (octoDNS: "missing exchange")`);
    return undefined;
  }
  const span = spanOf(exchangeNode, ctx.lines);
  const preference = isScalar(preferenceNode) ? Number(preferenceNode.value) : Number.NaN;
  if (preferenceNode === undefined) {
    issue(
      ctx,
      mapSpan,
      `the MX value has no preference (octoDNS: "missing preference"); write "preference: 10"`,
    );
    return undefined;
  }
  if (!Number.isInteger(preference)) {
    issue(
      ctx,
      isScalar(preferenceNode) ? spanOf(preferenceNode, ctx.lines) : mapSpan,
      `MX preference ${describeNode(preferenceNode)} is not a number (octoDNS: "invalid preference")`,
    );
    return undefined;
  }
  const exchange = exchangeNode.value;
  if (exchange !== "." && !exchange.endsWith(".")) {
    issue(
      ctx,
      span,
      `MX exchange ${quoted(exchange)} must end with a dot: octoDNS rejects it ("missing trailing .") — write ${quoted(`${exchange}.`)}`,
    );
    return undefined;
  }
  const check = hostName(exchange, ctx.origin, "MX exchange");
  if (typeof check !== "string" && exchange !== ".") {
    issue(ctx, span, check.error);
    return undefined;
  }
  return fromData(ctx, mxData(preference, exchange, ctx.origin), `${preference} ${exchange}`, span);
}

/**
 * A TXT value as octoDNS reads it: a value written already chunked (`"part" "part"`) is
 * joined, a `;` must be escaped (`\;`, which providers publish as `;`), and the whole text is
 * one string for the rules: octoDNS splits values longer than 255 octets into chunks itself.
 */
function readText(ctx: FileContext, value: SourceText): TxtString[] | undefined {
  let chars = charsOf(value);
  let text = value.text;
  if (text.startsWith('"') && text.length >= 2) {
    // octoDNS's _ChunkedValue.process: drop the outer quotes and every `" "` between chunks.
    const inner = drop(text, chars, [0, text.length - 1]);
    const joints: number[] = [];
    for (let i = inner.text.indexOf('" "'); i !== -1; i = inner.text.indexOf('" "', i + 3)) {
      joints.push(i, i + 1, i + 2);
    }
    const joined = drop(inner.text, inner.chars, joints);
    text = joined.text;
    chars = joined.chars;
  }
  let bad = false;
  for (const m of text.matchAll(/\w;/g)) {
    const at = (m.index ?? 0) + 1;
    issue(
      ctx,
      charSpan(value, chars, at),
      `unescaped ";" in the ${quoted(text)} value: octoDNS rejects it ("unescaped ; in"). Write "\\;" for each ";" in octoDNS YAML`,
    );
    bad = true;
  }
  for (const m of text.matchAll(/\\\\;/g)) {
    issue(
      ctx,
      charSpan(value, chars, m.index ?? 0),
      `double escaped ";" (\\\\;): octoDNS rejects it ("double escaped ;"); write "\\;"`,
    );
    bad = true;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII test
  const nonAscii = /[^\x00-\x7f]/.exec(text);
  if (nonAscii) {
    issue(
      ctx,
      charSpan(value, chars, nonAscii.index),
      `non-ASCII character ${quoted(nonAscii[0])} in a TXT value: octoDNS rejects it ("non ASCII character")`,
    );
    bad = true;
  }
  if (bad) return undefined;
  const escapes: number[] = [];
  for (let i = text.indexOf("\\;"); i !== -1; i = text.indexOf("\\;", i + 2)) escapes.push(i);
  const unescaped = drop(text, chars, escapes);
  const source: SourceText = { text: unescaped.text, span: value.span };
  if (unescaped.chars) {
    source.columns = unescaped.chars;
    // The last character's end: where the value's own last character ends.
    const lastSource = value.columns?.[value.columns.length - 1];
    const last = unescaped.chars[unescaped.chars.length - 1];
    if (value.endColumn !== undefined && last === lastSource) source.endColumn = value.endColumn;
    else if (last !== undefined) source.endColumn = last + 1;
  }
  return [txtString(source)];
}

function charsOf(value: SourceText): number[] | undefined {
  return value.columns && value.columns.length === value.text.length
    ? [...value.columns]
    : undefined;
}

/** Removes the characters at some indexes, keeping the columns of the rest. */
function drop(
  text: string,
  chars: number[] | undefined,
  indexes: number[],
): { text: string; chars?: number[] } {
  if (indexes.length === 0) return chars ? { text, chars } : { text };
  const gone = new Set(indexes);
  let out = "";
  const kept: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (gone.has(i)) continue;
    out += text[i];
    if (chars) kept.push(chars[i]);
  }
  return chars ? { text: out, chars: kept } : { text: out };
}

/** One character of a value, or the whole value when its columns are unknown. */
function charSpan(value: SourceText, chars: number[] | undefined, index: number): Span {
  const column = chars?.[index];
  if (column === undefined) return value.span;
  return { line: value.span.line, column, endLine: value.span.line, endColumn: column + 1 };
}

/** A record name as the user wrote it, for messages: the apex is `''`. */
function nameForMessage(name: string): string {
  return name === "" ? "the apex ('')" : quoted(name);
}
