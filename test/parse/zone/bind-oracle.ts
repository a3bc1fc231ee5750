import { execFile, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import type { MasterFileResult } from "../../../src/parse/zone/master.js";

/**
 * BIND's named-checkzone as the reference reader of master files, and one canonical text per
 * record (owner, TTL, class, type, RDATA of the types the linter reads) so its zone dump and
 * the parser's records compare line by line. The canonical form is written here from the
 * RFCs, independently of the parser's own code, so a parser bug cannot hide on both sides.
 */

export const NAMED_CHECKZONE: string | undefined = (process.env.PATH ?? "")
  .split(delimiter)
  .map((dir) => join(dir, "named-checkzone"))
  .find((path) => existsSync(path));

export interface BindLine {
  file: string;
  line: number;
  message: string;
}

export interface BindResult {
  loaded: boolean;
  /** Canonical records of the dump (empty when the zone did not load). */
  records: string[];
  /** Messages naming a file and line that reject the zone (warnings left out). */
  errors: BindLine[];
  /** Rejections of the loaded zone's content that name no line (no SOA, NS without address). */
  contentErrors: string[];
}

/** named-checkzone's checks of a zone's content after loading (not about reading the file). */
const CONTENT_CHECKS = [/has no address records/, /has 0 SOA records/, /has no NS records/];

/**
 * Messages named-checkzone prints at a line without rejecting the zone: RRset TTL changes,
 * check-names, wildcard and $ORIGIN advice, TTLs clamped to 0 (RFC 2181 §8).
 */
const WARNINGS = [
  /TTL set to prior TTL/,
  /\(check-names\)/,
  /non-terminal wildcard/,
  /inherited owner/,
  /> MAXTTL/,
  /has no address records/,
  /is a CNAME/,
  /out-of-zone data/,
  /using SOA MINTTL/,
  /using RFC1035 TTL semantics/,
  /does not end with newline/,
];

/** Runs `named-checkzone -D -o - <origin> <file>` in `cwd` (where $INCLUDE paths resolve). */
export function runNamedCheckzone(origin: string, file: string, cwd: string): BindResult {
  if (!NAMED_CHECKZONE) throw new Error("named-checkzone is not on PATH");
  const run = spawnSync(NAMED_CHECKZONE, ["-D", "-o", "-", origin, file], {
    cwd,
    encoding: "latin1",
  });
  return readBindOutput(run.status, run.stdout, run.stderr);
}

/** The same, without blocking: many zones are checked concurrently. */
export function runNamedCheckzoneAsync(
  origin: string,
  file: string,
  cwd: string,
): Promise<BindResult> {
  const checkzone = NAMED_CHECKZONE;
  if (!checkzone) return Promise.reject(new Error("named-checkzone is not on PATH"));
  return new Promise((resolve) => {
    execFile(
      checkzone,
      ["-D", "-o", "-", origin, file],
      { cwd, encoding: "latin1", maxBuffer: 1 << 26 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve(readBindOutput(status, stdout, stderr));
      },
    );
  });
}

/** Runs `work` over `items` with at most `limit` at a time, results in input order. */
export async function inPool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function readBindOutput(status: number | null, stdout: string, stderr: string): BindResult {
  const errors: BindLine[] = [];
  const contentErrors: string[] = [];
  for (const text of `${stdout}\n${stderr}`.split("\n")) {
    if (/^zone \S+: /.test(text) && CONTENT_CHECKS.some((c) => c.test(text))) {
      contentErrors.push(text);
      continue;
    }
    const m = /^(?:[a-z_]+: )?(\S+?):(\d+): (.*)$/.exec(text);
    if (!m || WARNINGS.some((w) => w.test(m[3]))) continue;
    errors.push({ file: m[1], line: Number(m[2]), message: m[3] });
  }
  const loaded = status === 0;
  const records = loaded
    ? stdout
        .split("\n")
        .filter((l) => l.trim() !== "" && !l.startsWith(";"))
        .map(canonicalBindLine)
    : [];
  return { loaded, records: records.sort(), errors, contentErrors };
}

// ---- canonical names --------------------------------------------------------------------

/** Octets of a presentation-format text with RFC 1035 §5.1 escapes, split at unescaped dots. */
function labelsOf(text: string): number[][] {
  const labels: number[][] = [[]];
  const bytes = Buffer.from(text, "utf8");
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x2e) {
      labels.push([]);
    } else if (b === 0x5c && i + 1 < bytes.length) {
      const d = bytes.subarray(i + 1, i + 4).toString("latin1");
      if (/^\d{3}$/.test(d)) {
        labels[labels.length - 1].push(Number(d));
        i += 3;
      } else {
        labels[labels.length - 1].push(bytes[++i]);
      }
    } else {
      labels[labels.length - 1].push(b);
    }
  }
  return labels.filter((l) => l.length > 0);
}

