/**
 * DNS servers for the live tests, on loopback and random high ports:
 * - `startNsd`: the real NSD authoritative server loading zones the test writes;
 * - `startFaultDns`: a small authoritative server of our own that can misbehave on purpose
 *   (never answer, SERVFAIL, REFUSED, truncate over UDP, answer late), for the cases a
 *   well-behaved server cannot produce.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createSocket, type Socket } from "node:dgram";
import { Resolver } from "node:dns/promises";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface RunningDns {
  address: string;
  port: number;
  /** `address:port`, as `resolvers` takes it. */
  server: string;
  stop(): Promise<void>;
}

/** The NSD binary, when installed (`.ci/run` installs it with apt-get). */
export function nsdPath(): string | undefined {
  for (const p of ["/usr/sbin/nsd", "/usr/local/sbin/nsd"]) {
    if (spawnSync(p, ["-v"]).status === 0) return p;
  }
  return undefined;
}

function randomPort(): number {
  return 20000 + Math.floor(Math.random() * 40000);
}

/** Waits until the server answers an SOA question for `zone`. */
async function waitReady(server: string, zone: string, child: ChildProcess): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) return false;
    const r = new Resolver({ timeout: 100, tries: 1 });
    r.setServers([server]);
    try {
      await r.resolveSoa(zone);
      return true;
    } catch {
      await new Promise((res) => setTimeout(res, 50));
    }
  }
  return false;
}

/**
 * Starts NSD on `address` (default 127.0.0.1) and a random high port with the given zones
 * (origin → master-file text). Retries with another port when the first is taken.
 */
export async function startNsd(
  zones: Record<string, string>,
  opts: { address?: string; port?: number } = {},
): Promise<RunningDns> {
  const nsd = nsdPath();
  if (!nsd) throw new Error("nsd is not installed (run .ci/run, which installs it)");
  const address = opts.address ?? "127.0.0.1";
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = opts.port ?? randomPort();
    const dir = mkdtempSync(join(tmpdir(), "nsd-"));
    const zoneBlocks = Object.entries(zones).map(([origin, text], i) => {
      writeFileSync(join(dir, `zone${i}.zone`), text);
      return `zone:\n  name: ${origin}\n  zonefile: zone${i}.zone\n`;
    });
    writeFileSync(
      join(dir, "nsd.conf"),
      [
        "server:",
        `  ip-address: ${address}@${port}`,
        '  username: ""',
        '  chroot: ""',
        `  zonesdir: "${dir}"`,
        `  pidfile: "${dir}/nsd.pid"`,
        '  database: ""',
        `  zonelistfile: "${dir}/zone.list"`,
        `  xfrdfile: "${dir}/xfrd.state"`,
        `  xfrdir: "${dir}"`,
        `  logfile: "${dir}/nsd.log"`,
        "  server-count: 1",
        "  hide-version: yes",
        "remote-control:",
        "  control-enable: no",
        ...zoneBlocks,
      ].join("\n"),
    );
    const child = spawn(nsd, ["-d", "-c", join(dir, "nsd.conf")], { stdio: "ignore" });
    const server = `${address}:${port}`;
    if (await waitReady(server, Object.keys(zones)[0], child)) {
      return {
        address,
        port,
        server,
        stop: () =>
          new Promise<void>((resolve) => {
            child.once("exit", () => {
              rmSync(dir, { recursive: true, force: true });
              resolve();
            });
            child.kill("SIGTERM");
          }),
      };
    }
    child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
    if (opts.port !== undefined) break;
  }
  throw new Error(`nsd did not start on ${address}`);
}

// ---------------------------------------------------------------------------------------------
// A fault-injecting authoritative server (RFC 1035 §4 wire format, UDP and TCP on one port).

export type RecordType = "A" | "AAAA" | "CNAME" | "MX" | "NS" | "SOA" | "TXT";

const TYPE_CODES: Record<RecordType, number> = {
  A: 1,
  NS: 2,
  CNAME: 5,
  SOA: 6,
  MX: 15,
  TXT: 16,
  AAAA: 28,
};
const TYPE_NAMES = new Map(Object.entries(TYPE_CODES).map(([k, v]) => [v, k as RecordType]));

