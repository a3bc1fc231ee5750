import { closeSync, fstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { FileProblemKind } from "../model/domain.js";
import { decodeText } from "../parse/text.js";

export type { FileProblemKind };

/** Why a configured file could not be used (an `input-unreadable` finding says it). */
export interface FileProblem {
  /** The path as reported: relative to cwd, `/` separators. */
  file: string;
  kind: FileProblemKind;
  /** One line, e.g. "file not found", "larger than 1 MiB (1048577 bytes)". */
  reason: string;
}

export type SourceFile =
  | { ok: true; file: string; text: string; bytes: Uint8Array }
  | { ok: false; problem: FileProblem };

/** A path as findings show it: relative to the working directory, with `/` separators. */
export function displayPath(cwd: string, absolutePath: string): string {
  const rel = relative(cwd, absolutePath) || ".";
  return sep === "/" ? rel : rel.split(sep).join("/");
}

/** Is `path` the directory `root` or inside it? Both must be absolute and normalised. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/**
 * The real path (symlinks resolved), or the path itself when it cannot be resolved. The
 * native call is one system call, where the JavaScript one stats every path component: it
 * matters when thousands of configured files are read.
 */
export function realPathOf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

/** Sizes in messages: "64 MiB", "1.5 MiB", "700 KiB", "12 bytes". */
export function formatBytes(n: number): string {
  const units: [number, string][] = [
    [1024 * 1024 * 1024, "GiB"],
    [1024 * 1024, "MiB"],
    [1024, "KiB"],
  ];
  for (const [size, unit] of units) {
    if (n >= size) return `${Number((n / size).toFixed(1))} ${unit}`;
  }
  return `${n} bytes`;
}

function errorCode(err: unknown): string | undefined {
  return typeof err === "object" && err !== null && "code" in err
    ? String((err as { code: unknown }).code)
    : undefined;
}

function problemFromError(file: string, err: unknown): FileProblem {
  const code = errorCode(err);
  if (code === "ENOENT" || code === "ENOTDIR")
    return { file, kind: "missing", reason: "file not found" };
  if (code === "EISDIR") return { file, kind: "directory", reason: "is a directory, not a file" };
  if (code === "EACCES" || code === "EPERM") {
    return { file, kind: "unreadable", reason: "permission denied" };
  }
  if (code === "ELOOP") return { file, kind: "unreadable", reason: "symbolic link loop" };
  const detail = err instanceof Error ? err.message : String(err);
  return { file, kind: "unreadable", reason: `cannot be read (${detail})` };
}

/** Why a report file could not be written, as a one-line phrase. */
export function writeErrorReason(err: unknown): string {
  switch (errorCode(err)) {
    case "EISDIR":
      return "it is a directory";
    case "ENOENT":
    case "ENOTDIR":
      return "its directory does not exist";
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return "permission denied";
    case "ENOSPC":
      return "no space left on the device";
    default:
      return (err instanceof Error ? err.message : String(err)).split("\n")[0];
  }
}

/**
 * Reads a configured file for linting. Never throws: every way a file can be unusable is a
 * `FileProblem`. The size is checked before reading (a zone export can be huge, and a policy
 * larger than 1 MiB is certainly a mistake), and a path inside the working directory that is
 * a symbolic link to a file outside it is refused: a pull request must not be able to make
 * the linter read (and quote in annotations) files from the runner.
 */
export function readSourceFile(cwd: string, path: string, maxBytes: number): SourceFile {
  const absolute = resolve(cwd, path);
  const file = displayPath(cwd, absolute);
  const fail = (kind: FileProblemKind, reason: string): SourceFile => ({
    ok: false,
    problem: { file, kind, reason },
  });

  let fd: number | undefined;
  try {
    const info = statSync(absolute);
    if (info.isDirectory()) return fail("directory", "is a directory, not a file");
    // FIFOs and devices would block or never end; they are never a policy or a zone.
    if (!info.isFile()) return fail("not-regular", "is not a regular file");
    if (isInside(cwd, absolute) && !isInside(realPathOf(cwd), realPathOf(absolute))) {
      return fail("outside", "is a symbolic link to a file outside the repository; refused");
    }
    if (info.size === 0) return fail("empty", "empty file");
    if (info.size > maxBytes) {
      return fail("too-large", `larger than ${formatBytes(maxBytes)} (${info.size} bytes)`);
    }
    fd = openSync(absolute, "r");
    // The file may have grown between stat and read: read one byte more than allowed.
    return sourceFromBytes(
      file,
      readUpTo(fd, Math.min(fstatSync(fd).size, maxBytes) + 1),
      maxBytes,
    );
  } catch (err) {
    return { ok: false, problem: problemFromError(file, err) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The checks `readSourceFile` makes on a file's content, for bytes that come from elsewhere
 * (a base revision read from git or GitHub's API): too large, empty, not text.
 */
export function sourceFromBytes(file: string, bytes: Uint8Array, maxBytes: number): SourceFile {
  const fail = (kind: FileProblemKind, reason: string): SourceFile => ({
    ok: false,
    problem: { file, kind, reason },
  });
  if (bytes.length > maxBytes) return fail("too-large", `larger than ${formatBytes(maxBytes)}`);
  if (bytes.length === 0) return fail("empty", "empty file");
  const decoded = decodeText(bytes);
  if (!decoded.isText) return fail("not-text", decoded.reason ?? "not a text file");
  return { ok: true, file, text: decoded.text, bytes };
}

/** Reads a configured file (path relative to `cwd`) with the checks of `readSourceFile`. */
export type FileReader = (cwd: string, path: string, maxBytes: number) => SourceFile;

/** A `readSourceFile` problem as an exception, for readers whose callers expect one. */
export class SourceFileError extends Error {
  override readonly name = "SourceFileError";
  /** "ENOENT" for a missing file, as fs errors say it, so callers treat both alike. */
  readonly code: string | undefined;

  constructor(readonly problem: FileProblem) {
    super(problem.reason);
    this.code = problem.kind === "missing" ? "ENOENT" : undefined;
  }
}

/**
 * Reads a text file the settings need before linting starts (the configuration file, a
 * site's CNAME, a zone for the origin it names) with the guards of `readSourceFile`: no FIFO
 * that would block, nothing larger than `maxBytes`, no binary content, no symbolic link out
 * of the repository. An empty file is "". Throws `SourceFileError`.
 */
export function readTextFile(cwd: string, absolutePath: string, maxBytes: number): string {
  const read = readSourceFile(cwd, absolutePath, maxBytes);
  if (read.ok) return read.text;
  if (read.problem.kind === "empty") return "";
  throw new SourceFileError(read.problem);
}

function readUpTo(fd: number, limit: number): Uint8Array {
  const buffer = Buffer.alloc(limit);
  let length = 0;
  while (length < limit) {
    const n = readSync(fd, buffer, length, limit - length, null);
    if (n === 0) break;
    length += n;
  }
  return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
}
