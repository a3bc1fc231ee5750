/**
 * probeDomain against a real fault-injecting DNS server on loopback: which probes run and
 * what they may cost, decided from the live answers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { liveHostRows } from "../../src/model/live.js";
import { probeDomain } from "../../src/probes/index.js";
import type { ProbeOptions } from "../../src/probes/options.js";
import { MAX_ADDRESSES_PER_MX, pickMxAddresses } from "../../src/probes/smtp.js";
import { rule as unreachable } from "../../src/rules/https-unreachable.js";
import { rule as dnsError } from "../../src/rules/live-dns-error.js";
import { type RunningDns, startFaultDns } from "../helpers/dns-server.js";
import { closedPort } from "../helpers/https-server.js";
import { buildDomain, lintModels } from "../helpers/lint.js";

let dns: RunningDns;
beforeAll(async () => {
  dns = await startFaultDns({
    records: {
      // The policy host exists (a TXT record), has no AAAA, and its A lookup times out.
      "mta-sts.half.test": { TXT: ["placeholder"] },
      "many.test": { MX: ["10 mx1.many.test"] },
      "mx1.many.test": {
        A: ["127.0.0.1", "127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5", "127.0.0.6"],
        AAAA: ["::1"],
      },
    },
    fault: (name, type) => (name === "mta-sts.half.test" && type === "A" ? "timeout" : undefined),
  });
});
afterAll(async () => {
  await dns?.stop();
});

async function options(extra: Partial<ProbeOptions> = {}): Promise<ProbeOptions> {
  const port = await closedPort();
  return {
    timeoutMs: 500,
    ports: { https: port, http: port, smtp: port },
    allowPrivateAddresses: true,
    certExpiryDays: 14,
    now: () => new Date(),
    resolvers: [dns.server],
    ...extra,
  };
}

describe("probeDomain: a failed address lookup is not 'no address'", () => {
  it("A times out, AAAA is NODATA: no fetch, live-dns-error explains, no 'publish an A record'", async () => {
    const live = await probeDomain({ name: "half.test" }, await options(), false);
    expect(live.dns?.answers.policyHostA.status).toBe("timeout");
    expect(live.dns?.answers.policyHostAaaa.status).toBe("nodata");
    expect(live.https).toBeUndefined();
    expect(live.areas).not.toContain("https");
    const domain = buildDomain({ domain: "half.test" });
    domain.live = live;
    expect(lintModels(unreachable, [domain])).toEqual([]);
    const errors = lintModels(dnsError, [domain]);
    expect(errors.map((f) => f.message).join("\n")).toContain('A "mta-sts.half.test"');
  });
});

describe("probeDomain: SMTP connections are bounded per MX host", () => {
  it("an MX host with 7 addresses gets 4 probed, IPv6 included, and the rest counted", async () => {
    const live = await probeDomain({ name: "many.test" }, await options(), true);
    const [mx] = live.smtp ?? [];
    expect(mx.host).toBe("mx1.many.test");
    expect(mx.addresses).toHaveLength(MAX_ADDRESSES_PER_MX);
    expect(mx.addresses.map((a) => a.family)).toContain(6);
    expect(mx.omittedAddresses).toBe(3);
    const rows = liveHostRows(live).filter((r) => r.area === "smtp");
    expect(rows.at(-1)?.omittedAddresses).toBe(3);
  });

  it("pickMxAddresses takes the families in turn, IPv4 first, and counts what it leaves", () => {
    const v4 = Array.from({ length: 5 }, (_, i) => ({
      address: `192.0.2.${i}`,
      family: 4 as const,
    }));
    const v6 = [{ address: "2001:db8::1", family: 6 as const }];
    const { picked, omitted } = pickMxAddresses([...v4, ...v6]);
    expect(picked.map((a) => a.address)).toEqual([
      "192.0.2.0",
      "192.0.2.1",
      "192.0.2.2",
      "2001:db8::1",
    ]);
    expect(omitted).toBe(2);
    expect(pickMxAddresses(v4.slice(0, 2))).toEqual({ picked: v4.slice(0, 2), omitted: 0 });
  });
});
