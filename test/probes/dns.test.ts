import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask, probeDns } from "../../src/probes/dns.js";
import type { ProbeOptions } from "../../src/probes/options.js";
import { DEFAULT_PORTS } from "../../src/probes/options.js";
import { nsdPath, type RunningDns, startFaultDns, startNsd } from "../helpers/dns-server.js";

const ZONE = [
  "$ORIGIN example.com.",
  "$TTL 300",
  "@ IN SOA ns1.example.com. hostmaster.example.com. 2026010101 7200 3600 1209600 300",
  "@ IN NS ns1.example.com.",
  "ns1 IN A 127.0.0.1",
  "@ IN MX 10 mx1.example.com.",
  "@ IN MX 20 mx2.example.com.",
  "mx1 IN A 127.0.0.1",
  "mx2 IN AAAA ::1",
  // RFC 8461 §3.1: a record may be split into several strings; senders join them.
  '_mta-sts IN TXT "v=STSv1; " "id=20260101"',
  // RFC 8461 §8.2: the policy host delegated with a CNAME.
  "mta-sts IN CNAME sts.example.com.",
  "sts IN A 127.0.0.1",
  '_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls@example.com"',
  "",
].join("\n");

function options(server: RunningDns, extra: Partial<ProbeOptions> = {}): ProbeOptions {
  return {
    timeoutMs: 2000,
    ports: DEFAULT_PORTS,
    allowPrivateAddresses: true,
    certExpiryDays: 14,
    now: () => new Date(),
    resolvers: [server.server],
    nameServerPort: server.port,
    ...extra,
  };
}

describe.skipIf(!nsdPath() && !process.env.CI)(
  "DNS probe against NSD (a real authoritative server)",
  () => {
    let nsd: RunningDns;
    beforeAll(async () => {
      nsd = await startNsd({ "example.com": ZONE });
    });
    afterAll(async () => {
      await nsd?.stop();
    });

    it("joins TXT chunks, follows CNAMEs, reads MX pairs and the MX hosts' addresses", async () => {
      const obs = await probeDns({ domain: "example.com" }, options(nsd));
      expect(obs.answers.stsTxt).toMatchObject({
        status: "answer",
        values: ["v=STSv1; id=20260101"],
      });
      expect(obs.answers.tlsrptTxt.values).toEqual(["v=TLSRPTv1; rua=mailto:tls@example.com"]);
      expect(obs.answers.mx.values.sort()).toEqual(["10 mx1.example.com", "20 mx2.example.com"]);
      expect(obs.answers.policyHostA).toMatchObject({
        status: "answer",
        values: ["127.0.0.1"],
        cnames: ["sts.example.com"],
      });
      expect(obs.answers.policyHostAaaa.status).toBe("nodata");
      const mx2 = obs.mxHosts.find((h) => h.host === "mx2.example.com");
      expect(mx2?.aaaa.values).toEqual(["::1"]);
      expect(mx2?.a.status).toBe("nodata");
    });

    it("asks the authoritative server named by NS directly, with the SOA serial", async () => {
      const obs = await probeDns({ domain: "example.com" }, options(nsd));
      expect(obs.ns?.values).toEqual(["ns1.example.com"]);
      expect(obs.nameServers).toHaveLength(1);
      const [view] = obs.nameServers;
      expect(view).toMatchObject({ name: "ns1.example.com", address: "127.0.0.1", from: ["live"] });
      expect(view.soaSerial?.values).toEqual(["2026010101"]);
      expect(view.answers?.stsTxt.values).toEqual(["v=STSv1; id=20260101"]);
      expect(view.answers?.stsTxt.server).toBe("ns1.example.com (127.0.0.1)");
    });

    it("the address guard keeps the probe away from a name server on loopback", async () => {
      const obs = await probeDns(
        { domain: "example.com" },
        options(nsd, { allowPrivateAddresses: false }),
      );
      expect(obs.nameServers[0].answers).toBeUndefined();
      expect(obs.nameServers[0].refusedCategory).toBe("loopback");
    });

    it("NXDOMAIN and NODATA are answers, told apart", async () => {
      const server = { servers: [nsd.server], label: nsd.server };
      expect((await ask(server, "_mta-sts.nowhere.example.com", "TXT", 2000)).status).toBe(
        "nxdomain",
      );
      expect((await ask(server, "mx1.example.com", "TXT", 2000)).status).toBe("nodata");
    });

    it("a name outside the server's zones is REFUSED", async () => {
      const server = { servers: [nsd.server], label: nsd.server };
      const answer = await ask(server, "_mta-sts.example.org", "TXT", 2000);
      expect(answer).toMatchObject({ status: "refused", code: "EREFUSED" });
    });
  },
);

