/**
 * The live pipeline end to end in-process: runChecks with live checks on, against NSD and a
 * stale second name server on loopback, judged by the same rules as every other finding.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "../../src/model/finding.js";
import { runChecks } from "../../src/run.js";
import { defaultSettings } from "../../src/settings/defaults.js";
import type { Settings } from "../../src/settings/types.js";
import { nsdPath, type RunningDns, startFaultDns, startNsd } from "../helpers/dns-server.js";
import { startSmtpServer } from "../helpers/smtp-server.js";

function zone(serial: number, id: number): string {
  return [
    "$ORIGIN example.com.",
    "$TTL 300",
    `@ IN SOA ns1.example.com. hostmaster.example.com. ${serial} 7200 3600 1209600 300`,
    "@ IN NS ns1.example.com.",
    "@ IN NS ns2.example.com.",
    "ns1 IN A 127.0.0.1",
    "ns2 IN A 127.0.0.2",
    "@ IN MX 10 mx1.example.com.",
    "mx1 IN A 127.0.0.1",
    `_mta-sts IN TXT "v=STSv1; id=${id}"`,
    "mta-sts IN A 127.0.0.1",
    '_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls@example.com"',
    "",
  ].join("\n");
}

/** A repository with the zone of the next deploy (id 3) and a policy. */
function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), "live-repo-"));
  mkdirSync(join(dir, "zones"));
  writeFileSync(join(dir, "zones/example.com.zone"), zone(3, 3));
  writeFileSync(
    join(dir, "mta-sts.txt"),
    "version: STSv1\nmode: enforce\nmx: mx1.example.com\nmax_age: 604800\n",
  );
  return dir;
}

function settings(cwd: string, live: Partial<Settings["live"]>): Settings {
  const s = defaultSettings(cwd);
  s.domains = [
    {
      domain: "example.com",
      zone: "zones/example.com.zone",
      policy: "mta-sts.txt",
      zoneFormat: "bind",
    },
  ];
  s.live = { ...s.live, enabled: true, timeout: 2, ...live };
  return s;
}

const byRule = (findings: Finding[], prefix: string) =>
  findings.filter((f) => f.rule.startsWith(prefix));

describe.skipIf(!nsdPath() && !process.env.CI)(
  "live DNS checks through runChecks (NSD + a stale secondary)",
  () => {
    let primary: RunningDns;
    let stale: RunningDns;
    beforeAll(async () => {
      primary = await startNsd({ "example.com": zone(2, 2) });
      // The secondary missed the last transfer: older serial, older id (same port, 127.0.0.2).
      stale = await startFaultDns({
        address: "127.0.0.2",
        port: primary.port,
        records: {
          "example.com": {
            SOA: ["1"],
            NS: ["ns1.example.com", "ns2.example.com"],
            MX: ["10 mx1.example.com"],
          },
          "_mta-sts.example.com": { TXT: ["v=STSv1; id=1"] },
          "_smtp._tls.example.com": { TXT: ["v=TLSRPTv1; rua=mailto:tls@example.com"] },
          "mta-sts.example.com": { A: ["127.0.0.1"] },
        },
      });
    });
    afterAll(async () => {
      await stale?.stop();
      await primary?.stop();
    });

    it("a pending deploy (id 2 live, 3 in the zone) and a secondary that serves id 1", async () => {
      const report = await runChecks(
        settings(repo(), { allowPrivateAddresses: true, resolvers: [primary.server] }),
        { live: { nameServerPort: primary.port, ports: { https: 1, http: 1 } } },
      );
      const live = byRule(report.findings, "live-");
      expect(live.map((f) => f.rule).sort()).toEqual([
        "live-ns-inconsistent",
        "live-ns-inconsistent",
        "live-sts-record-drift",
      ]);
      const drift = live.find((f) => f.rule === "live-sts-record-drift");
      expect(drift?.message).toContain('has id "2", the zone has id "3"');
      const split = live.find(
        (f) => f.location.host === "_mta-sts.example.com" && f.rule === "live-ns-inconsistent",
      );
      expect(split?.message).toContain('"v=STSv1; id=2" from ns1.example.com (127.0.0.1)');
      expect(split?.message).toContain('"v=STSv1; id=1" from ns2.example.com (127.0.0.2)');
      expect(report.domains[0].checks.dns).toBe("warn");
      expect(report.domains[0].checks.https).not.toBe("skipped");
    });

    it("without allow-private-addresses no loopback server or host is contacted, and each refusal is named", async () => {
      const report = await runChecks(
        settings(repo(), { allowPrivateAddresses: false, resolvers: [primary.server] }),
        { live: { nameServerPort: primary.port } },
      );
      const notices = report.findings.filter((f) => f.rule === "live-dns-error");
      expect(notices.map((f) => f.severity)).toEqual(["notice", "notice"]);
      expect(notices.map((f) => f.location.host).sort()).toEqual([
        "ns1.example.com",
        "ns2.example.com",
      ]);
      expect(byRule(report.findings, "live-ns-inconsistent")).toEqual([]);
      // The policy host's 127.0.0.1 is refused by the guard and reported by https-unreachable.
      const https = report.findings.find((f) => f.rule === "https-unreachable");
      expect(https?.message).toContain("127.0.0.1");
      expect(https?.message).toContain("refused: private address (loopback)");
    });
  },
);

