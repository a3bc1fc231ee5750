import { LineIndex, type Span } from "../../model/position.js";

/**
 * A JSON (RFC 8259) reader that keeps where every value stands, so findings about a
 * DNSControl IR point into the JSON. `JSON.parse` gives no positions for values and only an
 * offset, in a message whose wording changes between Node versions, for errors.
 */

/**
 * Nodes keep offsets into the text, not line/column spans: an IR of hundreds of thousands of
 * records makes millions of nodes, and only the few a finding is about need a position
 * (`JsonTree.span`, `JsonTree.columns`).
 */
export type JsonNode =
  | { kind: "object"; entries: JsonEntry[]; start: number; end: number }
  | { kind: "array"; items: JsonNode[]; start: number; end: number }
  | JsonString
  | { kind: "number"; value: number; text: string; start: number; end: number }
  | { kind: "boolean"; value: boolean; start: number; end: number }
  | { kind: "null"; start: number; end: number };

export interface JsonString {
  kind: "string";
  value: string;
  /** Offset of the opening quote. */
  start: number;
  /** Offset just after the closing quote. */
  end: number;
}

export interface JsonEntry {
  /** The property name, decoded (its position is never needed: findings point at values). */
  key: string;
  value: JsonNode;
}

/** A parsed document: its root, and the positions of its nodes on demand. */
export class JsonTree {
  constructor(
    readonly root: JsonNode,
    readonly lines: LineIndex,
  ) {}

  span(node: { start: number; end: number }): Span {
    return this.lines.span(node.start, node.end);
  }

  /**
   * The source column of each decoded UTF-16 unit of a string written on one line (an
   * escape's units all map to its backslash); undefined for a string over several lines.
   */
  columns(node: JsonString): number[] | undefined {
    const span = this.span(node);
    if (span.line !== span.endLine) return undefined;
    const text = this.lines.text;
    const columns: number[] = [];
    let i = node.start + 1;
    while (i < node.end - 1) {
      const column = span.column + (i - node.start);
      if (text[i] === "\\") {
        columns.push(column);
        i += text[i + 1] === "u" ? 6 : 2;
      } else {
        columns.push(column);
        i++;
      }
    }
    return columns;
  }
}

export type JsonResult = { tree: JsonTree } | { error: string; span: Span };

/**
 * Deeper nesting is refused rather than risking the stack: the IR is three levels deep
 * (domains, records, metadata); a file of ten thousand `[` is an attack or an accident.
 */
export const MAX_JSON_DEPTH = 64;

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

