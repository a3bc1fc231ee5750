import { execFile } from "node:child_process";
import { posix } from "node:path";
import type { BaseFile, RevisionReader } from "./reader.js";

/** A git command that takes longer (a hung filesystem, a lock) is given up: the check is skipped. */
const GIT_TIMEOUT_MS = 120000;

/** Largest output read from one git command: the files of a run together (zones included). */
const MAX_GIT_OUTPUT = 1024 * 1024 * 1024;

interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs git with arguments (never a shell), optionally feeding stdin; never throws. */
export function runGit(
  cwd: string,
  args: readonly string[],
  input?: string,
  gitBinary = "git",
): Promise<GitResult> {
  return new Promise((resolve) => {
    const child = execFile(
      gitBinary,
      [...args],
      {
        cwd,
        encoding: "buffer",
        maxBuffer: MAX_GIT_OUTPUT,
        timeout: GIT_TIMEOUT_MS,
        // No pager, no prompt for credentials: this runs unattended.
        env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", LC_ALL: "C" },
      },
      (err, stdout, stderr) => {
        const exited = err === null || typeof err.code === "number";
        resolve({
          code: err === null ? 0 : typeof err.code === "number" ? err.code : 127,
          stdout: stdout ?? Buffer.alloc(0),
          // Not started at all (no git on the PATH): the spawn error is the reason.
          stderr: exited
            ? (stderr ?? Buffer.alloc(0)).toString("utf8").trim()
            : String(err?.message),
        });
      },
    );
    child.stdin?.on("error", () => {}); // git may exit before reading everything
    child.stdin?.end(input ?? "");
  });
}

/** A revision argument git would read as an option is refused, not passed on. */
export function isSafeRevision(rev: string): boolean {
  return rev.length > 0 && !rev.startsWith("-") && !/[\s\0]/.test(rev);
}

/**
 * Did any of `paths` (relative to `cwd`) change between `rev` and the working tree? One git
 * call: the fast path for a pull request that touches nothing MTA-STS related. The changed
 * names are listed and matched here rather than passed as pathspecs: git matches every
 * pathspec against every file, which costs seconds with thousands of configured domains.
 * "unknown" when git cannot tell (not a repository, or the revision's objects are not in the
 * clone).
 */
export async function pathsChanged(
  cwd: string,
  rev: string,
  paths: readonly string[],
  gitBinary?: string,
): Promise<"changed" | "unchanged" | "unknown"> {
  if (!isSafeRevision(rev) || paths.length === 0) return "unknown";
  const r = await runGit(
    cwd,
    ["diff", "--name-only", "-z", "--no-ext-diff", "--no-renames", "--relative", rev, "--"],
    undefined,
    gitBinary,
  );
  if (r.code !== 0) return "unknown";
  const wanted = new Set(paths.map((p) => posix.normalize(p)));
  const changed = r.stdout.toString("utf8").split("\0");
  return changed.some((name) => name !== "" && wanted.has(name)) ? "changed" : "unchanged";
}

/**
 * Are the paths in the working tree as the checked-out commit has them (no edit, no new
 * untracked file)? A step before the linter may have generated a zone file; then what the
 * commit says about the pull request's changes is not the whole story.
 */
export async function workingTreeClean(
  cwd: string,
  paths: readonly string[],
  gitBinary?: string,
): Promise<boolean> {
  if (paths.length === 0) return false;
  const r = await runGit(
    cwd,
    ["status", "--porcelain", "-z", "--untracked-files=all", "--", ...paths.map(literal)],
    undefined,
    gitBinary,
  );
  return r.code === 0 && r.stdout.length === 0;
}

/** A pathspec that matches exactly this path (no glob magic from a file name). */
function literal(path: string): string {
  return `:(literal)${path}`;
}

/**
 * Opens `rev` for reading with git: resolves it once to a commit, and learns where the
 * working directory sits in the repository (paths in `<commit>:<path>` are from the top).
 */
