import type { InputProblem } from "../model/domain.js";
import type { PolicyDoc } from "../model/policy.js";
import { parsePolicy } from "../parse/policy.js";
import { MAX_POLICY_BYTES } from "../settings/types.js";
import { type FileReader, readSourceFile } from "./files.js";

export interface LoadedPolicy {
  /** The path as reported (relative to cwd). */
  file: string;
  policy?: PolicyDoc;
  problem?: InputProblem;
}

/**
 * Reads and parses a local policy file. The parser gets the bytes, not the decoded text, so
 * that a BOM or stray invalid UTF-8 is reported at its line (`policy-syntax`).
 */
export function loadPolicy(
  cwd: string,
  path: string,
  readFile: FileReader = readSourceFile,
): LoadedPolicy {
  const read = readFile(cwd, path, MAX_POLICY_BYTES);
  if (!read.ok) {
    const { file, reason } = read.problem;
    return { file, problem: { file, area: "policy", reason } };
  }
  return { file: read.file, policy: parsePolicy(read.bytes, { file: read.file }) };
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

  get(path: string): LoadedPolicy {
    let entry = this.loaded.get(path);
    if (!entry) {
      entry = loadPolicy(this.cwd, path, this.readFile);
      this.loaded.set(path, entry);
    }
    return entry;
  }
}