describe("DNS probe failures (a fault-injecting server)", () => {
  let dns: RunningDns;
  beforeAll(async () => {
    dns = await startFaultDns({
      records: {
        "_mta-sts.slow.test": { TXT: ["v=STSv1; id=1"] },
        "_mta-sts.big.test": { TXT: ["v=STSv1; id=big"] },
        "_mta-sts.cut.test": { TXT: ["v=STSv1; id=cut"] },
        "_mta-sts.late.test": { TXT: ["v=STSv1; id=late"] },
        // RFC 8461 §8.2: the record delegated to a provider through a chain of CNAMEs.
        "_mta-sts.chain.test": { CNAME: ["sts.hop1.test"] },
        "sts.hop1.test": { CNAME: ["sts.provider.test"] },
        "sts.provider.test": { TXT: ["v=STSv1; id=chained"] },
        // A hostile loop.
        "_mta-sts.loop.test": { CNAME: ["a.loop.test"] },
        "a.loop.test": { CNAME: ["_mta-sts.loop.test"] },
      },
      fault: (name) =>
        name.endsWith("slow.test")
          ? "timeout"
          : name.endsWith("fail.test")
            ? "servfail"
            : name.endsWith("deny.test")
              ? "refused"
              : name.endsWith("big.test")
                ? "truncate"
                : name.endsWith("cut.test")
                  ? "truncate-no-tcp"
                  : name.endsWith("late.test")
                    ? { delayMs: 300 }
                    : undefined,
    });
  });
  afterAll(async () => {
    await dns?.stop();
  });

  const server = () => ({ servers: [dns.server], label: dns.server });

  it("a CNAME chain is followed to the record and named hop by hop", async () => {
    const answer = await ask(server(), "_mta-sts.chain.test", "TXT", 2000, true);
    expect(answer).toMatchObject({
      status: "answer",
      values: ["v=STSv1; id=chained"],
      cnames: ["sts.hop1.test", "sts.provider.test"],
    });
  });

  it("a CNAME loop ends: no record, the loop named once", async () => {
    const answer = await ask(server(), "_mta-sts.loop.test", "TXT", 2000, true);
    expect(answer.values).toEqual([]);
    expect(answer.cnames).toEqual(["a.loop.test", "_mta-sts.loop.test"]);
  });

  it("a server that never answers ends in a timeout at the deadline", async () => {
    const answer = await ask(server(), "_mta-sts.slow.test", "TXT", 400);
    expect(answer).toMatchObject({ status: "timeout", values: [] });
  });

  it("SERVFAIL and REFUSED are named as such", async () => {
    expect((await ask(server(), "_mta-sts.fail.test", "TXT", 2000)).status).toBe("servfail");
    expect((await ask(server(), "_mta-sts.deny.test", "TXT", 2000)).status).toBe("refused");
  });

  it("a truncated UDP answer is retried over TCP (RFC 7766), as resolvers do", async () => {
    const answer = await ask(server(), "_mta-sts.big.test", "TXT", 2000);
    expect(answer).toMatchObject({ status: "answer", values: ["v=STSv1; id=big"] });
  });

  it("a truncated answer with no TCP service is a failed lookup, not an empty answer", async () => {
    const answer = await ask(server(), "_mta-sts.cut.test", "TXT", 1000);
    expect(["error", "timeout"]).toContain(answer.status);
    expect(answer.values).toEqual([]);
  });

  it("a late answer within the deadline is still an answer", async () => {
    const answer = await ask(server(), "_mta-sts.late.test", "TXT", 2000);
    expect(answer.status).toBe("answer");
  });

  it("the whole probe of a domain whose server never answers ends near the deadline", async () => {
    const obs = await probeDns(
      { domain: "slow.test" },
      options(dns, { timeoutMs: 300, resolvers: [dns.server] }),
    );
    expect(obs.answers.stsTxt.status).toBe("timeout");
    expect(obs.answers.mx.status).toBe("timeout");
    expect(obs.nameServers).toEqual([]);
  });
});
