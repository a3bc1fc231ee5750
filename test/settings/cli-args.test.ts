import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CliCommand, HELP_TEXT, parseCliArgs } from "../../src/settings/cli-args.js";
import { type Settings, UsageError } from "../../src/settings/types.js";
import { tempRepo } from "../sources/temp-repo.js";

const readText = (path: string) => readFileSync(path, "utf8");
const RULE_IDS = ["tlsrpt-missing", "mx-not-covered"];
const POLICY = "version: STSv1\nmode: enforce\nmx: mx1.example.com\nmax_age: 604800\n";
const CONFIG = `domains:
  - domain: example.com
    policy: mta-sts/example.com.txt
  - domain: example.org
    zone: zones/example.org.zone
live:
  timeout: 3
  resolvers: ["192.0.2.1"]
rules:
  tlsrpt-missing: off
failOn: warning
`;

function run(argv: string[], root = tempRepo({ "mta-sts.txt": POLICY })): CliCommand {
  return parseCliArgs(argv, root, readText, RULE_IDS);
}

function settingsOf(argv: string[], root?: string): Settings {
  const command = run(argv, root);
  if (command.kind !== "lint") throw new Error(`expected lint, got ${command.kind}`);
  return command.settings;
}

function usageError(argv: string[], root?: string): string {
  try {
    run(argv, root);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    const message = (err as Error).message;
    expect(message).not.toContain("\n"); // interface.md: a one-line reason on stderr
    return message;
  }
  throw new Error("expected a UsageError");
}

describe("parseCliArgs: help and version", () => {
  it.each([["-h"], ["--help"], ["-d", "example.com", "--help"], ["--nope", "-h"]])(
    "%j asks for help",
    (...argv) => {
      expect(run(argv)).toEqual({ kind: "help" });
    },
  );

  it.each([["-V"], ["--version"]])("%j asks for the version", (flag) => {
    expect(run([flag])).toEqual({ kind: "version" });
  });

  it("HELP_TEXT lists every long flag of interface.md", () => {
    const flags = [
      "config",
      "domain",
      "policy",
      "zone",
      "zone-format",
      "base",
      "live",
      "smtp",
      "resolver",
      "timeout",
      "allow-private-addresses",
      "concurrency",
      "cert-expiry-days",
      "shard",
      "format",
      "output",
      "fail-on",
      "help",
      "version",
    ];
    for (const flag of flags) expect(HELP_TEXT).toContain(`--${flag}`);
  });
});

