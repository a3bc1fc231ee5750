import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmtpObservation } from "../../src/model/live-smtp.js";
import type { ProbeAddress, ProbeOptions } from "../../src/probes/options.js";
import { probeMxHost } from "../../src/probes/smtp.js";
import { RULES } from "../../src/rules/index.js";
import { closedPort, type TestServer } from "../helpers/https-server.js";
import { buildDomain, lintModels } from "../helpers/lint.js";
import { type SmtpServerOptions, startSmtpServer } from "../helpers/smtp-server.js";
import { createTestCa, type TestCa } from "../helpers/tls-ca.js";

/**
 * STARTTLS on an MX as a sender checks it under MTA-STS (RFC 8461 §4.2), against a real SMTP
 * server on loopback, judged by the real rules. RFC 8460 §4.3.1 result types in messages.
 */
const MX = "mx1.example.net";
const ENFORCE = `version: STSv1\nmode: enforce\nmx: ${MX}\nmax_age: 604800\n`;
const TESTING = ENFORCE.replace("enforce", "testing");
const V4: ProbeAddress = { address: "127.0.0.1", family: 4 };

let ca: TestCa;
const servers: TestServer[] = [];

beforeAll(() => {
  ca = createTestCa();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  ca.dispose();
});

function options(port: number, extra: Partial<ProbeOptions> = {}): ProbeOptions {
  return {
    timeoutMs: 1500,
    ports: { https: 443, http: 80, smtp: port },
    ca: [ca.rootPem],
    allowPrivateAddresses: true,
    certExpiryDays: 14,
    now: () => new Date(),
    ...extra,
  };
}

async function mx(opts: SmtpServerOptions) {
  const server = await startSmtpServer(opts);
  servers.push(server);
  return server;
}

async function probeAndLint(obsPromise: Promise<SmtpObservation>, policy = ENFORCE) {
  const obs = await obsPromise;
  const domain = buildDomain({ policy });
  domain.live = { areas: ["smtp"], smtp: [obs] };
  const findings = lintModels(RULES as never, [domain]).filter((f) => f.location.host);
  return { obs, findings, rules: findings.map((f) => f.rule), result: obs.addresses[0] };
}

describe("probeMxHost: a healthy MX", () => {
  it("banner, EHLO with STARTTLS, a valid certificate: no finding", async () => {
    const s = await mx({ tls: ca.leaf({ names: [MX] }), greeting: ["mx1 ESMTP", "second line"] });
    const { rules, result, obs } = await probeAndLint(probeMxHost(MX, [V4], options(s.port)));
    expect(rules).toEqual([]);
    expect(obs).toMatchObject({ host: MX, port: s.port });
    expect(result.outcome).toBe("ok");
    expect(result.banner).toBe("mx1 ESMTP");
    expect(result.ehloKeywords).toEqual(["PIPELINING", "SIZE", "8BITMIME", "STARTTLS"]);
    expect(result.tls?.valid).toBe(true);
    expect(result.certificate?.dnsNames).toEqual([MX]);
  });

  it("RFC 6125: a wildcard certificate for the MX's parent validates", async () => {
    const s = await mx({ tls: ca.leaf({ names: ["*.example.net"] }) });
    const { rules } = await probeAndLint(probeMxHost(MX, [V4], options(s.port)));
    expect(rules).toEqual([]);
  });
});

describe("probeMxHost: STARTTLS missing (starttls-not-supported)", () => {
  it("not offered in EHLO: error in enforce", async () => {
    const s = await mx({});
    const { findings, result } = await probeAndLint(probeMxHost(MX, [V4], options(s.port)));
    expect(result).toMatchObject({
      outcome: "starttls-missing",
      phase: "ehlo",
      starttlsOffered: false,
    });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["smtp-starttls-missing", "error"]]);
    expect(findings[0].message).toContain('"starttls-not-supported"');
    expect(findings[0].location.host).toBe(`${MX} [127.0.0.1] port ${s.port}`);
  });

  it("offered but refused with 454: a warning in testing", async () => {
    const s = await mx({ tls: ca.leaf({ names: [MX] }), refuseStarttls: true });
    const { findings } = await probeAndLint(probeMxHost(MX, [V4], options(s.port)), TESTING);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ["smtp-starttls-missing", "warning"],
    ]);
    expect(findings[0].message).toContain("454");
  });
});

