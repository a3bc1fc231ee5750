import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_POLICY_BYTES } from "../../src/settings/types.js";
import { displayPath, formatBytes, isInside, readSourceFile } from "../../src/sources/files.js";
import { tempDir, tempRepo } from "./temp-repo.js";

const POLICY = "version: STSv1\nmode: enforce\nmx: mx1.example.com\nmax_age: 604800\n";

function problemOf(result: ReturnType<typeof readSourceFile>) {
  expect(result.ok).toBe(false);
  return result.ok ? undefined : result.problem;
}

describe("readSourceFile (rules.md input-unreadable)", () => {
  it("reads a text file and reports its path relative to cwd with / separators", () => {
    const root = tempRepo({ ".well-known/mta-sts.txt": POLICY });
    const result = readSourceFile(root, ".well-known/mta-sts.txt", MAX_POLICY_BYTES);
    expect(result).toMatchObject({ ok: true, file: ".well-known/mta-sts.txt", text: POLICY });
    expect(result.ok && result.bytes.length).toBe(POLICY.length);
  });

  it("accepts an absolute path inside cwd and reports it relative", () => {
    const root = tempRepo({ "a/b.txt": POLICY });
    const result = readSourceFile(root, join(root, "a/b.txt"), MAX_POLICY_BYTES);
    expect(result.ok && result.file).toBe("a/b.txt");
  });

  it("reports a missing file", () => {
    const root = tempRepo({});
    expect(problemOf(readSourceFile(root, "mta-sts.txt", MAX_POLICY_BYTES))).toEqual({
      file: "mta-sts.txt",
      kind: "missing",
      reason: "file not found",
    });
  });

  it("reports a directory given as a file", () => {
    const root = tempRepo({ ".well-known/mta-sts.txt": POLICY });
    expect(problemOf(readSourceFile(root, ".well-known", MAX_POLICY_BYTES))?.kind).toBe(
      "directory",
    );
  });

  it("reports an empty file", () => {
    const root = tempRepo({ "mta-sts.txt": "" });
    expect(problemOf(readSourceFile(root, "mta-sts.txt", MAX_POLICY_BYTES))).toMatchObject({
      kind: "empty",
      reason: "empty file",
    });
  });

  it("reports a file over the limit before reading it (policy limit 1 MiB)", () => {
    const root = tempRepo({ "big.txt": "x".repeat(MAX_POLICY_BYTES + 1) });
    const problem = problemOf(readSourceFile(root, "big.txt", MAX_POLICY_BYTES));
    expect(problem?.kind).toBe("too-large");
    expect(problem?.reason).toBe("larger than 1 MiB (1048577 bytes)");
  });

  it("reads a file exactly at the limit", () => {
    const root = tempRepo({ "edge.txt": "x".repeat(1024) });
    expect(readSourceFile(root, "edge.txt", 1024).ok).toBe(true);
  });

  it("reports a binary file (rules.md Text or not) and names UTF-16", () => {
    const binary = new Uint8Array(512).map((_, i) => (i % 3 === 0 ? 0 : 0x41));
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[..."version: STSv1\n"].flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    const root = tempRepo({ "logo.png": binary, "utf16.txt": utf16 });
    expect(problemOf(readSourceFile(root, "logo.png", MAX_POLICY_BYTES))).toMatchObject({
      kind: "not-text",
      reason: "not a text file (binary content)",
    });
    expect(problemOf(readSourceFile(root, "utf16.txt", MAX_POLICY_BYTES))?.reason).toContain(
      "UTF-16",
    );
  });

  it("keeps an otherwise textual file with a stray bad byte (the parser reports it at its line)", () => {
    const bytes = new Uint8Array([
      ...Buffer.from("version: STSv1\nmode: enf"),
      0xff,
      ...Buffer.from("orce\n"),
    ]);
    const root = tempRepo({ "mta-sts.txt": bytes });
    expect(readSourceFile(root, "mta-sts.txt", MAX_POLICY_BYTES).ok).toBe(true);
  });

  it("refuses a symbolic link inside the repository that points outside it", () => {
    const outside = tempRepo({ "secret.txt": "token: hunter2\n" });
    const root = tempRepo({});
    symlinkSync(join(outside, "secret.txt"), join(root, "mta-sts.txt"));
    expect(problemOf(readSourceFile(root, "mta-sts.txt", MAX_POLICY_BYTES))).toMatchObject({
      kind: "outside",
      file: "mta-sts.txt",
    });
  });

  it("follows a symbolic link that stays inside the repository", () => {
    const root = tempRepo({ "policies/shared.txt": POLICY });
    mkdirSync(join(root, ".well-known"));
    symlinkSync("../policies/shared.txt", join(root, ".well-known/mta-sts.txt"));
    expect(readSourceFile(root, ".well-known/mta-sts.txt", MAX_POLICY_BYTES).ok).toBe(true);
  });

  it("reports a dangling symbolic link as missing", () => {
    const root = tempRepo({});
    symlinkSync("nowhere.txt", join(root, "mta-sts.txt"));
    expect(problemOf(readSourceFile(root, "mta-sts.txt", MAX_POLICY_BYTES))?.kind).toBe("missing");
  });

  it.skipIf(process.getuid?.() === 0)("reports a file without read permission", () => {
    const root = tempDir();
    const path = join(root, "mta-sts.txt");
    writeFileSync(path, POLICY);
    chmodSync(path, 0o000);
    expect(problemOf(readSourceFile(root, "mta-sts.txt", MAX_POLICY_BYTES))).toMatchObject({
      kind: "unreadable",
      reason: "permission denied",
    });
  });
});

describe("path helpers", () => {
  it("isInside accepts the root and children, refuses siblings with a common prefix", () => {
    expect(isInside("/repo", "/repo")).toBe(true);
    expect(isInside("/repo", "/repo/a/b")).toBe(true);
    expect(isInside("/repo", "/repo-other/a")).toBe(false);
    expect(isInside("/repo", "/etc/passwd")).toBe(false);
  });

  it("displayPath is relative with / separators", () => {
    expect(displayPath("/repo", "/repo/zones/example.com.zone")).toBe("zones/example.com.zone");
    expect(displayPath("/repo", "/other/x.txt")).toBe("../other/x.txt");
  });

  it("formatBytes names sizes in binary units", () => {
    expect(formatBytes(64 * 1024 * 1024)).toBe("64 MiB");
    expect(formatBytes(1536 * 1024)).toBe("1.5 MiB");
    expect(formatBytes(12)).toBe("12 bytes");
  });
});
