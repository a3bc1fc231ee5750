#!/usr/bin/env node
// `npm run bench`: the zone parser and the command line against their peers, from one run.
//
// Generates zones of 200,000 and 1,000,000 records (A, AAAA, MX, TXT, CNAME) and a
// configuration of 10,000 small domains sharing one policy, then times, as fresh processes
// (so start-up counts): our CLI, our parser alone (the same code, bundled by itself), BIND's
// named-checkzone, Knot's kzonecheck and the npm package dns-zonefile (the JavaScript
// baseline). Prints wall time (median of BENCH_RUNS rounds, each running every tool once) and peak memory (max RSS, from
// /usr/bin/time) of each, with ratios to named-checkzone and kzonecheck.
//
// Peers that are missing are installed when possible (apt-get for bind9-utils and
// knot-dnssecutils when running as root; dns-zonefile with npm into bench/out/, which git
// ignores, never as a project dependency), otherwise skipped with a line saying so.
// BENCH_SIZES=200000 limits the zone sizes; BENCH_RUNS=1 makes a quick run.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "bench/out");
const cli = join(root, "bin/mta-sts-lint.js");
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? "200000,1000000").split(",").map(Number);
const DOMAINS = 10_000;
const ORIGIN = "bench.example";
/** The npm baseline, pinned so that runs compare. */
const DNS_ZONEFILE = "dns-zonefile@0.3.2";

const notes = [];

