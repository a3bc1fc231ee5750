import { spawn } from "node:child_process";
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HttpsObservation } from "../../src/model/live-https.js";
import { fetchPolicy } from "../../src/probes/https.js";
import type { ProbeAddress, ProbeOptions } from "../../src/probes/options.js";
import { RULES } from "../../src/rules/index.js";
import {
  closedPort,
  type Handler,
  servePolicy,
  startHttpServer,
  startHttpsServer,
  startSilentServer,
  type TestServer,
  trickle,
} from "../helpers/https-server.js";
import { buildDomain, lintModels } from "../helpers/lint.js";
import { createTestCa, type KeyAndChain, type TestCa } from "../helpers/tls-ca.js";

/**
 * The policy fetch against real HTTPS servers on loopback, each playing one way real policy
 * hosts fail (RFC 8461 §3.3), judged by the real rules: every hostile case ends in its own
 * finding, well within the deadline.
 */
const HOST = "mta-sts.example.com";
const POLICY = "version: STSv1\nmode: enforce\nmx: mx1.example.net\nmax_age: 604800\n";
const V4: ProbeAddress = { address: "127.0.0.1", family: 4 };
const V6: ProbeAddress = { address: "::1", family: 6 };

let ca: TestCa;
let good: KeyAndChain;
const servers: TestServer[] = [];

beforeAll(() => {
  ca = createTestCa();
  good = ca.leaf({ names: [HOST] });
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  ca.dispose();
});

async function options(port: number, extra: Partial<ProbeOptions> = {}): Promise<ProbeOptions> {
  return {
    timeoutMs: 1500,
    ports: { https: port, http: await closedPort(), smtp: 25 },
    ca: [ca.rootPem],
    allowPrivateAddresses: true,
    certExpiryDays: 14,
    now: () => new Date(),
    ...extra,
  };
}

async function serve(handler: Handler, tls: KeyAndChain = good, address = "127.0.0.1") {
  const server = await startHttpsServer(tls, handler, { address });
  servers.push(server);
  return server;
}

/** The fetch, then every registered rule over the observation (local policy = POLICY). */
async function fetchAndLint(obsPromise: Promise<HttpsObservation>, localPolicy = POLICY) {
  const obs = await obsPromise;
  const domain = buildDomain({ policy: localPolicy });
  domain.live = { areas: ["https"], https: obs };
  const findings = lintModels(RULES as never, [domain]).filter((f) => f.location.url);
  return { obs, findings, rules: findings.map((f) => f.rule) };
}

describe("fetchPolicy: a healthy policy host", () => {
  it("fetches, parses and describes the certificate; no live finding", async () => {
    const s = await serve(servePolicy(POLICY));
    const { obs, rules } = await fetchAndLint(fetchPolicy(HOST, [V4], await options(s.port)));
    expect(rules).toEqual([]);
    expect(obs.url).toBe(`https://${HOST}:${s.port}/.well-known/mta-sts.txt`);
    const [v4] = obs.families;
    expect(v4.outcome).toBe("ok");
    expect(v4.tls?.valid).toBe(true);
    expect(v4.response?.status).toBe(200);
    expect(v4.response?.body?.source.url).toBe(obs.url);
    expect(v4.response?.body?.fields.map((f) => f.name)).toEqual([
      "version",
      "mode",
      "mx",
      "max_age",
    ]);
    expect(v4.certificate?.dnsNames).toEqual([HOST]);
    expect(v4.certificate?.issuer).toContain("Test Intermediate CA");
    expect(v4.certificate?.daysLeft).toBeGreaterThan(80);
  });

  it("RFC 6125: a wildcard certificate one label above the host validates", async () => {
    const s = await serve(servePolicy(POLICY), ca.leaf({ names: ["*.example.com"] }));
    const { rules } = await fetchAndLint(fetchPolicy(HOST, [V4], await options(s.port)));
    expect(rules).toEqual([]);
  });

  it("the media type is compared case-insensitively, parameters ignored", async () => {
    const s = await serve(servePolicy(POLICY, "Text/Plain; Charset=UTF-8"));
    const { rules } = await fetchAndLint(fetchPolicy(HOST, [V4], await options(s.port)));
    expect(rules).toEqual([]);
  });
});

