/**
 * Live checks as users run them: the CLI and the action as child processes, against NSD on
 * loopback (`--resolver`, `--allow-private-addresses`; MTA_STS_LINT_PORTS moves the probes to
 * the lab's ports). Run `npm run build` first: these run dist/.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nsdPath, type RunningDns, startNsd } from "../helpers/dns-server.js";
import { CLI_ENTRY, runAction } from "../helpers/runner.js";

const LIVE_ZONE = [
  "$ORIGIN example.com.",
  "$TTL 300",
  "@ IN SOA ns1.example.com. hostmaster.example.com. 2 7200 3600 1209600 300",
  "@ IN NS ns1.example.com.",
  "ns1 IN A 127.0.0.1",
  "@ IN MX 10 mx1.example.com.",
  "mx1 IN A 127.0.0.1",
  '_mta-sts IN TXT "v=STSv1; id=2"',
  "mta-sts IN A 127.0.0.1",
  // Server text with markup: it must reach the summary escaped.
  '_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls@example.com<img src=x onerror=alert(1)>"',
  "",
].join("\n");

/** The repository's zone: the next deploy (id 3) and the intended TLS-RPT record. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "live-e2e-"));
  mkdirSync(join(dir, "zones"));
  writeFileSync(
    join(dir, "zones/example.com.zone"),
    LIVE_ZONE.replace('id=2"', 'id=3"')
      .replace(" 2 7200", " 3 7200")
      .replace("<img src=x onerror=alert(1)>", ""),
  );
  writeFileSync(
    join(dir, "mta-sts.txt"),
    "version: STSv1\nmode: enforce\nmx: mx1.example.com\nmax_age: 604800\n",
  );
  return dir;
}

/** The CLI as a child process, asynchronously (the test's servers keep running meanwhile). */
function cli(args: string[], cwd: string, env: Record<string, string>) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI_ENTRY, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: cwd, NO_COLOR: "1", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

describe.skipIf(!nsdPath() && !process.env.CI)("live checks end to end (NSD on loopback)", () => {
  let nsd: RunningDns;
  beforeAll(async () => {
    nsd = await startNsd({ "example.com": LIVE_ZONE });
  });
  afterAll(async () => {
    await nsd?.stop();
  });

  // Port 1 on loopback refuses connections at once: the policy host is unreachable.
  const ports = () => ({ MTA_STS_LINT_PORTS: `dns=${nsd.port},https=1,http=1` });
  const common = [
    "--domain",
    "example.com",
    "--policy",
    "mta-sts.txt",
    "--zone",
    "zones/example.com.zone",
  ];

  it("CLI --live: drift, the unreachable policy host, and the scorecard", async () => {
    const run = await cli(
      [
        ...common,
        "--live",
        "--resolver",
        nsd.server,
        "--allow-private-addresses",
        "--timeout",
        "3",
        "--format",
        "json",
      ],
      workspace(),
      ports(),
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    const rules = report.findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain("live-sts-record-drift");
    expect(rules).toContain("live-tlsrpt-drift");
    expect(rules).toContain("https-unreachable");
    const drift = report.findings.find((f: { rule: string }) => f.rule === "live-sts-record-drift");
    expect(drift).toMatchObject({ host: "_mta-sts.example.com", severity: "warning" });
    expect(drift.file).toBeUndefined();
    expect(report.domains[0].checks).toMatchObject({ dns: "warn", https: "fail", smtp: "skipped" });
  });

  it("CLI without --allow-private-addresses: the loopback policy host is refused, by name", async () => {
    const run = await cli(
      [...common, "--live", "--resolver", nsd.server, "--timeout", "3"],
      workspace(),
      ports(),
    );
    expect(run.stdout).toMatch(/https-unreachable/);
    expect(run.stdout).toContain("127.0.0.1: refused: private address (loopback)");
  });

  it("the action: inputs live/resolvers, a live hosts table and escaped server text in the summary", () => {
    // runAction blocks this process; NSD is a process of its own and keeps answering.
    const run = runAction({
      workspace: workspace(),
      inputs: {
        domain: "example.com",
        "policy-file": "mta-sts.txt",
        "zone-file": "zones/example.com.zone",
        live: "true",
        resolvers: nsd.server,
        "allow-private-addresses": "true",
        timeout: "3",
      },
      env: ports(),
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::warning title=live-sts-record-drift/m);
    expect(run.summary).toContain("### Live hosts");
    expect(run.summary).toContain("mta-sts.example.com");
    expect(run.summary).not.toContain("<img");
    expect(run.summary).toContain("&lt;img");
  });
});
