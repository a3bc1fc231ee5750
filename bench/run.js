#!/usr/bin/env node
// Timings of the command line as users run it (a fresh process each time, so start-up counts):
//   - the bundled examples (3 domains),
//   - one domain whose zone has 10,000 records, and one with 100,000 (for scaling).
// Prints a table: median and fastest wall time over several runs, and peak memory (max RSS).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "bin/mta-sts-lint.js");
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

/** A realistic zone: A, AAAA, MX, TXT and CNAME records under one origin, plus MTA-STS names. */
function generateZone(records) {
  const lines = [
    "$ORIGIN bench.example.",
    "$TTL 3600",
    "@ IN SOA ns1.bench.example. hostmaster.bench.example. 1 7200 3600 1209600 300",
    "@ IN NS ns1.bench.example.",
    "@ IN MX 10 mx1.bench.example.",
    "@ IN MX 20 mx2.bench.example.",
    "mta-sts IN A 192.0.2.1",
    '_mta-sts IN TXT "v=STSv1; id=20261128000000"',
    '_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls@bench.example"',
  ];
  for (let i = 0; lines.length < records + 3; i++) {
    switch (i % 5) {
      case 0:
        lines.push(`host${i} IN A 198.51.${(i >> 8) & 255}.${i & 255}`);
        break;
      case 1:
        lines.push(`host${i} 300 IN AAAA 2001:db8::${(i & 0xffff).toString(16)}`);
        break;
      case 2:
        lines.push(`sub${i} IN MX ${i % 100} mx${i % 7}.bench.example.`);
        break;
      case 3:
        lines.push(`txt${i} IN TXT "v=spf1 ip4:192.0.2.${i & 255} -all" "part two; with (parens)"`);
        break;
      default:
        lines.push(`www${i} IN CNAME host${i - 4}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function setup() {
  const dir = mkdtempSync(join(tmpdir(), "mta-sts-lint-bench-"));
  const policy =
    "version: STSv1\nmode: enforce\nmx: mx1.bench.example\nmx: mx2.bench.example\nmax_age: 604800\n";
  for (const n of [10_000, 100_000]) {
    const d = join(dir, String(n));
    mkdirSync(d);
    writeFileSync(join(d, "mta-sts.txt"), policy);
    writeFileSync(join(d, "bench.example.zone"), generateZone(n));
  }
  // 10,000 small domains sharing one policy file, each with its own zone.
  const many = join(dir, "domains");
  mkdirSync(join(many, "zones"), { recursive: true });
  writeFileSync(
    join(many, "policy.txt"),
    "version: STSv1\nmode: enforce\nmx: mx1.mail.example\nmax_age: 604800\n",
  );
  const config = ["domains:"];
  for (let i = 0; i < 10_000; i++) {
    const d = `d${i}.example`;
    config.push(`  - domain: ${d}`, "    policy: policy.txt", `    zone: zones/${d}.zone`);
    writeFileSync(
      join(many, "zones", `${d}.zone`),
      `$ORIGIN ${d}.\n$TTL 3600\n@ SOA ns1.mail.example. h.mail.example. 1 7200 3600 1209600 300\n@ MX 10 mx1.mail.example.\nmta-sts CNAME mta-sts.mail.example.\n_mta-sts TXT "v=STSv1; id=1"\n_smtp._tls TXT "v=TLSRPTv1; rua=mailto:tls@mail.example"\n`,
    );
  }
  writeFileSync(join(many, ".mta-sts-lint.yml"), `${config.join("\n")}\n`);
  // History for the change checks: the shared policy changes (HEAD~1), then only a README
  // (HEAD): `--base HEAD~1` is a pull request that touches nothing MTA-STS related, `--base
  // HEAD~2` one that changes the policy of every domain.
  const git = (...args) =>
    spawnSync("git", args, {
      cwd: many,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "b",
        GIT_AUTHOR_EMAIL: "b@example",
        GIT_COMMITTER_NAME: "b",
        GIT_COMMITTER_EMAIL: "b@example",
      },
    });
  git("init", "-q");
  git("add", "-A");
  git("commit", "-qm", "base");
  writeFileSync(
    join(many, "policy.txt"),
    "version: STSv1\nmode: enforce\nmx: mx1.mail.example\nmx: mx2.mail.example\nmax_age: 604800\n",
  );
  git("commit", "-qam", "policy");
  writeFileSync(join(many, "README.md"), "docs\n");
  git("add", "README.md");
  git("commit", "-qm", "docs");
  return dir;
}

function measure(args, cwd) {
  const times = [];
  let maxRss = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8" });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${r.stderr}`);
    times.push(ms);
  }
  // Peak memory of one more run, read from /usr/bin/time when it is there.
  const timed = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, cli, ...args], {
    cwd,
    encoding: "utf8",
  });
  if (timed.status !== null && timed.error === undefined) {
    const kb = Number(timed.stderr.trim().split("\n").at(-1));
    if (Number.isFinite(kb)) maxRss = kb / 1024;
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], maxRss };
}

const dir = setup();
const cases = [
  [
    "examples (3 domains, cold start)",
    ["-c", ".mta-sts-lint.yml", "-f", "json"],
    join(root, "examples"),
  ],
  [
    "zone with 10,000 records",
    ["-p", "mta-sts.txt", "-z", "bench.example.zone", "-f", "json"],
    join(dir, "10000"),
  ],
  [
    "zone with 100,000 records",
    ["-p", "mta-sts.txt", "-z", "bench.example.zone", "-f", "json"],
    join(dir, "100000"),
  ],
  ["10,000 domains, one shared policy", ["-f", "json", "-o", "report.json"], join(dir, "domains")],
  [
    "10,000 domains, --base with no MTA-STS change",
    ["-f", "json", "-o", "report.json", "--base", "HEAD~1"],
    join(dir, "domains"),
  ],
  [
    "10,000 domains, --base with the policy changed",
    ["-f", "json", "-o", "report.json", "--base", "HEAD~2"],
    join(dir, "domains"),
  ],
  ["node itself (empty script)", null, root],
];
const rows = [];
for (const [name, args, cwd] of cases) {
  if (args === null) {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = process.hrtime.bigint();
      spawnSync(process.execPath, ["-e", ""]);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    rows.push([name, times[Math.floor(times.length / 2)], times[0], 0]);
    continue;
  }
  const m = measure(args, cwd);
  rows.push([name, m.median, m.min, m.maxRss]);
}
console.log(
  `mta-sts-lint bench (node ${process.version}, ${RUNS} runs each, wall time of a fresh process)`,
);
console.log("");
console.log("| case | median ms | fastest ms | peak RSS MiB |");
console.log("|---|---:|---:|---:|");
for (const [name, med, min, rss] of rows) {
  console.log(
    `| ${name} | ${med.toFixed(1)} | ${min.toFixed(1)} | ${rss ? rss.toFixed(1) : "–"} |`,
  );
}
