import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_ZONE_BYTES } from "../../src/settings/types.js";
import {
  detectZoneFormat,
  includeResolver,
  MAX_OCTODNS_BYTES,
  ZoneCache,
} from "../../src/sources/zone.js";
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
      kind: "missing",
    });
  });

  it("reads an octoDNS file; its zone is the one its name gives (config/<zone>.yaml)", () => {
    const root = tempRepo({
      "config/example.com.yaml":
        "'':\n  type: MX\n  value:\n    exchange: mx1.example.com.\n    preference: 10\n",
      "config/example.org.yaml":
        "'':\n  type: MX\n  value: {exchange: mx.example.org., preference: 10}\n",
    });
    const { zone, problem } = load(root, "config/example.com.yaml");
    expect(problem).toBeUndefined();
    expect(zone?.format).toBe("octodns");
    expect(zone?.origin).toBe("example.com");
    expect(zone?.byName.get("example.com")?.[0].span.line).toBe(4);
    // Another domain's octoDNS file would make every check pass or fail for the wrong zone.
    expect(load(root, "config/example.org.yaml").problem?.reason).toMatch(
      /zone of example\.org \(its file name\)/,
    );
  });

  it("reads a split octoDNS zone directory (config/example.com./*.yaml) as one zone", () => {
    const root = tempRepo({
      "config/example.com./$example.com.yaml":
        "'':\n  type: MX\n  value: {exchange: mx1.example.com., preference: 10}\n",
      "config/example.com./_mta-sts.yaml": "_mta-sts:\n  type: TXT\n  value: v=STSv1\\; id=1\n",
      "config/example.com./notes.txt": "not a zone file",
      "config/empty/README": "nothing",
    });
    const { zone, problem, file } = load(root, "config/example.com.");
    expect(problem).toBeUndefined();
    expect(file).toBe("config/example.com./$example.com.yaml");
    expect(zone?.records.map((r) => [r.owner, r.file])).toEqual([
      ["example.com", "config/example.com./$example.com.yaml"],
      ["_mta-sts.example.com", "config/example.com./_mta-sts.yaml"],
    ]);
    expect(load(root, "config/empty").problem?.reason).toMatch(/directory without YAML files/);
    expect(load(root, "config/example.com.", "bind").problem?.reason).toMatch(/is a directory/);
  });

  it("selects the DNSControl IR domain a configured domain falls in, parsing the IR once", () => {
    const ir = JSON.stringify({
      domains: [
        {
          name: "example.com",
          records: [{ type: "MX", name: "@", target: "mx.example.com.", mxpreference: 10 }],
        },
        {
          name: "eu.example.com",
          records: [{ type: "MX", name: "@", target: "mx.eu.example.com.", mxpreference: 10 }],
        },
      ],
    });
    const root = tempRepo({ "ir.json": ir });
    const cache = new ZoneCache(root, DEFAULT_MAX_ZONE_BYTES);
    const com = cache.load("example.com", "ir.json", "auto");
    const lists = cache.load("lists.example.com", "ir.json", "auto");
    const eu = cache.load("eu.example.com", "ir.json", "dnscontrol");
    expect(com.zone?.format).toBe("dnscontrol");
    expect(lists.zone).toBe(com.zone);
    expect(eu.zone?.origin).toBe("eu.example.com");
    expect(cache.load("example.net", "ir.json", "auto").problem?.reason).toMatch(
      /no domain containing example\.net \(it has example\.com, eu\.example\.com\)/,
    );
  });

  it("malformed JSON is a zone with a syntax issue at its line, not an unreadable file", () => {
    const root = tempRepo({ "ir.json": '{\n  "domains": [\n    {"name": "example.com"\n' });
    const { zone, problem } = load(root, "ir.json");
    expect(problem).toBeUndefined();
    expect(zone?.issues[0]).toMatchObject({ file: "ir.json", span: { line: 4 } });
  });

  it("the zone format set in the configuration overrides detection", () => {
    const root = tempRepo({
      "zones/example.com": "'':\n  type: MX\n  value: {exchange: mx.example.com., preference: 1}\n",
    });
    expect(load(root, "zones/example.com").zone?.format).toBe("octodns");
    expect(load(root, "zones/example.com", "bind").zone?.format).toBe("bind");
  });

  it("an undecidable source is input-unreadable with the reason and how to set the format", () => {
    const root = tempRepo({
      "octodns/production.yaml":
        "providers:\n  config:\n    class: octodns.provider.yaml.YamlProvider\nzones:\n  example.com.:\n    sources: [config]\n",
      "package.json": '{"name": "x"}',
    });
    expect(load(root, "octodns/production.yaml").problem?.reason).toMatch(
      /^cannot tell the zone format: it is an octoDNS configuration file.*--zone-format/,
    );
    expect(load(root, "package.json").problem?.reason).toMatch(
      /not the output of "dnscontrol print-ir"/,
    );
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
  const format = (path: string, text?: string) => {
    const d = detectZoneFormat(path, text);
    return "format" in d ? d.format : `unknown: ${d.unknown}`;
  };

  it("picks by extension and content", () => {
    expect(format("octodns/config/example.org.yaml")).toBe("octodns");
    expect(format("x.YML", "www:\n  type: CNAME\n  value: example.com.\n")).toBe("octodns");
    expect(format("config/example.com.yaml", "---\n# empty zone\n")).toBe("octodns");
    expect(format("dnscontrol.json")).toBe("dnscontrol");
    expect(format("ir", '  {"domains": []}')).toBe("dnscontrol");
    expect(format("db.example.com", ZONE)).toBe("bind");
    expect(format("zones/example.com", "'':\n  - type: MX\n    values: []\n")).toBe("octodns");
  });

  it("reports what it cannot tell instead of guessing", () => {
    expect(format("a.yaml", "key: value\n")).toMatch(
      /^unknown: it is YAML but holds no octoDNS records/,
    );
    expect(format("a.json", '{"name": "x"}')).toMatch(/^unknown: it is JSON but not/);
    expect(format("zone", "{}")).toMatch(/^unknown: it looks like JSON/);
    expect(format("zone", `${ZONE}www:\n  type: A\n  value: 192.0.2.1\n`)).toMatch(/both/);
  });

  it("reads thousands of comment lines with trailing blanks in linear time (no regex backtracking)", () => {
    // Commented-out zones with trailing blanks once sent the empty-zone check into exponential
    // backtracking: detection runs on every auto zone, so the run hung before any finding.
    const comments = "# old record   \n  \n".repeat(2500);
    expect(format("config/example.com.yaml", `${comments}key: value\n`)).toMatch(
      /^unknown: it is YAML but holds no octoDNS records/,
    );
    expect(format("config/example.com.yaml", `---  \n${comments}... # end\n`)).toBe("octodns");
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

describe("size limits of structured zone sources", () => {
  it("an octoDNS zone above the YAML limit is input-unreadable, not minutes of parsing", () => {
    const line = "host: {type: A, value: 192.0.2.1}\n";
    const big = `${"# padding\n".repeat(Math.ceil(MAX_OCTODNS_BYTES / 10))}${line}`;
    const root = tempRepo({ "config/example.com.yaml": big });
    const { problem } = load(root, "config/example.com.yaml");
    expect(problem?.reason).toMatch(/octoDNS zone is larger than 8 MiB/);
  });

  it("the files of a split zone count together", () => {
    const half = `${"# padding\n".repeat(Math.ceil(MAX_OCTODNS_BYTES / 20) + 1)}`;
    const root = tempRepo({
      "config/example.com./a.yaml": half,
      "config/example.com./b.yaml": half,
    });
    expect(load(root, "config/example.com.").problem?.reason).toMatch(/larger than 8 MiB/);
  });
});
