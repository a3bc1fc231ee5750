import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { displayPath, type FileReader, sourceFromBytes } from "../../src/sources/files.js";
import { loadPolicy } from "../../src/sources/policy.js";

/** A reader over files held in memory, as a base revision's files are: nothing on disk. */
function memoryReader(files: Record<string, string>): FileReader {
  return (cwd, path, maxBytes) => {
    const file = displayPath(cwd, resolve(cwd, path));
    const text = files[file];
    if (text === undefined)
      return { ok: false, problem: { file, kind: "missing", reason: "file not found" } };
    return sourceFromBytes(file, new TextEncoder().encode(text), maxBytes);
  };
}

const POLICY =
  "---\nlayout: null\n---\nversion: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n";

describe("the site around a policy is read through the same reader as the policy", () => {
  // A base revision's GitHub Pages site must be judged with the base's _config.yml, CNAME and
  // .nojekyll, not with the files of the pull request's working tree.
  it("finds the site's CNAME and .nojekyll in the reader's files, not on disk", () => {
    const cwd = mkdtempSync(join(tmpdir(), "site-reader-")); // empty on disk
    const read = memoryReader({
      "mta-sts.txt": POLICY,
      CNAME: "mta-sts.example.com\n",
      ".nojekyll": "",
    });
    const loaded = loadPolicy(cwd, "mta-sts.txt", undefined, read);
    expect(loaded.site?.cname?.file).toBe("CNAME");
    expect(loaded.site?.nojekyll).toBe(true);
  });

  it("without those files in the reader, a front-matter file is still a detected Jekyll page", () => {
    const cwd = mkdtempSync(join(tmpdir(), "site-reader-"));
    const loaded = loadPolicy(
      cwd,
      "mta-sts.txt",
      undefined,
      memoryReader({ "mta-sts.txt": POLICY }),
    );
    expect(loaded.site?.cname).toBeUndefined();
    expect(loaded.site?.nojekyll).toBe(false);
    // The served body starts after the front matter, numbered from its line in the file.
    expect(loaded.policy?.fields[0]?.line).toBe(4);
  });
});