describe("fetchPolicy: HTTP-level failures (RFC 8461 §3.3)", () => {
  it("a redirect is https-redirect alone, naming the Location (not followed)", async () => {
    let hits = 0;
    const s = await serve((_req, res) => {
      hits++;
      res.writeHead(301, { location: "https://www.example.com/.well-known/mta-sts.txt" });
      res.end();
    });
    const { rules, findings } = await fetchAndLint(fetchPolicy(HOST, [V4], await options(s.port)));
    expect(rules).toEqual(["https-redirect"]);
    expect(findings[0].message).toContain('"https://www.example.com/.well-known/mta-sts.txt"');
    expect(findings[0].message).toContain("MUST NOT follow redirects");
    expect(hits).toBe(1);
  });

  it("a 404 is https-status", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(404, { "content-type": "text/html" });
      res.end("<h1>Not Found</h1>");
    });
    const { rules, findings } = await fetchAndLint(fetchPolicy(HOST, [V4], await options(s.port)));
    expect(rules).toEqual(["https-status"]);
    expect(findings[0].message).toContain("status 404");
  });

  it("text/html is https-content-type alone: the HTML is not linted as a policy", async () => {
    const s = await serve(servePolicy("<html><body>Welcome</body></html>", "text/html"));
    const { rules, obs } = await fetchAndLint(fetchPolicy(HOST, [V4], await options(s.port)));
    expect(rules).toEqual(["https-content-type"]);
    expect(obs.families[0].response?.body).toBeUndefined();
  });

  it("100 KiB is https-too-large alone; reading stops after 65536 bytes", async () => {
    const s = await serve(servePolicy(`${POLICY}${"x".repeat(100 * 1024)}\n`));
    const { rules, obs } = await fetchAndLint(fetchPolicy(HOST, [V4], await options(s.port)));
    expect(rules).toEqual(["https-too-large"]);
    expect(obs.families[0].response?.bytesRead).toBe(65537);
    expect(obs.families[0].response?.truncated).toBe(true);
  });

  it("policy-* rules judge the fetched body, located at the URL and line", async () => {
    const s = await serve(
      servePolicy("version: STSv1\nmode: Enforce\nmx: mx1.example.net\nmax_age: 604800\n"),
    );
    const { findings } = await fetchAndLint(fetchPolicy(HOST, [V4], await options(s.port)));
    const mode = findings.find((f) => f.rule === "policy-mode");
    expect(mode?.location.url).toMatch(/\/\.well-known\/mta-sts\.txt$/);
    expect(mode?.location.span?.line).toBe(2);
    expect(findings.map((f) => f.rule)).toContain("https-policy-drift");
  });

  it("a live policy that means something else than the local file is https-policy-drift", async () => {
    const s = await serve(servePolicy(POLICY.replace("enforce", "testing")));
    const { rules, findings } = await fetchAndLint(fetchPolicy(HOST, [V4], await options(s.port)));
    expect(rules).toEqual(["policy-mode-testing", "https-policy-drift"]);
    expect(findings[1].message).toContain('mode "enforce" → "testing"');
  });
});

describe("fetchPolicy: deadlines a server cannot stretch", () => {
  it("a body trickling one byte at a time ends at the deadline as https-unreachable", async () => {
    const s = await serve(trickle(50));
    const { rules, obs, findings } = await fetchAndLint(
      fetchPolicy(HOST, [V4], await options(s.port)),
    );
    expect(obs.families[0].outcome).toBe("timeout");
    expect(obs.families[0].phase).toBe("body");
    expect(rules).toEqual(["https-unreachable"]);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].message).toContain("body did not arrive");
  });

  it("a server that accepts and never speaks TLS times out in the handshake", async () => {
    const s = await startSilentServer();
    servers.push(s);
    const { rules, obs } = await fetchAndLint(fetchPolicy(HOST, [V4], await options(s.port)));
    expect(obs.families[0]).toMatchObject({ outcome: "timeout", phase: "tls" });
    expect(rules).toEqual(["https-unreachable"]);
  });

  it("a server that never answers the request times out waiting for headers", async () => {
    const s = await serve(() => {});
    const { obs, rules } = await fetchAndLint(fetchPolicy(HOST, [V4], await options(s.port)));
    expect(obs.families[0]).toMatchObject({ outcome: "timeout", phase: "headers" });
    expect(rules).toEqual(["https-unreachable"]);
  });
});