describe("parseCliArgs: single-domain mode (interface.md Command line)", () => {
  it("takes domain, policy and zone from the short flags", () => {
    const root = tempRepo({ "mta-sts.txt": POLICY });
    const settings = settingsOf(
      ["-d", "Example.COM.", "-p", "mta-sts.txt", "-z", "./zones/x.zone"],
      root,
    );
    expect(settings.domains).toEqual([
      { domain: "example.com", policy: "mta-sts.txt", zone: "zones/x.zone", zoneFormat: "auto" },
    ]);
    expect(settings.cwd).toBe(root);
    expect(settings.configFile).toBeUndefined();
    expect(settings.failOn).toBe("error");
    expect(settings.format).toBe("text");
  });

  it("reads every flag (long forms)", () => {
    const root = tempRepo({ "mta-sts.txt": POLICY });
    const settings = settingsOf(
      [
        "--domain",
        "example.com",
        "--policy",
        "mta-sts.txt",
        "--zone",
        "db.example.com",
        "--zone-format",
        "bind",
        "--base",
        "origin/main",
        "--smtp",
        "--resolver",
        "192.0.2.53",
        "--resolver",
        "[2001:db8::1]:5353",
        "--timeout",
        "2.5",
        "--allow-private-addresses",
        "--concurrency",
        "3",
        "--cert-expiry-days",
        "30",
        "--shard",
        "2/3",
        "--format",
        "sarif",
        "--output",
        "out/report.sarif",
        "--fail-on",
        "never",
      ],
      root,
    );
    expect(settings.domains[0].zoneFormat).toBe("bind");
    expect(settings.base).toBe("origin/main");
    // --smtp implies --live (interface.md)
    expect(settings.live).toEqual({
      enabled: true,
      smtp: true,
      resolvers: ["192.0.2.53", "[2001:db8::1]:5353"],
      timeout: 2.5,
      concurrency: 3,
      certExpiryDays: 30,
      allowPrivateAddresses: true,
    });
    expect(settings.shard).toEqual({ index: 2, count: 3 });
    expect(settings.format).toBe("sarif");
    expect(settings.output).toBe(join(root, "out/report.sarif"));
    expect(settings.failOn).toBe("never");
  });

  it("reads the short forms -f and -o", () => {
    const settings = settingsOf([
      "-d",
      "example.com",
      "-p",
      "mta-sts.txt",
      "-f",
      "json",
      "-o",
      "r.json",
    ]);
    expect(settings.format).toBe("json");
    expect(settings.output).toMatch(/r\.json$/);
  });

  it("takes the domain from the zone's $ORIGIN when --domain is omitted", () => {
    const root = tempRepo({ "zones/main.zone": "$ORIGIN Example.NET.\n$TTL 300\n@ IN NS ns1\n" });
    expect(settingsOf(["-z", "zones/main.zone"], root).domains[0].domain).toBe("example.net");
  });

  it("takes the domain from an absolute SOA owner, then from the file name", () => {
    const root = tempRepo({
      "zones/main.zone": "example.org. 300 IN SOA ns1.example.org. h.example.org. 1 2 3 4 5\n",
      "zones/example.info.zone": "$TTL 300\n@ IN NS ns1.example.info.\n",
    });
    expect(settingsOf(["-z", "zones/main.zone"], root).domains[0].domain).toBe("example.org");
    expect(settingsOf(["-z", "zones/example.info.zone"], root).domains[0].domain).toBe(
      "example.info",
    );
  });

  it("takes the domain from the octoDNS file name", () => {
    const root = tempRepo({ "config/example.org.yaml": "'':\n  type: MX\n" });
    expect(settingsOf(["-z", "config/example.org.yaml"], root).domains[0].domain).toBe(
      "example.org",
    );
  });

  it("takes the domain from a DNSControl IR with a single domain", () => {
    const root = tempRepo({ "ir.json": '{"domains": [{"name": "Example.NET", "records": []}]}' });
    expect(settingsOf(["-z", "ir.json"], root).domains[0].domain).toBe("example.net");
  });

  it("takes the domain of a policy-only site from its CNAME file (mta-sts.<domain>)", () => {
    const root = tempRepo({ CNAME: "mta-sts.example.com\n", ".well-known/mta-sts.txt": POLICY });
    const settings = settingsOf(["-p", ".well-known/mta-sts.txt"], root);
    expect(settings.domains).toEqual([
      { domain: "example.com", policy: ".well-known/mta-sts.txt", zoneFormat: "auto" },
    ]);
  });

  it("refuses when the domain cannot be determined", () => {
    const root = tempRepo({
      "mta-sts.txt": POLICY,
      "zones/main.zone": "$TTL 300\n@ IN NS ns1.example.com.\n",
    });
    expect(usageError(["-p", "mta-sts.txt"], root)).toMatch(/cannot tell the domain.*--domain/);
    expect(usageError(["-z", "zones/main.zone"], root)).toMatch(/cannot tell the domain.*\$ORIGIN/);
    const www = tempRepo({ CNAME: "www.example.com\n", "mta-sts.txt": POLICY });
    expect(usageError(["-p", "mta-sts.txt"], www)).toMatch(/cannot tell the domain/);
  });
});

