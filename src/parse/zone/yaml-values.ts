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
  type Node,
  parseDocument,
  Scalar,
} from "yaml";
import { LineIndex, type Span } from "../../model/position.js";
import type { ZoneIssue } from "../../model/zone.js";
import type { SourceText } from "./structured-records.js";

/**
 * YAML documents read with the position of every value (for octoDNS zone files), on top of
 * the `yaml` package's node ranges: a finding points at the YAML value it is about.
 */

/**
 * How large a document may grow when its aliases are expanded before it is refused as a
 * resource-exhaustion attack ("billion laughs"): every reader walks an alias's value again at
 * each use, so the work is the expanded size. Zones share values through anchors (one `ttl:
 * *t` on every record, one MX list on many names), which grows a document by a small factor;
 * nested aliases grow it exponentially. The budget scales with the document, with a floor so
 * a small file may still use a large anchor many times.
 */
export const YAML_EXPANSION_PER_NODE = 20;
export const MIN_YAML_EXPANSION = 200_000;

export interface YamlSource {
  doc?: Document;
  lines: LineIndex;
  issues: ZoneIssue[];
}

/**
 * Parses one YAML document as octoDNS loads it (PyYAML, YAML 1.1). A syntax error is an
 * issue at the line the parser gives, and the document is not used: octoDNS stops there too.
 */
export function readYaml(text: string, file: string): YamlSource {
  const lines = new LineIndex(text);
  const issues: ZoneIssue[] = [];
  const doc = parseDocument(text, {
    version: "1.1",
    prettyErrors: true,
    // yaml compares every key with every other: quadratic on a zone of 100,000 names. The
    // zone reader checks the names itself.
    uniqueKeys: false,
  });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      issues.push({
        file,
        span: lines.span(error.pos[0], Math.max(error.pos[1], error.pos[0] + 1)),
        message: `YAML syntax error: ${error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`,
      });
    }
    return { lines, issues };
  }
  for (const warning of doc.warnings) {
    if (warning.code !== "TAG_RESOLVE_FAILED") continue;
    const tag = lines.text.slice(warning.pos[0], warning.pos[1]);
    issues.push({
      file,
      span: lines.span(warning.pos[0], warning.pos[1]),
      message: `the YAML tag ${tag} is not read by the linter: what it stands for was not checked. Write the records out in the zone file to have them linted`,
    });
  }
  const aliases = indexAliases(doc);
  if (aliases.first) {
    const budget = Math.max(MIN_YAML_EXPANSION, YAML_EXPANSION_PER_NODE * aliases.written);
    if (aliases.expanded > budget) {
      issues.push({
        file,
        span: spanOf(aliases.first, lines),
        message:
          'YAML aliases here expand into an enormous document (a resource-exhaustion attack, "billion laughs"): the file was not read. Write the values out instead of nesting aliases',
      });
      return { lines, issues };
    }
    ALIAS_TARGETS.set(doc, aliases.targets);
  }
  return { doc, lines, issues };
}

interface AliasIndex {
  /** The node each alias stands for: the last anchor of its name before it (YAML 1.2 §3.2.2.2). */
  targets: Map<Alias, Node | undefined>;
  /** Nodes as written, and as many as there are once every alias is expanded. */
  written: number;
  expanded: number;
  first?: Alias;
}

/** Alias targets of documents read by readYaml (yaml's own lookup scans the document per alias). */
const ALIAS_TARGETS = new WeakMap<Document, Map<Alias, Node | undefined>>();

/**
 * One walk in document order resolves every alias and sizes the expanded document, without
 * expanding it: an anchored node's expanded size is known when its walk ends, before any alias
 * to it (an alias inside its own anchor, a recursive structure, counts as one node).
 */