function renderOctet(b: number, special: string): string {
  const lower = b >= 0x41 && b <= 0x5a ? b + 32 : b;
  const c = String.fromCharCode(lower);
  if (b <= 0x20 || b >= 0x7f || special.includes(c)) return `\\${b.toString().padStart(3, "0")}`;
  return c;
}

/** A name as lowercase labels with every special octet as \DDD, ending in "." ("." = root). */
export function canonicalName(text: string): string {
  const labels = labelsOf(text);
  if (labels.length === 0) return ".";
  return `${labels.map((l) => l.map((b) => renderOctet(b, '.\\"();@$')).join("")).join(".")}.`;
}

/** Character-string octets with everything but plain printable ASCII as \DDD. */
function canonicalOctets(octets: Iterable<number>): string {
  let out = "";
  for (const b of octets) {
    out += b < 0x20 || b >= 0x7f || b === 0x22 || b === 0x5c ? `\\${b}` : String.fromCharCode(b);
  }
  return `"${out}"`;
}

/** The eight groups of an IPv6 address, four hex digits each (RFC 4291 §2.2 forms in). */
export function expandIpv6(text: string): string {
  let t = text.toLowerCase();
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(t);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number);
    t = `${t.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = t.includes("::") ? t.split("::") : [t, undefined];
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const zeros =
    tail === undefined ? [] : Array(8 - headGroups.length - tailGroups.length).fill("0");
  return [...headGroups, ...zeros, ...tailGroups].map((g) => g.padStart(4, "0")).join(":");
}

// ---- BIND's dump -------------------------------------------------------------------------

/** The quoted strings of a TXT dump (BIND always quotes them), as octets. */
function bindStrings(rdata: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"/g;
  for (let m = re.exec(rdata); m; m = re.exec(rdata)) {
    const octets: number[] = [];
    const s = Buffer.from(m[1], "latin1");
    for (let i = 0; i < s.length; i++) {
      if (s[i] !== 0x5c) octets.push(s[i]);
      else if (/^\d{3}$/.test(s.subarray(i + 1, i + 4).toString())) {
        octets.push(Number(s.subarray(i + 1, i + 4).toString()));
        i += 3;
      } else octets.push(s[++i]);
    }
    out.push(canonicalOctets(octets));
  }
  return out;
}

function canonicalBindLine(line: string): string {
  // BIND escapes blanks in names, so the first four fields split on whitespace.
  const m = /^(\S+)\s+(\d+)\s+(\S+)\s+(\S+)\s*(.*)$/.exec(line.trim());
  if (!m) return `unreadable dump line: ${line}`;
  const [, owner, ttl, rrClass, type, rdata] = m;
  const rest = rdata.split(/\s+/);
  let data = "";
  switch (type) {
    case "A":
      data = rest[0];
      break;
    case "AAAA":
      data = expandIpv6(rest[0]);
      break;
    case "MX":
      data = `${Number(rest[0])} ${canonicalName(rest[1])}`;
      break;
    case "CNAME":
    case "NS":
    case "PTR":
    case "DNAME":
      data = canonicalName(rest[0]);
      break;
    case "TXT":
    case "SPF":
      data = bindStrings(rdata).join(" ");
      break;
    case "SOA":
      data = [canonicalName(rest[0]), canonicalName(rest[1]), ...rest.slice(2).map(Number)].join(
        " ",
      );
      break;
  }
  return `${canonicalName(owner)} ${ttl} ${rrClass} ${type} ${data}`.trimEnd();
}

// ---- the parser's records ----------------------------------------------------------------

/** The parser's records in the same canonical form, sorted as the dump is compared. */
export function canonicalRecords(result: MasterFileResult): string[] {
  return result.records
    .map((r) => {
      const d = r.data;
      let data = "";
      if (d?.kind === "ADDRESS") data = r.type === "AAAA" ? expandIpv6(d.address) : d.address;
      else if (d?.kind === "MX") data = `${d.preference} ${canonicalName(d.exchange)}`;
      else if (d?.kind === "NAME") data = canonicalName(d.target);
      else if (d?.kind === "TXT")
        data = d.strings.map((s) => canonicalOctets(Buffer.from(s.text, "utf8"))).join(" ");
      else if (d?.kind === "SOA")
        data = [
          canonicalName(d.mname),
          canonicalName(d.rname),
          d.serial,
          d.refresh,
          d.retry,
          d.expire,
          d.minimum,
        ].join(" ");
      return `${canonicalName(r.owner)} ${r.ttl} ${r.class} ${r.type} ${data}`.trimEnd();
    })
    .sort();
}

/** BIND error lines that no issue of the parser covers (an issue covers the lines of its span). */
export function uncoveredErrors(bind: BindResult, result: MasterFileResult): BindLine[] {
  return bind.errors.filter(
    (e) =>
      !result.issues.some(
        (i) => i.file === e.file && i.span.line <= e.line && e.line <= i.span.endLine,
      ),
  );
}