describe("STARTTLS wiring: the MX addresses from DNS reach the SMTP probe, after the guard", () => {
  let dns: RunningDns;
  beforeAll(async () => {
    dns = await startFaultDns({
      records: {
        "mail.test": { MX: ["10 mx1.mail.test"] },
        "mx1.mail.test": { A: ["127.0.0.1"], AAAA: ["::1"] },
      },
    });
  });
  afterAll(async () => {
    await dns?.stop();
  });

  function smtpSettings(allowPrivateAddresses: boolean): Settings {
    const s = defaultSettings(mkdtempSync(join(tmpdir(), "live-")));
    s.domains = [{ domain: "mail.test", zoneFormat: "auto" }];
    s.live = {
      ...s.live,
      enabled: true,
      smtp: true,
      timeout: 2,
      resolvers: [dns.server],
      allowPrivateAddresses,
    };
    return s;
  }

  it("an MX without STARTTLS, probed on its IPv4 address (RFC 8461 §4.2)", async () => {
    const smtp = await startSmtpServer();
    try {
      const report = await runChecks(smtpSettings(true), { live: { ports: { smtp: smtp.port } } });
      const missing = report.findings.filter((f) => f.rule === "smtp-starttls-missing");
      expect(missing.length).toBeGreaterThan(0);
      expect(missing[0].location.host).toContain("mx1.mail.test [127.0.0.1]");
      expect(report.domains[0].checks.smtp).not.toBe("skipped");
    } finally {
      await smtp.close();
    }
  });

  it("without allow-private-addresses both loopback addresses are refused and named", async () => {
    const report = await runChecks(smtpSettings(false));
    const refused = report.findings.filter((f) => f.rule === "smtp-unreachable");
    const text = refused.map((f) => `${f.location.host} ${f.message}`).join("\n");
    expect(text).toContain("127.0.0.1");
    expect(text).toContain("::1");
    expect(text).toContain("refused: private address (loopback)");
  });
});

describe("live checks with a resolver that fails (fault-injecting server)", () => {
  let dns: RunningDns;
  beforeAll(async () => {
    dns = await startFaultDns({
      records: {
        "fine.test": { MX: ["0 ."], NS: ["ns.fine.test"] },
        "_mta-sts.fine.test": { TXT: ["v=STSv1; id=1"] },
      },
      fault: (name) =>
        name.endsWith("slow.test")
          ? "timeout"
          : name.endsWith("broken.test")
            ? "servfail"
            : undefined,
    });
  });
  afterAll(async () => {
    await dns?.stop();
  });

  it("every domain gets its own verdict: a timeout, a SERVFAIL, and a domain that answers", async () => {
    const s = defaultSettings(mkdtempSync(join(tmpdir(), "live-")));
    s.domains = ["slow.test", "broken.test", "fine.test"].map((domain) => ({
      domain,
      zoneFormat: "auto" as const,
    }));
    s.live = {
      ...s.live,
      enabled: true,
      timeout: 0.5,
      resolvers: [dns.server],
      allowPrivateAddresses: true,
    };
    const lines: string[] = [];
    const report = await runChecks(s, { live: { progress: (l) => lines.push(l) } });
    const errors = report.findings.filter((f) => f.rule === "live-dns-error");
    expect(errors.map((f) => f.domain)).toEqual(["slow.test", "broken.test"]);
    expect(errors[0].message).toContain("timeout");
    expect(errors[1].message).toContain("SERVFAIL");
    expect(
      report.findings.some((f) => f.domain === "fine.test" && f.rule === "live-dns-error"),
    ).toBe(false);
    // Three domains are "a few": no progress lines.
    expect(lines).toEqual([]);
  });

  it("runs of more than a few domains report progress", async () => {
    const s = defaultSettings(mkdtempSync(join(tmpdir(), "live-")));
    s.domains = Array.from({ length: 8 }, (_, i) => ({
      domain: `d${i}.fine.test`,
      zoneFormat: "auto" as const,
    }));
    s.live = {
      ...s.live,
      enabled: true,
      timeout: 0.5,
      resolvers: [dns.server],
      allowPrivateAddresses: true,
    };
    const lines: string[] = [];
    await runChecks(s, { live: { progress: (l) => lines.push(l) } });
    expect(lines.at(-1)).toMatch(/^live checks: 8\/8 domains done \(\d+\.\d s\)$/);
  });
});