describe("probeMxHost: certificates (RFC 8461 §4.2)", () => {
  it("a certificate for another name is smtp-cert-invalid with certificate-host-mismatch", async () => {
    const s = await mx({ tls: ca.leaf({ names: ["mail.example.org"] }) });
    const { findings, result } = await probeAndLint(probeMxHost(MX, [V4], options(s.port)));
    expect(result.tls?.problem).toBe("host-mismatch");
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["smtp-cert-invalid", "error"]]);
    expect(findings[0].message).toContain('"certificate-host-mismatch"');
    expect(findings[0].message).toContain('"mail.example.org"');
  });

  it("an expired certificate is certificate-expired; a warning in testing", async () => {
    const s = await mx({ tls: ca.leaf({ names: [MX], fromDays: -90, toDays: -1 }) });
    const { findings } = await probeAndLint(probeMxHost(MX, [V4], options(s.port)), TESTING);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["smtp-cert-invalid", "warning"]]);
    expect(findings[0].message).toContain('"certificate-expired"');
  });

  it("a self-signed certificate is certificate-not-trusted", async () => {
    const s = await mx({ tls: ca.selfSigned([MX]) });
    const { findings } = await probeAndLint(probeMxHost(MX, [V4], options(s.port)));
    expect(findings.map((f) => f.rule)).toEqual(["smtp-cert-invalid"]);
    expect(findings[0].message).toContain('"certificate-not-trusted"');
  });

  it("a handshake that fails after STARTTLS is smtp-cert-invalid (validation-failure)", async () => {
    const s = await mx({ tls: ca.leaf({ names: [MX] }), brokenTls: true });
    const { findings, result } = await probeAndLint(probeMxHost(MX, [V4], options(s.port)));
    expect(result).toMatchObject({ outcome: "tls-failed", phase: "tls", starttlsOffered: true });
    expect(findings.map((f) => f.rule)).toEqual(["smtp-cert-invalid"]);
    expect(findings[0].message).toContain('"validation-failure"');
  });

  it("a certificate expiring within the window is smtp-cert-expiring", async () => {
    const s = await mx({ tls: ca.leaf({ names: [MX], toDays: 3 }) });
    const { findings } = await probeAndLint(probeMxHost(MX, [V4], options(s.port)));
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["smtp-cert-expiring", "warning"]]);
  });
});

describe("probeMxHost: unreachable and hostile servers end within the deadline", () => {
  it("port closed: smtp-unreachable with the hosted-runner hint", async () => {
    const { findings, result } = await probeAndLint(
      probeMxHost(MX, [V4], options(await closedPort())),
    );
    expect(result.outcome).toBe("connect-failed");
    expect(findings.map((f) => f.rule)).toEqual(["smtp-unreachable"]);
    expect(findings[0].message).toContain("connection refused");
    expect(findings[0].message).toContain("block outbound port");
  });

  it("a server that never greets times out waiting for the banner", async () => {
    const s = await mx({ silent: true });
    const { findings, result } = await probeAndLint(probeMxHost(MX, [V4], options(s.port)));
    expect(result).toMatchObject({ outcome: "timeout", phase: "banner" });
    expect(findings.map((f) => f.rule)).toEqual(["smtp-unreachable"]);
  });

  it("an endless multi-line greeting cannot stretch the deadline", async () => {
    const s = await mx({ trickleGreeting: true });
    const { findings, result } = await probeAndLint(probeMxHost(MX, [V4], options(s.port)));
    expect(result).toMatchObject({ outcome: "timeout", phase: "banner" });
    expect(findings.map((f) => f.rule)).toEqual(["smtp-unreachable"]);
  });

  it("a 554 greeting is reported with the server's words, as data", async () => {
    const s = await mx({ greetingCode: 554, greeting: ["no service <script>::error::x"] });
    const { findings, result } = await probeAndLint(probeMxHost(MX, [V4], options(s.port)));
    expect(result.outcome).toBe("protocol-error");
    expect(findings.map((f) => f.rule)).toEqual(["smtp-unreachable"]);
    expect(findings[0].message).toContain("554 no service <script>::error::x");
  });

  it("every address of the MX is probed and reported on its own", async () => {
    const s = await mx({ tls: ca.leaf({ names: [MX] }) });
    const dead: ProbeAddress = { address: "127.0.0.2", family: 4 };
    const { obs, findings } = await probeAndLint(probeMxHost(MX, [V4, dead], options(s.port)));
    expect(obs.addresses.map((a) => a.outcome)).toEqual(["ok", "connect-failed"]);
    expect(findings.map((f) => f.location.host)).toEqual([`${MX} [127.0.0.2] port ${s.port}`]);
  });
});
