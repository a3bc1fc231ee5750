/**
 * The live benchmark: 500 domains probed through the command line (DNS, every authoritative
 * server, the HTTPS policy fetch) against loopback servers that add 50 ms to every answer, as
 * a network would. Prints the wall time with the default bound (8 domains at once) and one by
 * one (`--concurrency 1`), and their ratio. Built with ncc and run by `npm run bench`.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Records, startFaultDns } from "../test/helpers/dns-server.js";
import { startHttpsServer } from "../test/helpers/https-server.js";
import { createTestCa } from "../test/helpers/tls-ca.js";

const DOMAINS = Number(process.env.BENCH_LIVE_DOMAINS ?? 500);
const LATENCY_MS = 50;
const root = process.env.BENCH_ROOT ?? process.cwd();
const cli = join(root, "bin/mta-sts-lint.js");

const names = Array.from({ length: DOMAINS }, (_, i) => `d${i}.bench.test`);
const POLICY = "version: STSv1\nmode: enforce\nmx: mx1.bench.test\nmax_age: 604800\n";

function records(): Records {
  const r: Records = {
    "ns1.bench.test": { A: ["127.0.0.1"] },
    "mx1.bench.test": { A: ["127.0.0.1"] },
  };
  for (const d of names) {
    r[d] = { SOA: ["1"], NS: ["ns1.bench.test"], MX: ["10 mx1.bench.test"] };
    r[`_mta-sts.${d}`] = { TXT: ["v=STSv1; id=1"] };
    r[`_smtp._tls.${d}`] = { TXT: ["v=TLSRPTv1; rua=mailto:tls@bench.test"] };
    r[`mta-sts.${d}`] = { A: ["127.0.0.1"] };
  }
  return r;
}

function run(args: string[], cwd: string, env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [cli, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: cwd, ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("close", (status) => {
      if (status !== 0 && status !== 1) reject(new Error(`exit ${status}: ${stderr}`));
      else resolve(Number(process.hrtime.bigint() - t0) / 1e6);
    });
  });
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "mta-sts-lint-live-bench-"));
  const ca = createTestCa();
  const tls = ca.leaf({ names: names.map((d) => `mta-sts.${d}`) });
  writeFileSync(join(dir, "ca.pem"), ca.rootPem);
  writeFileSync(join(dir, "policy.txt"), POLICY);
  writeFileSync(
    join(dir, ".mta-sts-lint.yml"),
    `domains:\n${names.map((d) => `  - domain: ${d}\n    policy: policy.txt\n`).join("")}`,
  );
  const dns = await startFaultDns({ records: records(), delayMs: LATENCY_MS });
  const https = await startHttpsServer(tls, (_req, res) => {
    setTimeout(() => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end(POLICY);
    }, LATENCY_MS);
  });
  const env = {
    MTA_STS_LINT_PORTS: `dns=${dns.port},https=${https.port},http=${https.port}`,
    NODE_EXTRA_CA_CERTS: join(dir, "ca.pem"),
  };
  const base = ["--live", "--resolver", dns.server, "--allow-private-addresses", "-f", "json"];
  try {
    const bounded = await run([...base, "-o", "bounded.json"], dir, env);
    const report = JSON.parse(readFileSync(join(dir, "bounded.json"), "utf8"));
    const live = report.findings.filter((f: { rule: string }) => /^(live|https)-/.test(f.rule));
    if (live.length > 0) {
      console.error(
        `warning: ${live.length} live findings in the bench run (first: ${live[0].rule}: ${live[0].message})`,
      );
    }
    const serial = await run([...base, "--concurrency", "1", "-o", "serial.json"], dir, env);
    console.log("");
    console.log(
      `live checks: ${DOMAINS} domains, ${LATENCY_MS} ms added to every DNS and HTTPS answer`,
    );
    console.log("");
    console.log("| case | wall time s |");
    console.log("|---|---:|");
    console.log(`| default bound (8 domains at once) | ${(bounded / 1000).toFixed(2)} |`);
    console.log(`| one by one (--concurrency 1) | ${(serial / 1000).toFixed(2)} |`);
    console.log(`| speed-up | ${(serial / bounded).toFixed(1)}× |`);
  } finally {
    await dns.stop();
    await https.close();
    ca.dispose();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