function indexAliases(doc: Document): AliasIndex {
  const index: AliasIndex = { targets: new Map(), written: 0, expanded: 0 };
  const anchors = new Map<string, Node>();
  const sizes = new Map<Node, number>();
  const walk = (node: unknown): number => {
    if (isAlias(node)) {
      index.written++;
      index.first ??= node;
      const target = anchors.get(node.source);
      index.targets.set(node, target);
      return (target && sizes.get(target)) ?? 1;
    }
    if (!isNode(node)) return 0;
    index.written++;
    if (node.anchor) anchors.set(node.anchor, node);
    let size = 1;
    if (isCollection(node)) {
      for (const item of node.items) {
        size += isPair(item) ? walk(item.key) + walk(item.value) : walk(item);
      }
    }
    if (node.anchor) sizes.set(node, size);
    return size;
  };
  index.expanded = walk(doc.contents);
  return index;
}

/** A node with an application tag (`!include`, ...) the linter does not read; reported once. */
export function isForeignTagged(node: unknown): boolean {
  const tag = (node as { tag?: unknown } | null)?.tag;
  return typeof tag === "string" && tag.startsWith("!") && !tag.startsWith("!!");
}

/** The node an alias stands for (the document has been checked against alias bombs). */
export function resolved(node: unknown, doc: Document): unknown {
  if (!isAlias(node)) return node;
  const targets = ALIAS_TARGETS.get(doc);
  return targets?.has(node) ? targets.get(node) : node.resolve(doc);
}

export function spanOf(node: { range?: [number, number, number] | null }, lines: LineIndex): Span {
  const range = node.range;
  if (!range) return lines.span(0, 0);
  return lines.span(range[0], range[1]);
}

/** A YAML value for messages: scalars as written, collections by kind. */
export function describeNode(node: unknown): string {
  if (isScalar(node)) return node.value === null ? "an empty value" : JSON.stringify(node.value);
  if (isMap(node)) return "a mapping";
  if (isSeq(node)) return "a list";
  return "nothing";
}

/**
 * A string scalar with the source column of each character when it is written on one line
 * (plain, single- or double-quoted), so that a field inside a TXT value can be pointed at.
 */
export function sourceText(node: Scalar, lines: LineIndex): SourceText {
  const text = String(node.value);
  const span = spanOf(node, lines);
  const range = node.range;
  if (!range || span.line !== span.endLine) return { text, span };
  const source = lines.text.slice(range[0], range[1]);
  const mapped = mapColumns(node.type, source, span.column);
  if (!mapped || mapped.columns.length !== text.length) return { text, span };
  return { text, span, columns: mapped.columns, endColumn: mapped.endColumn };
}

const SIMPLE_ESCAPE_LENGTH: Record<string, number> = { x: 4, u: 6, U: 10 };

function mapColumns(
  type: Scalar["type"],
  source: string,
  column: number,
): { columns: number[]; endColumn: number } | undefined {
  const columns: number[] = [];
  if (type === Scalar.PLAIN) {
    for (let i = 0; i < source.length; i++) columns.push(column + i);
    return { columns, endColumn: column + source.length };
  }
  if (type === Scalar.QUOTE_SINGLE) {
    let i = 1;
    while (i < source.length - 1) {
      columns.push(column + i);
      i += source[i] === "'" && source[i + 1] === "'" ? 2 : 1;
    }
    return { columns, endColumn: column + source.length - 1 };
  }
  if (type === Scalar.QUOTE_DOUBLE) {
    let i = 1;
    while (i < source.length - 1) {
      if (source[i] !== "\\") {
        columns.push(column + i);
        i++;
        continue;
      }
      const length = SIMPLE_ESCAPE_LENGTH[source[i + 1]] ?? 2;
      const decoded = length === 10 ? Number.parseInt(source.slice(i + 2, i + 10), 16) : 0;
      columns.push(column + i);
      // An escape for a code point beyond U+FFFF decodes to two UTF-16 units.
      if (decoded > 0xffff) columns.push(column + i);
      i += length;
    }
    return { columns, endColumn: column + source.length - 1 };
  }
  return undefined;
}