describe("parseCliArgs: configuration file", () => {
  it("uses .mta-sts-lint.yml from the working directory when it exists", () => {
    const root = tempRepo({ ".mta-sts-lint.yml": CONFIG });
    const settings = settingsOf([], root);
    expect(settings.configFile).toBe(".mta-sts-lint.yml");
    expect(settings.domains.map((d) => d.domain)).toEqual(["example.com", "example.org"]);
    expect(settings.rules).toEqual({ "tlsrpt-missing": "off" });
    expect(settings.failOn).toBe("warning");
    expect(settings.live.timeout).toBe(3);
  });

  it("uses the -c file, and flags override it (fail-on, format, live)", () => {
    const root = tempRepo({ "ci/lint.yml": CONFIG });
    const settings = settingsOf(
      ["-c", "ci/lint.yml", "--fail-on", "error", "--timeout", "7", "--live"],
      root,
    );
    expect(settings.configFile).toBe("ci/lint.yml");
    expect(settings.failOn).toBe("error");
    expect(settings.live).toMatchObject({ enabled: true, timeout: 7, resolvers: ["192.0.2.1"] });
  });

  it("keeps config problems as config-invalid issues (the run goes on)", () => {
    const root = tempRepo({ ".mta-sts-lint.yml": `${CONFIG}colour: blue\n` });
    const settings = settingsOf([], root);
    expect(settings.configIssues.map((i) => i.location.span?.line)).toEqual([12]);
  });

  it("with -d, lints only that domain of the configuration", () => {
    const root = tempRepo({ ".mta-sts-lint.yml": CONFIG });
    expect(settingsOf(["-d", "EXAMPLE.org"], root).domains.map((d) => d.domain)).toEqual([
      "example.org",
    ]);
    expect(usageError(["-d", "example.net"], root)).toContain("not listed in .mta-sts-lint.yml");
  });

  it("single-domain flags win over an implicit .mta-sts-lint.yml", () => {
    const root = tempRepo({ ".mta-sts-lint.yml": CONFIG, "mta-sts.txt": POLICY });
    const settings = settingsOf(["-d", "example.net", "-p", "mta-sts.txt"], root);
    expect(settings.domains.map((d) => d.domain)).toEqual(["example.net"]);
    expect(settings.configFile).toBeUndefined();
  });

  it("refuses a missing, unparsable or domain-less configuration (exit 2)", () => {
    const root = tempRepo({ "bad.yml": "domains: [\n", "empty.yml": "failOn: error\n" });
    expect(usageError(["-c", "nope.yml"], root)).toBe("configuration file nope.yml not found");
    expect(usageError(["-c", "bad.yml"], root)).toMatch(/^bad\.yml:\d+:\d+: invalid YAML/);
    expect(usageError(["-c", "empty.yml"], root)).toContain('no "domains" list');
    expect(usageError(["-c", "."], root)).toContain("it is a directory");
  });

  it("refuses -c together with -p/-z", () => {
    const root = tempRepo({ ".mta-sts-lint.yml": CONFIG, "mta-sts.txt": POLICY });
    expect(usageError(["-c", ".mta-sts-lint.yml", "-p", "mta-sts.txt"], root)).toContain(
      "not both",
    );
  });

  it("with nothing to lint, says how to give sources", () => {
    expect(usageError([], tempRepo({}))).toMatch(/^nothing to lint: give --policy and\/or --zone/);
  });
});

describe("parseCliArgs: usage errors (exit 2, one line)", () => {
  const single = ["-d", "example.com", "-p", "mta-sts.txt"];
  it.each([
    [["--nope"], "unknown option --nope"],
    [["-x"], "unknown option -x"],
    [["stray"], "unexpected argument"],
    [["--domain"], "needs a value"],
    [["--live=yes", ...single], "does not take a value"],
    [
      [...single, "--fail-on", "maybe"],
      '--fail-on: "maybe" is not one of error | warning | notice | never',
    ],
    [[...single, "--shard", "5/4"], "--shard"],
    [[...single, "--fail-on", "err\nor"], '"err\\x0aor"'],
    [[...single, "--format", "xml"], "--format"],
    [[...single, "--zone-format", "tinydns"], "--zone-format"],
    [[...single, "--timeout", "0"], "--timeout"],
    [[...single, "--timeout", "soon"], "--timeout"],
    [[...single, "--concurrency", "0"], "--concurrency"],
    [[...single, "--cert-expiry-days", "-1"], "--cert-expiry-days"],
    [[...single, "--resolver", "dns.google"], "--resolver"],
    [["-d", "not a domain", "-p", "mta-sts.txt"], "--domain"],
  ])("%j", (argv, expected) => {
    expect(usageError(argv)).toContain(expected);
  });

  it("checks flag values before reading any file", () => {
    // The config is missing too, but the bad flag is what the user sees first.
    expect(usageError(["-c", "missing.yml", "--fail-on", "maybe"])).toContain("--fail-on");
  });
});
