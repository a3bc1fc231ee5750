import { describe, expect, it } from "vitest";
import { addressCategory, guardAddress } from "../../src/probes/address-guard.js";

describe("address guard (SSRF: a domain's DNS must not make the runner probe its own network)", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local"], // cloud metadata services
    ["100.64.0.1", "carrier-grade NAT"],
    ["0.0.0.0", "unspecified"],
    ["224.0.0.251", "multicast"],
    ["240.0.0.1", "reserved"],
    ["255.255.255.255", "reserved"],
    ["192.0.2.10", "documentation"],
    ["198.51.100.7", "documentation"],
    ["203.0.113.1", "documentation"],
    ["198.18.0.1", "reserved (benchmarking)"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "link-local"],
    ["fd00::1", "unique-local"],
    ["fc12:3456::1", "unique-local"],
    ["ff02::1", "multicast"],
    ["2001:db8::53", "documentation"],
    // IPv4 inside IPv6 reaches the IPv4 address: the embedded one decides.
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["64:ff9b::a00:1", "private"],
    ["2002:c0a8:0101::1", "private"],
  ])("%s is refused (%s)", (address, category) => {
    expect(addressCategory(address)).toBe(category);
    expect(guardAddress(address, false)).toEqual({ allowed: false, category });
    expect(guardAddress(address, true)).toEqual({ allowed: true });
  });

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "172.32.0.1", // just above 172.16.0.0/12
    "100.128.0.1", // just above 100.64.0.0/10
    "192.0.3.1",
    "2606:4700:4700::1111",
    "2a00:1450:4001:80b::200e",
    "::ffff:8.8.8.8",
  ])("%s is a public address", (address) => {
    expect(addressCategory(address)).toBeUndefined();
    expect(guardAddress(address, false)).toEqual({ allowed: true });
  });

  it("text that is not an address is never connected to", () => {
    expect(guardAddress("localhost", false)).toEqual({
      allowed: false,
      category: "not an IP address",
    });
  });
});
