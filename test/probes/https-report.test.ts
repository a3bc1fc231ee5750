import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LintReport } from "../../src/model/report.js";
import { planAnnotations } from "../../src/report/annotations.js";
import { formatGithubCommands } from "../../src/report/github-commands.js";
import { buildSummary } from "../../src/report/summary.js";
import { formatText } from "../../src/report/text.js";
import { RULE_METAS } from "../../src/rules/index.js";
import { runChecks } from "../../src/run.js";
import { defaultSettings } from "../../src/settings/defaults.js";
import { type RunningDns, startFaultDns } from "../helpers/dns-server.js";
import { closedPort, startHttpsServer, type TestServer } from "../helpers/https-server.js";
import { startSmtpServer } from "../helpers/smtp-server.js";
import { createTestCa, type TestCa } from "../helpers/tls-ca.js";

/**
 * Server text is data all the way to the user: a policy host that redirects to a Location
 * crafted as a workflow command and HTML, and an MX whose greeting does the same, go through
 * the whole pipeline (DNS, address guard, probes, rules) into every report format, which
 * must show the text without letting it act (GitHub workflow commands, HTML in the summary).
 */
const HOSTILE = "::error file=x::pwned <img src=x onerror=alert(1)> %0A";

let ca: TestCa;
let dns: RunningDns;
let cwd: string;
const servers: TestServer[] = [];
let report: LintReport;

beforeAll(async () => {
  ca = createTestCa();
  cwd = mkdtempSync(join(tmpdir(), "mta-sts-lint-live-"));
  const https = await startHttpsServer(ca.leaf({ names: ["mta-sts.example.com"] }), (_req, res) => {
    res.writeHead(302, { location: `https://x.example/${HOSTILE}` });
    res.end();
  });
  const smtp = await startSmtpServer({ greetingCode: 554, greeting: [HOSTILE] });
  servers.push(https, smtp);
  dns = await startFaultDns({
    records: {
      "example.com": { MX: ["10 mx1.example.com"], SOA: ["1"], NS: ["ns1.example.com"] },
      "_mta-sts.example.com": { TXT: ["v=STSv1; id=20261128"] },
      "_smtp._tls.example.com": { TXT: ["v=TLSRPTv1; rua=mailto:tls@example.com"] },
      "mta-sts.example.com": { A: ["127.0.0.1"] },
      "mx1.example.com": { A: ["127.0.0.1"] },
      "ns1.example.com": { A: ["127.0.0.1"] },
    },
  });
  const settings = defaultSettings(cwd);
  settings.domains = [{ domain: "example.com", zoneFormat: "auto" }];
  settings.live = {
    ...settings.live,
    enabled: true,
    smtp: true,
    timeout: 3,
    allowPrivateAddresses: true,
    resolvers: [dns.server],
  };
  report = await runChecks(settings, {
    live: {
      ports: { https: https.port, http: await closedPort(), smtp: smtp.port },
      nameServerPort: dns.port,
      ca: [ca.rootPem],
    },
  });
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await dns?.stop();
  ca?.dispose();
  rmSync(cwd, { recursive: true, force: true });
});

describe("live HTTPS and SMTP findings through every report format", () => {
  it("the pipeline produces the specific findings, with the server text quoted in them", () => {
    const redirect = report.findings.find((f) => f.rule === "https-redirect");
    const smtp = report.findings.find((f) => f.rule === "smtp-unreachable");
    expect(redirect?.location.url).toMatch(
      /^https:\/\/mta-sts\.example\.com:\d+\/\.well-known\/mta-sts\.txt$/,
    );
    expect(redirect?.message).toContain("::error file=x::pwned");
    expect(smtp?.location.host).toMatch(/^mx1\.example\.com \[127\.0\.0\.1\] port \d+$/);
    expect(smtp?.message).toContain("554 ::error file=x::pwned");
  });

  it("workflow commands: one command per line, server text never starts a line", () => {
    const out = formatGithubCommands(report);
    for (const line of out.split("\n").filter((l) => l !== "")) {
      expect(line.startsWith("::error file=x::pwned")).toBe(false);
    }
    expect(out).toContain("https-redirect");
    const annotations = planAnnotations(report);
    expect(annotations.some((a) => a.message.includes("pwned"))).toBe(true);
    for (const a of annotations) expect(a.message).not.toMatch(/[\r\n]::/);
  });

  it("job summary: the HTML arrives as text, not as an element", () => {
    const summary = buildSummary(report, RULE_METAS, { failOn: "error" });
    expect(summary).toContain("pwned");
    expect(summary).not.toContain("<img src=x");
  });

  it("text report: no line starts with the server's workflow command", () => {
    const text = formatText(report);
    expect(text).toContain("https-redirect");
    for (const line of text.split("\n"))
      expect(line.trimStart().startsWith("::error file=x")).toBe(false);
  });
});
