import { isValidHostName } from "../../model/hostname.js";

/**
 * The domain a zone file's name gives (interface.md): `<domain>.zone`, `<domain>.db`,
 * `db.<domain>`, or a bare `<domain>`. Only names with at least one dot count: a policy domain
 * always has one, and `named.zone` or `db.local` are not zones of a mail domain.
 */

/** Extensions of files that are not bare-named zone files, though some are also TLDs (.md, .tf). */
// biome-ignore format: a word list
const FILE_EXTENSIONS = new Set([
  "cfg", "conf", "csv", "html", "ini", "js", "json", "lock", "md", "py", "sh", "tf", "tfvars",
  "toml", "ts", "txt", "xml", "yaml", "yml",
]);

function baseName(path: string): string {
  const slash = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return path.slice(slash + 1);
}

function asDomain(candidate: string): string | undefined {
  const name = (candidate.endsWith(".") ? candidate.slice(0, -1) : candidate).toLowerCase();
  if (!name.includes(".") || !isValidHostName(name)) return undefined;
  const tld = name.slice(name.lastIndexOf(".") + 1);
  // A numeric last label is an address or a version, not a domain.
  if (!/^[a-z][a-z0-9-]*$/.test(tld)) return undefined;
  return name;
}

export function domainFromZoneFileName(path: string): string | undefined {
  const name = baseName(path);
  const lower = name.toLowerCase();
  for (const suffix of [".zone", ".db"]) {
    if (lower.endsWith(suffix)) return asDomain(name.slice(0, -suffix.length));
  }
  if (lower.startsWith("db.")) return asDomain(name.slice(3));
  const extension = lower.slice(lower.lastIndexOf(".") + 1);
  if (FILE_EXTENSIONS.has(extension)) return undefined;
  return asDomain(name);
}