export async function openGitRevision(
  cwd: string,
  rev: string,
  gitBinary = "git",
): Promise<{ ok: true; reader: RevisionReader; commit: string } | { ok: false; reason: string }> {
  if (!isSafeRevision(rev))
    return { ok: false, reason: `${JSON.stringify(rev)} is not a revision` };
  const r = await runGit(
    cwd,
    ["rev-parse", "--show-prefix", "--verify", "--quiet", `${rev}^{commit}`],
    undefined,
    gitBinary,
  );
  const lines = r.stdout.toString("utf8").split("\n");
  if (r.code !== 0 || lines.length < 2 || !/^[0-9a-f]{40,64}$/.test(lines[1])) {
    const firstLine = r.stderr.split("\n")[0];
    // --quiet: a revision that is not there prints nothing; anything else is git's own reason
    // (no repository, "dubious ownership" in a container job, no git at all).
    const why = /not a git repository/i.test(firstLine)
      ? "the working directory is not a git repository"
      : r.code === 1 && lines[0] !== undefined && firstLine === ""
        ? `the commit ${rev} is not in the clone (a shallow checkout holds only the head commit)`
        : firstLine || `the commit ${rev} is not in the clone`;
    return { ok: false, reason: why };
  }
  const prefix = lines[0];
  const commit = lines[1];
  return { ok: true, commit, reader: gitReader(cwd, commit, prefix, gitBinary) };
}

/**
 * Reads many files of one commit with two git processes: `git ls-tree` lists the directories
 * the paths are in (a `<commit>:<path>` lookup per file would walk a 10,000-entry zone
 * directory once per file), then one `git cat-file --batch` reads the blobs by object id.
 */
function gitReader(cwd: string, commit: string, prefix: string, gitBinary: string): RevisionReader {
  return {
    via: "git",
    async read(paths) {
      const out = new Map<string, BaseFile>();
      const full = (p: string) => `${prefix}${p}`;
      const askable = paths.filter((p) => !p.startsWith("../"));
      for (const p of paths) out.set(p, { state: "missing" });
      if (askable.length === 0) return out;
      const listed = await listTree(cwd, commit, askable.map(full), gitBinary);
      if ("reason" in listed) {
        for (const p of askable) out.set(p, { state: "unavailable", reason: listed.reason });
        return out;
      }
      // Only regular files are read: a directory or a submodule at the path is no file.
      const wanted = askable.filter((p) => listed.blobs.has(full(p)));
      if (wanted.length === 0) return out;
      const ids = wanted.map((p) => listed.blobs.get(full(p)) as string);
      const r = await runGit(cwd, ["cat-file", "--batch"], `${ids.join("\n")}\n`, gitBinary);
      if (r.code !== 0) {
        for (const p of wanted)
          out.set(p, { state: "unavailable", reason: `git cat-file failed: ${r.stderr}` });
        return out;
      }
      parseBatch(r.stdout, wanted, out);
      return out;
    },
  };
}

/** Blob ids by full path of the files in the directories of `fullPaths` at `commit`. */
async function listTree(
  cwd: string,
  commit: string,
  fullPaths: readonly string[],
  gitBinary: string,
): Promise<{ blobs: Map<string, string> } | { reason: string }> {
  const specs = new Set<string>();
  for (const p of fullPaths) {
    const slash = p.lastIndexOf("/");
    specs.add(`:(literal)${slash < 0 ? p : p.slice(0, slash + 1)}`);
  }
  const r = await runGit(
    cwd,
    ["ls-tree", "-r", "-z", "--full-tree", commit, "--", ...specs],
    undefined,
    gitBinary,
  );
  if (r.code !== 0) return { reason: `git ls-tree failed: ${r.stderr}` };
  const blobs = new Map<string, string>();
  for (const entry of r.stdout.toString("utf8").split("\0")) {
    // "<mode> SP <type> SP <object> TAB <path>"; symbolic links (120000) are not followed.
    const m = /^100(?:644|755) blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (m) blobs.set(m[2], m[1]);
  }
  return { blobs };
}

/**
 * `git cat-file --batch` answers each request with `<oid> <type> <size>\n<content>\n`, or
 * `<request> missing\n`.
 */
function parseBatch(stdout: Buffer, paths: readonly string[], out: Map<string, BaseFile>): void {
  let at = 0;
  for (const path of paths) {
    const eol = stdout.indexOf(10, at);
    if (eol < 0) {
      out.set(path, { state: "unavailable", reason: "git cat-file ended early" });
      continue;
    }
    const header = stdout.subarray(at, eol).toString("utf8");
    at = eol + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) {
      out.set(path, { state: "missing" });
      continue;
    }
    const size = Number(m[2]);
    const bytes = stdout.subarray(at, at + size);
    at += size + 1;
    out.set(
      path,
      m[1] === "blob" ? { state: "found", bytes: new Uint8Array(bytes) } : { state: "missing" },
    );
  }
}

/** Where the working directory sits in its repository ("" at the top, "dir/" below it). */
export async function gitPrefix(cwd: string, gitBinary?: string): Promise<string | undefined> {
  const r = await runGit(cwd, ["rev-parse", "--show-prefix"], undefined, gitBinary);
  return r.code === 0 ? r.stdout.toString("utf8").split("\n")[0] : undefined;
}