describe("fetchPolicy: certificates (RFC 8460 §4.3.1 result types)", () => {
  const cases: [string, () => KeyAndChain, string, string][] = [
    [
      "expired",
      () => ca.leaf({ names: [HOST], fromDays: -60, toDays: -2 }),
      "expired",
      "certificate-expired",
    ],
    [
      "not yet valid",
      () => ca.leaf({ names: [HOST], fromDays: 2, toDays: 60 }),
      "not-yet-valid",
      "certificate-not-trusted",
    ],
    [
      "for another name",
      () => ca.leaf({ names: ["www.example.com"] }),
      "host-mismatch",
      "certificate-host-mismatch",
    ],
    ["self-signed", () => ca.selfSigned([HOST]), "self-signed", "certificate-not-trusted"],
    [
      "missing its intermediate",
      () => ca.leaf({ names: [HOST], withoutIntermediate: true }),
      "incomplete-chain",
      "certificate-not-trusted",
    ],
  ];
  it.each(cases)(
    "a certificate %s is https-cert-invalid alone",
    async (_name, make, problem, resultType) => {
      const s = await serve(servePolicy(POLICY), make());
      const { rules, obs, findings } = await fetchAndLint(
        fetchPolicy(HOST, [V4], await options(s.port)),
      );
      expect(obs.families[0].tls?.problem).toBe(problem);
      expect(rules).toEqual(["https-cert-invalid"]);
      expect(findings[0].message).toContain(`"${resultType}"`);
      expect(findings[0].message).toContain("sts-webpki-invalid");
    },
  );

  it("a wildcard two labels up does not cover the host (RFC 6125: one left-most label)", async () => {
    const s = await serve(servePolicy(POLICY), ca.leaf({ names: ["*.com"] }));
    const { rules } = await fetchAndLint(fetchPolicy(HOST, [V4], await options(s.port)));
    expect(rules).toEqual(["https-cert-invalid"]);
  });

  it("a certificate inside the warning window is https-cert-expiring", async () => {
    const s = await serve(servePolicy(POLICY), ca.leaf({ names: [HOST], toDays: 5 }));
    const { rules, findings } = await fetchAndLint(fetchPolicy(HOST, [V4], await options(s.port)));
    expect(rules).toEqual(["https-cert-expiring"]);
    expect(findings[0].message).toMatch(/expires in [45] days/);
    const later = await fetchAndLint(
      fetchPolicy(HOST, [V4], await options(s.port, { certExpiryDays: 3 })),
    );
    expect(later.rules).toEqual([]);
  });
});

