import type { InputProblem } from "../model/domain.js";
import type { JekyllView } from "../model/jekyll.js";
import type { PolicyDoc } from "../model/policy.js";
import { parsePolicy } from "../parse/policy.js";
import { decodeText } from "../parse/text.js";
import { type Hosting, MAX_POLICY_BYTES } from "../settings/types.js";
import { type FileReader, readSourceFile } from "./files.js";
import { loadSite } from "./site.js";

export interface LoadedPolicy {
  /** The path as reported (relative to cwd). */
  file: string;
  /** The body senders are served, parsed with the file's own line numbers. */
  policy?: PolicyDoc;
  /** What the static site makes of the file, when a static site publishes it. */
  site?: JekyllView;
  problem?: InputProblem;
}

/** Offset of the first byte of 1-based `line` (LF, CRLF and a lone CR end a line, as LineIndex counts). */
function byteOffsetOfLine(bytes: Uint8Array, line: number): number {
  let current = 1;
  for (let i = 0; i < bytes.length && current < line; i++) {
    if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) current++;
    if (current === line) return i + 1;
  }
  return current === line ? 0 : bytes.length;
}

/**
 * Reads and parses a local policy file. The parser gets the bytes, not the decoded text, so
 * that a BOM or stray invalid UTF-8 is reported at its line (`policy-syntax`). When a static
 * site publishes the file, the parser gets the body the site serves (after Jekyll's front
 * matter), numbered from its real line in the file.
 */
export function loadPolicy(
  cwd: string,
  path: string,
  hosting?: Hosting,
  readFile: FileReader = readSourceFile,
): LoadedPolicy {
  const read = readFile(cwd, path, MAX_POLICY_BYTES);
  if (!read.ok) {
    const { file, kind, reason } = read.problem;
    return { file, problem: { file, area: "policy", reason, kind } };
  }
  const decoded = decodeText(read.bytes);
  const site = loadSite(
    cwd,
    read.file,
    decoded.hasBom ? `\uFEFF${decoded.text}` : decoded.text,
    hosting,
    readFile,
  );
  if (!site || site.body.offset === 0) {
    return {
      file: read.file,
      policy: parsePolicy(read.bytes, { file: read.file }),
      ...(site ? { site } : {}),
    };
  }
  const firstLine = site.body.firstLine;
  const body = read.bytes.subarray(byteOffsetOfLine(read.bytes, firstLine));
  return { file: read.file, policy: parsePolicy(body, { file: read.file }, { firstLine }), site };
}

/**
 * Loads each policy file once, however many domains share it (rules.md "Shared policy
 * files"); the parsed document is shared, which is safe because nothing mutates it.
 */
export class PolicyCache {
  private readonly loaded = new Map<string, LoadedPolicy>();

  /** `readFile` reads the working tree unless another revision's files are read. */
  constructor(
    private readonly cwd: string,
    private readonly readFile: FileReader = readSourceFile,
  ) {}

  get(path: string, hosting?: Hosting): LoadedPolicy {
    // The hosting decides which body is linted, so it is part of the key.
    const key = `${hosting ?? "auto"}\0${path}`;
    let entry = this.loaded.get(key);
    if (!entry) {
      entry = loadPolicy(this.cwd, path, hosting, this.readFile);
      this.loaded.set(key, entry);
    }
    return entry;
  }
}
