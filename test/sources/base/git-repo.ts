import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { tempDir, writeFiles } from "../temp-repo.js";

const ENV = {
  PATH: process.env.PATH ?? "",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: "Postmaster",
  GIT_AUTHOR_EMAIL: "postmaster@example.com",
  GIT_COMMITTER_NAME: "Postmaster",
  GIT_COMMITTER_EMAIL: "postmaster@example.com",
};

/** git with a fixed identity and no user configuration, so tests behave the same everywhere. */
export function git(cwd: string, ...args: string[]): string {
  return gitBytes(cwd, ...args)
    .toString("utf8")
    .trim();
}

/** git's exact output (a blob's bytes). */
export function gitBytes(cwd: string, ...args: string[]): Buffer {
  return execFileSync("git", args, {
    cwd,
    env: { ...ENV, HOME: cwd },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** A real repository in a temp directory, committed revision by revision. */
export class TestRepo {
  readonly root = tempDir();

  constructor() {
    git(this.root, "init", "-q", "-b", "main");
  }

  /**
   * Writes `files` (null deletes one), commits everything and returns the commit's SHA.
   */
  commit(files: Record<string, string | null>, message = "change"): string {
    const write: Record<string, string> = {};
    for (const [path, content] of Object.entries(files)) {
      if (content === null) rmSync(join(this.root, path), { force: true });
      else write[path] = content;
    }
    writeFiles(this.root, write);
    git(this.root, "add", "-A");
    git(this.root, "commit", "-q", "--allow-empty", "-m", message);
    return git(this.root, "rev-parse", "HEAD");
  }

  /** A clone with only the head commit, as actions/checkout makes by default. */
  shallowClone(): string {
    const dir = tempDir();
    git(dir, "clone", "-q", "--depth", "1", `file://${this.root}`, "checkout");
    return join(dir, "checkout");
  }
}
