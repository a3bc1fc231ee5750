import { describe, expect, it } from "vitest";
import { portsFromEnv, probeOptions } from "../../src/probes/index.js";
import { parseCliArgs } from "../../src/settings/cli-args.js";
import { defaultSettings } from "../../src/settings/defaults.js";

describe("live settings reach the probes (interface.md: flags, inputs and config keys)", () => {
  it("every live flag of the command line ends up in the probe options", () => {
    const command = parseCliArgs(
      [
        "--domain",
        "example.com",
        "--policy",
        "mta-sts.txt",
        "--smtp",
        "--resolver",
        "192.0.2.53:5353",
        "--resolver",
        "[2001:db8::53]:53",
        "--timeout",
        "2.5",
        "--allow-private-addresses",
        "--concurrency",
        "3",
        "--cert-expiry-days",
        "30",
      ],
      "/tmp",
      () => "",
    );
    if (command.kind !== "lint") throw new Error(`expected a lint run, got ${command.kind}`);
    const { settings } = command;
    // --smtp implies --live.
    expect(settings.live).toMatchObject({ enabled: true, smtp: true, concurrency: 3 });
    const options = probeOptions(settings);
    expect(options).toMatchObject({
      timeoutMs: 2500,
      allowPrivateAddresses: true,
      certExpiryDays: 30,
      resolvers: ["192.0.2.53:5353", "[2001:db8::53]:53"],
      ports: { https: 443, http: 80, smtp: 25 },
    });
    expect(options.nameServerPort).toBeUndefined();
  });

  it("the defaults are what senders use: 10 s, the system resolver, the guard on", () => {
    const options = probeOptions(defaultSettings("/tmp"));
    expect(options).toMatchObject({
      timeoutMs: 10000,
      allowPrivateAddresses: false,
      certExpiryDays: 14,
      resolvers: [],
    });
  });

  it("MTA_STS_LINT_PORTS moves the probes for a test lab; anything unreadable is ignored", () => {
    expect(portsFromEnv("https=8443, smtp=2525,dns=5353")).toEqual({
      https: 8443,
      smtp: 2525,
      dns: 5353,
    });
    expect(portsFromEnv("https=0,ftp=21,smtp=99999,http=x")).toEqual({});
    const options = probeOptions(defaultSettings("/tmp"), {
      env: { MTA_STS_LINT_PORTS: "dns=5353,http=8080" },
    });
    expect(options.ports).toEqual({ https: 443, http: 8080, smtp: 25 });
    expect(options.nameServerPort).toBe(5353);
  });
});