describe("fetchPolicy: address families and plain-HTTP hosting", () => {
  it("IPv4 works, IPv6 refused: a warning naming IPv6", async () => {
    const s = await serve(servePolicy(POLICY));
    const { rules, findings, obs } = await fetchAndLint(
      fetchPolicy(HOST, [V4, V6], await options(s.port)),
    );
    expect(obs.families.map((f) => [f.family, f.outcome])).toEqual([
      [4, "ok"],
      [6, "connect-failed"],
    ]);
    expect(rules).toEqual(["https-unreachable"]);
    expect(findings[0].severity).toBe("warning");
    expect(findings[0].message).toContain("IPv6 (::1)");
    expect(findings[0].message).toContain("connection refused");
  });

  it("an IPv6-only policy host is fetched over IPv6", async () => {
    const s = await serve(servePolicy(POLICY), good, "::1");
    const { obs, rules } = await fetchAndLint(fetchPolicy(HOST, [V6], await options(s.port)));
    expect(rules).toEqual([]);
    expect(obs.families.map((f) => [f.family, f.outcome, f.address])).toEqual([[6, "ok", "::1"]]);
  });

  it("both families failing is an error", async () => {
    const port = await closedPort();
    const { findings } = await fetchAndLint(fetchPolicy(HOST, [V4, V6], await options(port)));
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["https-unreachable", "error"]]);
    expect(findings[0].message).toContain("IPv4 (127.0.0.1) and IPv6 (::1)");
  });

  it("port 443 closed while port 80 answers is named plain-HTTP-only hosting", async () => {
    const http = await startHttpServer(servePolicy(POLICY));
    servers.push(http);
    const opts = await options(await closedPort());
    opts.ports.http = http.port;
    const { findings, obs } = await fetchAndLint(fetchPolicy(HOST, [V4], opts));
    expect(obs.families[0].plainHttp?.status).toBe(200);
    expect(findings.map((f) => f.rule)).toEqual(["https-unreachable"]);
    expect(findings[0].message).toContain("plain HTTP only");
  });

  it("plain HTTP spoken on the HTTPS port is a failed handshake, not a hang", async () => {
    const http = await startHttpServer(servePolicy(POLICY));
    servers.push(http);
    const { obs, rules } = await fetchAndLint(fetchPolicy(HOST, [V4], await options(http.port)));
    expect(obs.families[0]).toMatchObject({ outcome: "tls-failed", phase: "tls" });
    expect(rules).toEqual(["https-unreachable"]);
    expect(obs.families[0].error).toContain("does not speak TLS");
  });

  it("fails over to the next address of the family, recording the failed one", async () => {
    const s = await serve(servePolicy(POLICY));
    const dead: ProbeAddress = { address: "127.0.0.2", family: 4 };
    const { obs, rules } = await fetchAndLint(fetchPolicy(HOST, [dead, V4], await options(s.port)));
    expect(rules).toEqual([]);
    expect(obs.families[0].failedAddresses).toEqual([
      { address: "127.0.0.2", error: "connection refused" },
    ]);
  });
});

/**
 * A real-world failure: a firewall that drops SYNs to one address of the policy host. Here a
 * listener whose process never accepts and whose backlog is full: the kernel drops further
 * SYNs, so a TCP connect to it neither succeeds nor fails.
 */
async function blackhole(address: string, port: number): Promise<() => void> {
  const script = `const s=require("net").createServer().listen({port:${port},host:"${address}",backlog:1},()=>{process.stdout.write("up\\n");Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0)})`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise((resolve) => child.stdout.once("data", resolve));
  const fill: Socket[] = [];
  for (let i = 0; i < 2; i++) {
    const socket = connect({ host: address, port });
    socket.on("error", () => {});
    fill.push(socket);
    await new Promise((resolve) => socket.once("connect", resolve));
  }
  return () => {
    for (const socket of fill) socket.destroy();
    child.kill();
  };
}

describe("fetchPolicy: failover past an address that never answers the TCP connect", () => {
  it("the silent first address gets its share of the deadline; the next one serves", async () => {
    const s = await serve(servePolicy(POLICY));
    const stop = await blackhole("127.0.0.3", s.port);
    try {
      const silent: ProbeAddress = { address: "127.0.0.3", family: 4 };
      const opts = await options(s.port, { timeoutMs: 3000 });
      const { obs, rules } = await fetchAndLint(fetchPolicy(HOST, [silent, V4], opts));
      expect(rules).toEqual([]);
      expect(obs.families[0]).toMatchObject({ address: "127.0.0.1", outcome: "ok" });
      expect(obs.families[0].failedAddresses).toHaveLength(1);
      expect(obs.families[0].failedAddresses[0].address).toBe("127.0.0.3");
      expect(obs.families[0].failedAddresses[0].error).toContain("TCP connection");
    } finally {
      stop();
    }
  });
});
