import { dirname, join, relative, resolve, sep } from "node:path";
import {
  type JekyllView,
  jekyllSiteEvidence,
  jekyllView,
  type SiteInput,
  type SiteText,
} from "../model/jekyll.js";
import type { Hosting } from "../settings/types.js";
import { displayPath, type FileReader, isInside, readSourceFile } from "./files.js";

/** `_config.yml` and `CNAME` are small; anything larger is not one GitHub Pages would use. */
const MAX_SITE_FILE_BYTES = 256 * 1024;

/** The files that make a folder the root of a GitHub Pages site. */
const ROOT_MARKERS = ["_config.yml", "CNAME", ".nojekyll"];

/**
 * The site the policy file belongs to: the nearest folder at or above it (up to the working
 * directory, the repository root) that holds `_config.yml`, `CNAME` or `.nojekyll`; else the
 * repository root, which GitHub Pages publishes by default.
 */
export function findSiteRoot(
  cwd: string,
  policyAbsolute: string,
  readFile: FileReader = readSourceFile,
): string {
  const root = resolve(cwd);
  let dir = dirname(policyAbsolute);
  if (!isInside(root, dir)) return root;
  for (;;) {
    if (ROOT_MARKERS.some((m) => exists(cwd, join(dir, m), readFile))) return dir;
    if (relative(root, dir) === "") return root;
    dir = dirname(dir);
  }
}

/** Is there a file (empty ones included, like `.nojekyll`) at this path? */
function exists(cwd: string, absolute: string, readFile: FileReader): boolean {
  const read = readFile(cwd, absolute, MAX_SITE_FILE_BYTES);
  return read.ok || read.problem.kind !== "missing";
}

function readSiteFile(cwd: string, absolute: string, readFile: FileReader): SiteText | undefined {
  const read = readFile(cwd, absolute, MAX_SITE_FILE_BYTES);
  // A missing or unusable file is the same as none for the site model.
  return read.ok ? { file: displayPath(cwd, absolute), text: read.text } : undefined;
}

/**
 * What GitHub Pages makes of a policy file, or undefined when the file is not published by
 * GitHub Pages (`hosting: none`, or nothing in the site says Jekyll when not configured).
 * `text` is the decoded file (a leading BOM kept as U+FEFF: Jekyll then sees no front matter).
 * `readFile` reads the working tree, or the base revision when the policy is read from it.
 */
export function loadSite(
  cwd: string,
  file: string,
  text: string,
  hosting: Hosting | undefined,
  readFile: FileReader = readSourceFile,
): JekyllView | undefined {
  if (hosting === "none") return undefined;
  const absolute = resolve(cwd, file);
  const rootDir = findSiteRoot(cwd, absolute, readFile);
  const input: SiteInput = {
    file,
    text,
    pathInSite: relative(rootDir, absolute).split(sep).join("/"),
    root: displayPath(cwd, rootDir),
  };
  const config = readSiteFile(cwd, join(rootDir, "_config.yml"), readFile);
  if (config) input.config = config;
  const cname = readSiteFile(cwd, join(rootDir, "CNAME"), readFile);
  if (cname) input.cname = cname;
  if (exists(cwd, join(rootDir, ".nojekyll"), readFile))
    input.nojekyll = displayPath(cwd, join(rootDir, ".nojekyll"));
  if (hosting === undefined) {
    const evidence = jekyllSiteEvidence(input);
    if (evidence === undefined) return undefined;
    input.detectedFrom = evidence;
  }
  return jekyllView(input);
}
