import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach } from "vitest";

/**
 * A throw-away repository in the system temp directory: `files` maps relative paths to
 * contents. Removed after each test of the file that uses it.
 */
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  // realpath: on some systems the temp directory itself is behind a symbolic link.
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "mta-sts-lint-")));
  made.push(dir);
  return dir;
}

export function tempRepo(files: Record<string, string | Uint8Array>): string {
  const root = tempDir();
  writeFiles(root, files);
  return root;
}

export function writeFiles(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}
