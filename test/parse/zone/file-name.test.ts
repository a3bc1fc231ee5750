import { describe, expect, it } from "vitest";
import { domainFromZoneFileName } from "../../../src/parse/zone/master.js";

describe("domainFromZoneFileName (interface.md: the zone file's name gives the domain)", () => {
  it.each([
    ["zones/example.com.zone", "example.com"],
    ["example.com.db", "example.com"],
    ["bind/db.example.com", "example.com"],
    ["Example.COM.zone", "example.com"],
    ["zones/example.co.uk", "example.co.uk"],
    ["C:\\zones\\example.org.zone", "example.org"],
    ["example.com..zone", "example.com"],
  ])("%s -> %s", (path, domain) => {
    expect(domainFromZoneFileName(path)).toBe(domain);
  });

  it.each([
    "named.zone", // one label: not a mail domain
    "db.local",
    "zones/zone.txt",
    "octodns/example.yaml",
    "main.tf",
    "README.md",
    "192.0.2.1",
    "db.",
    "bad_name.example.com.zone",
  ])("%s gives no domain", (path) => {
    expect(domainFromZoneFileName(path)).toBeUndefined();
  });
});
