import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_ZONE_BYTES } from "../../src/settings/types.js";
import { detectZoneFormat, includeResolver, ZoneCache } from "../../src/sources/zone.js";
import { tempRepo } from "./temp-repo.js";

const SOA = "@ IN SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 300";
const ZONE = ["$TTL 3600", SOA, "@ IN NS ns1.example.com.", "@ IN MX 10 mx1.example.com.", ""].join(
  "\n",
);

function load(
  root: string,
  path: string,
  format: "auto" | "bind" | "octodns" | "dnscontrol" = "auto",
) {
  return new ZoneCache(root, DEFAULT_MAX_ZONE_BYTES).load("example.com", path, format);
}

describe("ZoneCache.load", () => {
  it("parses a master file with the domain as origin and indexes the records", () => {
    const root = tempRepo({ "zones/example.com.zone": ZONE });
    const { zone, problem, file } = load(root, "zones/example.com.zone");
    expect(problem).toBeUndefined();
    expect(file).toBe("zones/example.com.zone");
    expect(zone?.format).toBe("bind");
    expect(zone?.origin).toBe("example.com");
    expect(zone?.byName.get("example.com")?.map((r) => r.type)).toEqual(["SOA", "NS", "MX"]);
    expect(zone?.records.every((r) => r.file === "zones/example.com.zone")).toBe(true);
  });

  it("reports a missing zone file as an input problem of the zone area", () => {
    const root = tempRepo({});
    expect(load(root, "zones/example.com.zone").problem).toEqual({
      file: "zones/example.com.zone",
      area: "zone",
      reason: "file not found",
    });
  });

  it("reports octoDNS and DNSControl sources as not supported yet", () => {
    const root = tempRepo({
      "octodns/example.com.yaml": "'':\n  type: MX\n",
      "ir.json": "{}",
      "z.txt": ZONE,
    });
    expect(load(root, "octodns/example.com.yaml").problem?.reason).toMatch(
      /^zone format octodns is not supported yet/,
    );
    expect(load(root, "ir.json").problem?.reason).toMatch(
      /^zone format dnscontrol is not supported yet/,
    );
    expect(load(root, "z.txt", "octodns").problem?.reason).toMatch(/octodns is not supported/);
  });

  it("reads $INCLUDE relative to the including file's directory, then to the repository root", () => {
    const root = tempRepo({
      "zones/example.com.zone": `${ZONE}$INCLUDE mta-sts.inc\n$INCLUDE shared/tlsrpt.inc\n`,
      "zones/mta-sts.inc": '_mta-sts IN TXT "v=STSv1; id=20240101"\n',
      "shared/tlsrpt.inc": '_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls@example.com"\n',
    });
    const { zone } = load(root, "zones/example.com.zone");
    expect(zone?.issues).toEqual([]);
    expect(zone?.byName.get("_mta-sts.example.com")?.[0].file).toBe("zones/mta-sts.inc");
    expect(zone?.byName.get("_smtp._tls.example.com")?.[0].file).toBe("shared/tlsrpt.inc");
  });

  it("refuses an $INCLUDE outside the repository (rules.md $INCLUDE) with a zone-syntax issue", () => {
    const outside = tempRepo({ "secret.zone": '_mta-sts IN TXT "v=STSv1; id=stolen"\n' });
    const root = tempRepo({
      "example.com.zone": `${ZONE}$INCLUDE ${join(outside, "secret.zone")}\n$INCLUDE ../../../../etc/passwd\n`,
    });
    const { zone } = load(root, "example.com.zone");
    expect(zone?.byName.has("_mta-sts.example.com")).toBe(false);
    const outsideIssues =
      zone?.issues.filter((i) => i.message.includes("outside the repository")) ?? [];
    expect(outsideIssues.map((i) => i.span.line)).toEqual([5, 6]);
  });

  it("refuses an $INCLUDE of a symbolic link that leaves the repository", () => {
    const outside = tempRepo({ "secret.zone": '_mta-sts IN TXT "v=STSv1; id=stolen"\n' });
    const root = tempRepo({ "example.com.zone": `${ZONE}$INCLUDE link.inc\n` });
    symlinkSync(join(outside, "secret.zone"), join(root, "link.inc"));
    const { zone } = load(root, "example.com.zone");
    expect(zone?.byName.has("_mta-sts.example.com")).toBe(false);
    expect(zone?.issues.some((i) => /outside the repository/.test(i.message))).toBe(true);
  });
});

describe("includeResolver", () => {
  it("names where it looked when the file is missing, and accepts an empty file", () => {
    const root = tempRepo({ "zones/empty.inc": "" });
    const resolve = includeResolver(root, 1024);
    expect(resolve("empty.inc", "zones/example.com.zone")).toEqual({
      file: "zones/empty.inc",
      text: "",
    });
    expect(resolve("gone.inc", "zones/example.com.zone")).toEqual({
      error: '"gone.inc" not found (looked for zones/gone.inc, gone.inc)',
    });
  });

  it("applies the size limit to included files", () => {
    const root = tempRepo({ "big.inc": "x".repeat(2048) });
    const result = includeResolver(root, 1024)("big.inc", "example.com.zone");
    expect("error" in result && result.error).toMatch(/larger than 1 KiB/);
  });
});

describe("detectZoneFormat", () => {
  it("picks by extension, then content, else bind", () => {
    expect(detectZoneFormat("octodns/config/example.org.yaml")).toBe("octodns");
    expect(detectZoneFormat("x.YML")).toBe("octodns");
    expect(detectZoneFormat("dnscontrol.json")).toBe("dnscontrol");
    expect(detectZoneFormat("ir", '  {"domains": []}')).toBe("dnscontrol");
    expect(detectZoneFormat("db.example.com", ZONE)).toBe("bind");
  });
});

describe("ZoneCache: each zone file parsed once per run", () => {
  it("a parent zone serving several policy domains is one model, parsed with its own origin", () => {
    const parent = [
      "$ORIGIN example.com.",
      ZONE,
      "lists IN MX 10 mx.lists.example.com.",
      "eu IN MX 10 mx.eu.example.com.",
      "",
    ].join("\n");
    const root = tempRepo({ "zones/example.com.zone": parent });
    const cache = new ZoneCache(root, DEFAULT_MAX_ZONE_BYTES);
    const a = cache.load("lists.example.com", "zones/example.com.zone", "auto");
    const b = cache.load("eu.example.com", "zones/example.com.zone", "auto");
    expect(a.zone).toBeDefined();
    expect(b.zone).toBe(a.zone);
    // "@" is the zone's apex, not the domain that asked first.
    expect(a.zone?.origin).toBe("example.com");
    expect(a.zone?.byName.get("lists.example.com")?.[0].type).toBe("MX");
  });

  it("a zone that names no origin is read relative to each domain", () => {
    const root = tempRepo({ "zone.db": "@ 3600 IN MX 10 mail\n" });
    const cache = new ZoneCache(root, DEFAULT_MAX_ZONE_BYTES);
    const a = cache.load("example.com", "zone.db", "bind");
    const b = cache.load("example.net", "zone.db", "bind");
    expect(a.zone?.byName.has("example.com")).toBe(true);
    expect(b.zone?.byName.has("example.net")).toBe(true);
    expect(b.zone).not.toBe(a.zone);
  });
});