/**
 * Records by owner name (lowercase, no trailing dot), then type. Values as written in a zone:
 * A "192.0.2.1"; MX "10 mx1.example.com"; NS/CNAME "ns1.example.com"; SOA "<serial>";
 * TXT: one record per entry, its character-strings separated by "\u0000" when there are several.
 */
export type Records = Record<string, Partial<Record<RecordType, string[]>>>;

/** What to do with one question instead of answering it. */
export type Fault =
  | "timeout"
  | "servfail"
  | "refused"
  /** Over UDP: an empty answer with the TC bit (the client must retry over TCP). */
  | "truncate"
  /** Truncate over UDP and close TCP connections without an answer. */
  | "truncate-no-tcp"
  | { delayMs: number };

export interface FaultDnsOptions {
  address?: string;
  port?: number;
  records: Records;
  /** Decides a fault per question; undefined answers normally. */
  fault?: (name: string, type: RecordType | undefined) => Fault | undefined;
  /** Added to every answer (the live bench's network latency). */
  delayMs?: number;
}

function encodeName(name: string): Buffer {
  const parts = name === "" ? [] : name.split(".");
  return Buffer.concat([
    ...parts.map((p) => Buffer.concat([Buffer.from([p.length]), Buffer.from(p, "ascii")])),
    Buffer.from([0]),
  ]);
}

function readQuestion(msg: Buffer): { id: number; name: string; type: number; end: number } {
  let offset = 12;
  const labels: string[] = [];
  while (msg[offset] !== 0 && offset < msg.length) {
    const len = msg[offset];
    labels.push(msg.subarray(offset + 1, offset + 1 + len).toString("ascii"));
    offset += len + 1;
  }
  offset += 1;
  return {
    id: msg.readUInt16BE(0),
    name: labels.join(".").toLowerCase(),
    type: msg.readUInt16BE(offset),
    end: offset + 4,
  };
}

function rdata(type: RecordType, value: string): Buffer {
  switch (type) {
    case "A":
      return Buffer.from(value.split(".").map(Number));
    case "AAAA": {
      const [head, tail] = value.includes("::") ? value.split("::") : [value, ""];
      const h = head ? head.split(":") : [];
      const t = tail ? tail.split(":") : [];
      const all = [...h, ...Array(8 - h.length - t.length).fill("0"), ...t];
      const buf = Buffer.alloc(16);
      all.forEach((x, i) => {
        buf.writeUInt16BE(Number.parseInt(x, 16), i * 2);
      });
      return buf;
    }
    case "NS":
    case "CNAME":
      return encodeName(value);
    case "MX": {
      const [pref, host] = value.split(" ");
      const b = Buffer.alloc(2);
      b.writeUInt16BE(Number(pref));
      return Buffer.concat([b, encodeName(host === "." ? "" : host)]);
    }
    case "SOA": {
      const nums = Buffer.alloc(20);
      [Number(value), 7200, 3600, 1209600, 300].forEach((n, i) => {
        nums.writeUInt32BE(n, i * 4);
      });
      return Buffer.concat([encodeName("ns.invalid"), encodeName("hostmaster.invalid"), nums]);
    }
    case "TXT":
      return Buffer.concat(
        value.split("\u0000").map((s) => {
          const b = Buffer.from(s, "utf8");
          return Buffer.concat([Buffer.from([b.length]), b]);
        }),
      );
  }
}

function rr(owner: string, type: RecordType, value: string): Buffer {
  const data = rdata(type, value);
  const head = Buffer.alloc(10);
  head.writeUInt16BE(TYPE_CODES[type], 0);
  head.writeUInt16BE(1, 2);
  head.writeUInt32BE(300, 4);
  head.writeUInt16BE(data.length, 8);
  return Buffer.concat([encodeName(owner), head, data]);
}

