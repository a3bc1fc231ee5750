/** One file of the base revision, as a reader found it. */
export type BaseFile =
  | { state: "found"; bytes: Uint8Array }
  | { state: "missing" }
  /** The reader could not tell (no permission, rate limit, network): the comparison is off. */
  | { state: "unavailable"; reason: string };

/**
 * Reads files as they were at the base revision. Paths are relative to the repository's
 * working directory (the linter's cwd) with `/` separators, as findings show them.
 */
export interface RevisionReader {
  /** How the files are read, for notes ("git", "GitHub's contents API"). */
  readonly via: string;
  read(paths: readonly string[]): Promise<Map<string, BaseFile>>;
  /**
   * Whether any of the paths changed between the revision and the checked-out commit, when
   * the reader can tell in one step (GitHub's compare API); "unknown" otherwise.
   */
  changed?(paths: readonly string[]): Promise<"changed" | "unchanged" | "unknown">;
}

/** The one-line reason a base revision cannot be read by one of the ways. */
export interface Unavailable {
  via: string;
  reason: string;
}