class Reader {
  private i = 0;
  readonly lines: LineIndex;

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
  }

  parse(): JsonNode {
    // A byte order mark is not JSON, but editors on Windows write one and Go skips it too.
    if (this.text.charCodeAt(0) === 0xfeff) this.i = 1;
    this.skipBlanks();
    const root = this.value(0);
    this.skipBlanks();
    if (this.i < this.text.length) this.fail("unexpected text after the JSON value");
    return root;
  }

  private fail(message: string, at = this.i): never {
    throw new JsonSyntaxError(message, at);
  }

  private skipBlanks(): void {
    const t = this.text;
    while (this.i < t.length) {
      const c = t.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else break;
    }
  }

  private describeHere(): string {
    if (this.i >= this.text.length) return "the end of the file";
    return JSON.stringify(this.text[this.i]);
  }

  private value(depth: number): JsonNode {
    if (depth > MAX_JSON_DEPTH) {
      this.fail(`values nested more than ${MAX_JSON_DEPTH} deep; a DNSControl IR is not`);
    }
    const c = this.text[this.i];
    if (c === "{") return this.object(depth);
    if (c === "[") return this.array(depth);
    if (c === '"') return this.string();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return this.number();
    for (const [word, node] of [
      ["true", { kind: "boolean", value: true }],
      ["false", { kind: "boolean", value: false }],
      ["null", { kind: "null" }],
    ] as const) {
      if (this.text.startsWith(word, this.i)) {
        const start = this.i;
        this.i += word.length;
        return { ...node, start, end: this.i } as JsonNode;
      }
    }
    return this.fail(`expected a JSON value, found ${this.describeHere()}`);
  }

  private object(depth: number): JsonNode {
    const start = this.i++;
    const entries: JsonEntry[] = [];
    this.skipBlanks();
    if (this.text[this.i] === "}") {
      this.i++;
      return { kind: "object", entries, start, end: this.i };
    }
    for (;;) {
      this.skipBlanks();
      if (this.text[this.i] !== '"') {
        this.fail(`expected a quoted property name, found ${this.describeHere()}`);
      }
      const key = this.string().value;
      this.skipBlanks();
      if (this.text[this.i] !== ":") this.fail(`expected ":" after the property name`);
      this.i++;
      this.skipBlanks();
      entries.push({ key, value: this.value(depth + 1) });
      this.skipBlanks();
      const c = this.text[this.i];
      if (c === ",") {
        this.i++;
        continue;
      }
      if (c === "}") {
        this.i++;
        return { kind: "object", entries, start, end: this.i };
      }
      this.fail(`expected "," or "}" in an object, found ${this.describeHere()}`);
    }
  }

  private array(depth: number): JsonNode {
    const start = this.i++;
    const items: JsonNode[] = [];
    this.skipBlanks();
    if (this.text[this.i] === "]") {
      this.i++;
      return { kind: "array", items, start, end: this.i };
    }
    for (;;) {
      this.skipBlanks();
      items.push(this.value(depth + 1));
      this.skipBlanks();
      const c = this.text[this.i];
      if (c === ",") {
        this.i++;
        continue;
      }
      if (c === "]") {
        this.i++;
        return { kind: "array", items, start, end: this.i };
      }
      this.fail(`expected "," or "]" in an array, found ${this.describeHere()}`);
    }
  }

  private string(): JsonString {
    const t = this.text;
    const start = this.i++;
    let out = "";
    // Copies runs of plain characters in one slice: strings are most of an IR.
    let run = this.i;
    for (;;) {
      if (this.i >= t.length) this.fail("unterminated string", start);
      const c = t.charCodeAt(this.i);
      if (c === 34) {
        out += t.slice(run, this.i);
        this.i++;
        break;
      }
      if (c < 0x20) this.fail("control character (a raw line break or tab) inside a string");
      if (c !== 92) {
        this.i++;
        continue;
      }
      out += t.slice(run, this.i);
      const e = t[this.i + 1];
      if (e === "u") {
        const hex = t.slice(this.i + 2, this.i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("bad \\u escape: four hex digits expected");
        out += String.fromCharCode(Number.parseInt(hex, 16));
        this.i += 6;
      } else if (e !== undefined && e in ESCAPES) {
        out += ESCAPES[e];
        this.i += 2;
      } else {
        this.fail(`bad escape \\${e ?? ""} inside a string`);
      }
      run = this.i;
    }
    return { kind: "string", value: out, start, end: this.i };
  }

  private number(): JsonNode {
    const start = this.i;
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = start;
    const m = match.exec(this.text);
    if (!m) this.fail("malformed number");
    this.i = start + m[0].length;
    return {
      kind: "number",
      value: Number(m[0]),
      text: m[0],
      start,
      end: this.i,
    };
  }
}

/** Parses JSON text; a syntax error comes back with the line and column where it was found. */
export function parseJsonTree(text: string): JsonResult {
  const reader = new Reader(text);
  try {
    return { tree: new JsonTree(reader.parse(), reader.lines) };
  } catch (err) {
    if (!(err instanceof JsonSyntaxError)) throw err;
    const at = reader.lines.position(err.offset);
    return {
      error: err.message,
      span: { line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 1 },
    };
  }
}

/** The value of an object's property (the last one, as Go's encoding/json keeps it). */
export function jsonProperty(node: JsonNode, name: string): JsonNode | undefined {
  if (node.kind !== "object") return undefined;
  let found: JsonNode | undefined;
  for (const entry of node.entries) if (entry.key === name) found = entry.value;
  return found;
}