/** The answer to a query: records (CNAMEs followed inside the data), NODATA or NXDOMAIN. */
function answer(query: Buffer, records: Records, rcode?: number, truncated = false): Buffer {
  const q = readQuestion(query);
  const type = TYPE_NAMES.get(q.type);
  const answers: Buffer[] = [];
  let code = rcode ?? 0;
  if (rcode === undefined && !truncated) {
    let name = q.name;
    for (let hops = 0; hops < 8; hops++) {
      const at = records[name];
      if (!at) {
        if (hops === 0) code = 3;
        break;
      }
      const direct = type ? at[type] : undefined;
      if (direct) {
        for (const v of direct) answers.push(rr(name, type as RecordType, v));
        break;
      }
      const cname = at.CNAME?.[0];
      if (!cname || type === "CNAME") break;
      answers.push(rr(name, "CNAME", cname));
      name = cname;
    }
  }
  const header = Buffer.alloc(12);
  header.writeUInt16BE(q.id, 0);
  // QR, AA, RD copied; TC when truncated.
  const rd = query[2] & 0x01;
  header[2] = 0x80 | 0x04 | (truncated ? 0x02 : 0) | rd;
  header[3] = code & 0x0f;
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(answers.length, 6);
  return Buffer.concat([header, query.subarray(12, q.end), ...answers]);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Starts the fault-injecting server; UDP and TCP share one random high port. */
export async function startFaultDns(opts: FaultDnsOptions): Promise<RunningDns> {
  const address = opts.address ?? "127.0.0.1";
  const family = address.includes(":") ? "udp6" : "udp4";
  const decide = async (msg: Buffer, tcp: boolean): Promise<Buffer | undefined> => {
    if (msg.length < 17) return undefined;
    const q = readQuestion(msg);
    const fault = opts.fault?.(q.name, TYPE_NAMES.get(q.type));
    if (opts.delayMs) await sleep(opts.delayMs);
    if (fault === "timeout") return undefined;
    if (typeof fault === "object") await sleep(fault.delayMs);
    if (fault === "servfail") return answer(msg, opts.records, 2);
    if (fault === "refused") return answer(msg, opts.records, 5);
    if ((fault === "truncate" || fault === "truncate-no-tcp") && !tcp) {
      return answer(msg, opts.records, undefined, true);
    }
    if (fault === "truncate-no-tcp") return undefined;
    return answer(msg, opts.records);
  };
  for (let attempt = 0; attempt < 10; attempt++) {
    const port = opts.port ?? randomPort();
    const udp: Socket = createSocket(family);
    const open = new Set<import("node:net").Socket>();
    const tcp: Server = createServer((conn) => {
      open.add(conn);
      conn.on("close", () => open.delete(conn));
      let buffered = Buffer.alloc(0);
      conn.on("error", () => {});
      conn.on("data", async (chunk) => {
        buffered = Buffer.concat([buffered, chunk]);
        while (buffered.length >= 2 && buffered.length >= 2 + buffered.readUInt16BE(0)) {
          const msg = buffered.subarray(2, 2 + buffered.readUInt16BE(0));
          buffered = buffered.subarray(2 + msg.length);
          const reply = await decide(msg, true);
          if (!reply) {
            conn.destroy();
            return;
          }
          const len = Buffer.alloc(2);
          len.writeUInt16BE(reply.length);
          conn.write(Buffer.concat([len, reply]));
        }
      });
    });
    udp.on("message", async (msg, rinfo) => {
      const reply = await decide(msg, false);
      if (reply) udp.send(reply, rinfo.port, rinfo.address);
    });
    const bound = await new Promise<boolean>((resolve) => {
      udp.once("error", () => resolve(false));
      udp.bind(port, address, () => {
        tcp.once("error", () => resolve(false));
        tcp.listen(port, address, () => resolve(true));
      });
    });
    if (bound) {
      udp.on("error", () => {});
      return {
        address,
        port,
        server: address.includes(":") ? `[${address}]:${port}` : `${address}:${port}`,
        stop: async () => {
          udp.close();
          for (const conn of open) conn.destroy();
          await new Promise<void>((r) => tcp.close(() => r()));
        },
      };
    }
    try {
      udp.close();
    } catch {}
    tcp.close();
    if (opts.port !== undefined) break;
  }
  throw new Error(`no free port for the DNS server on ${address}`);
}