/** A realistic zone: A, AAAA, MX, TXT and CNAME records under one origin, plus MTA-STS names. */
function generateZone(records) {
  const lines = [
    `$ORIGIN ${ORIGIN}.`,
    "$TTL 3600",
    `@ IN SOA ns1.${ORIGIN}. hostmaster.${ORIGIN}. 1 7200 3600 1209600 300`,
    `@ IN NS ns1.${ORIGIN}.`,
    "ns1 IN A 192.0.2.53",
    `@ IN MX 10 mx1.${ORIGIN}.`,
    `@ IN MX 20 mx2.${ORIGIN}.`,
    "mta-sts IN A 192.0.2.1",
    '_mta-sts IN TXT "v=STSv1; id=20261128000000"',
    `_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls@${ORIGIN}"`,
  ];
  for (let i = 0; lines.length < records; i++) {
    switch (i % 5) {
      case 0:
        lines.push(`host${i} IN A 198.51.${(i >> 8) & 255}.${i & 255}`);
        break;
      case 1:
        lines.push(`host${i} 300 IN AAAA 2001:db8::${(i & 0xffff).toString(16)}`);
        break;
      case 2:
        lines.push(`sub${i} IN MX ${i % 100} mx${i % 7}.${ORIGIN}.`);
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
  writeFileSync(
    join(dir, "mta-sts.txt"),
    `version: STSv1\nmode: enforce\nmx: mx1.${ORIGIN}\nmx: mx2.${ORIGIN}\nmax_age: 604800\n`,
  );
  for (const n of SIZES) writeFileSync(join(dir, `${n}.zone`), generateZone(n));
  // 10,000 small domains sharing one policy file, each with its own zone.
  const many = join(dir, "domains");
  mkdirSync(join(many, "zones"), { recursive: true });
  writeFileSync(
    join(many, "policy.txt"),
    "version: STSv1\nmode: enforce\nmx: mx1.mail.example\nmax_age: 604800\n",
  );
  const config = ["domains:"];
  for (let i = 0; i < DOMAINS; i++) {
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

function onPath(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).status === 0;
}

/** An executable from a Debian package, installed with apt-get when missing and possible. */
function debianTool(command, pkg) {
  if (onPath(command)) return command;
  if (process.getuid?.() === 0 && onPath("apt-get")) {
    console.error(`installing ${pkg} for ${command} ...`);
    spawnSync("apt-get", ["install", "-y", "-q", pkg], { stdio: "ignore" });
    if (onPath(command)) return command;
  }
  notes.push(`${command} skipped: not installed (apt-get install ${pkg})`);
  return undefined;
}

/** dns-zonefile in a git-ignored folder, and a script that parses a file with it. */
function dnsZonefile() {
  const prefix = join(out, "peers");
  const pkg = join(prefix, "node_modules/dns-zonefile");
  if (!existsSync(pkg)) {
    console.error(`installing ${DNS_ZONEFILE} into bench/out/peers ...`);
    mkdirSync(prefix, { recursive: true });
    const r = spawnSync(
      "npm",
      ["install", "--prefix", prefix, "--no-save", "--no-audit", "--no-fund", DNS_ZONEFILE],
      { stdio: "ignore" },
    );
    if (r.status !== 0 || !existsSync(pkg)) {
      notes.push(`dns-zonefile skipped: npm install ${DNS_ZONEFILE} failed`);
      return undefined;
    }
  }
  // The package is an ES module with a default export ({ parse, generate }).
  const script = join(prefix, "parse.mjs");
  writeFileSync(
    script,
    `import { readFileSync } from "node:fs";\nimport zonefile from ${JSON.stringify(pathToFileURL(join(pkg, "lib/zonefile.js")).href)};\nconst z = zonefile.parse(readFileSync(process.argv[2], "utf8"));\nlet n = 0;\nfor (const v of Object.values(z)) if (Array.isArray(v)) n += v.length;\nconsole.log(n);\n`,
  );
  return script;
}

/** Our parser alone (bench/parse-zone.ts), bundled as the CLI is, rebuilt when sources change. */
function parserBundle() {
  const bundle = join(out, "parse-zone/index.js");
  const newest = Math.max(
    ...execFileSync("find", [join(root, "src"), join(root, "bench/parse-zone.ts"), "-name", "*.ts"])
      .toString()
      .trim()
      .split("\n")
      .map((f) => statSync(f).mtimeMs),
  );
  if (!existsSync(bundle) || statSync(bundle).mtimeMs < newest) {
    console.error("bundling bench/parse-zone.ts ...");
    const ncc = join(root, "node_modules/.bin/ncc");
    const r = spawnSync(ncc, ["build", "bench/parse-zone.ts", "-o", dirname(bundle), "--quiet"], {
      cwd: root,
      stdio: "inherit",
    });
    if (r.status !== 0) {
      notes.push("our parser alone skipped: bundling bench/parse-zone.ts failed");
      return undefined;
    }
  }
  return bundle;
}

const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
if (!TIME) notes.push("peak memory not measured: /usr/bin/time is missing");

/** One fresh process: wall time (ms), peak RSS (MiB, when /usr/bin/time is there), exit status. */
function runOnce(argv, cwd) {
  const [cmd, args] = TIME ? [TIME, ["-f", "%M", ...argv]] : [argv[0], argv.slice(1)];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const kb = TIME ? Number(r.stderr.trim().split("\n").at(-1)) : Number.NaN;
  return { ms, rss: Number.isFinite(kb) ? kb / 1024 : 0, status: r.status ?? -1 };
}

/**
 * Median wall time and largest peak RSS of each command over RUNS rounds. Each round runs
 * every command once, in turn, so that a change in the machine's speed during the bench (a
 * shared host, frequency scaling) affects every tool alike and the ratios stay fair.
 */
function measureTogether(commands, cwd) {
  const samples = commands.map(() => ({ times: [], rss: 0, status: 0 }));
  for (let round = 0; round < RUNS; round++) {
    commands.forEach(([, argv], i) => {
      const one = runOnce(argv, cwd);
      samples[i].times.push(one.ms);
      samples[i].rss = Math.max(samples[i].rss, one.rss);
      samples[i].status = one.status;
    });
  }
  return commands.map(([name], i) => {
    const times = samples[i].times.sort((a, b) => a - b);
    return {
      name,
      ms: times[Math.floor(times.length / 2)],
      rss: samples[i].rss,
      status: samples[i].status,
    };
  });
}

/** Median wall time (ms) over RUNS fresh processes, and the largest peak RSS (MiB). */
function measure(argv, cwd) {
  return measureTogether([["", argv]], cwd)[0];
}

function formatMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

function ratio(a, b) {
  return a && b ? `${(a / b).toFixed(2)}×` : "–";
}

const dir = setup();
const named = debianTool("named-checkzone", "bind9-utils");
const knot = debianTool("kzonecheck", "knot-dnssecutils");
const baseline = dnsZonefile();
const parser = parserBundle();
if (!existsSync(join(root, "dist/cli/index.js"))) {
  console.error("dist/cli is missing: run `npm run build` first");
  process.exit(2);
}

const node = process.execPath;
const rows = [];
for (const n of SIZES) {
  const zone = `${n}.zone`;
  const tools = [
    ["mta-sts-lint CLI", [node, cli, "-p", "mta-sts.txt", "-z", zone, "-f", "json"]],
    parser && ["our parser alone", [node, parser, zone, ORIGIN]],
    named && ["named-checkzone", [named, ORIGIN, zone]],
    knot && ["kzonecheck", [knot, "-o", ORIGIN, zone]],
    baseline && ["dns-zonefile (npm)", [node, baseline, zone]],
  ].filter(Boolean);
  console.error(`${n.toLocaleString("en")} records: ${tools.map(([name]) => name).join(", ")} ...`);
  const results = measureTogether(tools, dir);
  const ref = (name) => results.find((r) => r.name === name);
  for (const r of results) {
    // Our CLI exits 1 when it finds errors; any other tool failing is worth seeing.
    const failed = r.status !== 0 && !(r.name === "mta-sts-lint CLI" && r.status === 1);
    rows.push([
      `${n.toLocaleString("en")} records`,
      failed ? `${r.name} (exit ${r.status})` : r.name,
      formatMs(r.ms),
      r.rss ? `${r.rss.toFixed(0)} MiB` : "–",
      ratio(r.ms, ref("named-checkzone")?.ms),
      ratio(r.ms, ref("kzonecheck")?.ms),
      ratio(r.rss, ref("named-checkzone")?.rss),
    ]);
  }
  const ours = ref("mta-sts-lint CLI");
  const bind = ref("named-checkzone");
  const kz = ref("kzonecheck");
  if (n === 200_000 && bind && kz) {
    const check = (ok) => (ok ? "met" : "MISSED");
    notes.push(
      `targets at 200,000 records: time ≤ named-checkzone ${check(ours.ms <= bind.ms)}, ≤ 1.5× kzonecheck ${check(ours.ms <= 1.5 * kz.ms)}, peak memory ≤ 1.5× named-checkzone ${check(!TIME || ours.rss <= 1.5 * bind.rss)}`,
    );
  }
}
{
  console.error(`${DOMAINS.toLocaleString("en")} domains: mta-sts-lint CLI ...`);
  const many = measure([node, cli, "-f", "json", "-o", "report.json"], join(dir, "domains"));
  rows.push([
    `${DOMAINS.toLocaleString("en")} domains, one policy`,
    "mta-sts-lint CLI",
    formatMs(many.ms),
    many.rss ? `${many.rss.toFixed(0)} MiB` : "–",
    "",
    "",
    "",
  ]);
  notes.push(
    `target for ${DOMAINS.toLocaleString("en")} domains: < 10 s ${many.ms < 10_000 ? "met" : "MISSED"}`,
  );
  // The change checks on the same domains: a pull request that touches nothing MTA-STS
  // related (HEAD~1), and one that changes the shared policy (HEAD~2).
  for (const [label, base] of [
    ["--base, no MTA-STS change", "HEAD~1"],
    ["--base, policy changed", "HEAD~2"],
  ]) {
    const m = measure(
      [node, cli, "-f", "json", "-o", "report.json", "--base", base],
      join(dir, "domains"),
    );
    rows.push([
      `${DOMAINS.toLocaleString("en")} domains, ${label}`,
      "mta-sts-lint CLI",
      formatMs(m.ms),
      m.rss ? `${m.rss.toFixed(0)} MiB` : "–",
      "",
      "",
      "",
    ]);
  }
}
{
  const bare = measure([node, "-e", ""], root);
  rows.push([
    '`node -e ""` alone',
    "for scale",
    formatMs(bare.ms),
    bare.rss ? `${bare.rss.toFixed(0)} MiB` : "–",
    "",
    "",
    "",
  ]);
}
rmSync(dir, { recursive: true, force: true });

const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(
  `mta-sts-lint bench: node ${process.version}, ${cpus().length} × ${cpu}, median of ${RUNS} runs, fresh process each`,
);
console.log("");
console.log(
  "| case | tool | wall time | peak memory | time / named-checkzone | time / kzonecheck | memory / named-checkzone |",
);
console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
console.log("");
for (const note of notes) console.log(`- ${note}`);
