import { describe, expect, it } from "vitest";
import type { ConfigIssue } from "../../src/model/rule.js";
import { closestName } from "../../src/model/text-similarity.js";
import { loadConfig, MAX_ALIAS_COUNT } from "../../src/settings/config-file.js";
import { DEFAULT_LIVE, UsageError } from "../../src/settings/types.js";

const CWD = "/repo";
const FILE = ".mta-sts-lint.yml";
const KNOWN = ["tlsrpt-missing", "policy-mode-testing", "mx-not-covered"];

function load(text: string) {
  return loadConfig(text, FILE, CWD, KNOWN);
}

function usageError(text: string): string {
  try {
    load(text);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error("expected a UsageError");
}

/** The one issue whose message contains `fragment`, with its position. */
function issueAt(issues: ConfigIssue[], fragment: string) {
  const found = issues.filter((i) => i.message.includes(fragment));
  expect(found, `issues: ${issues.map((i) => i.message).join(" | ")}`).toHaveLength(1);
  return {
    line: found[0].location.span?.line,
    column: found[0].location.span?.column,
    ...found[0],
  };
}

describe("loadConfig: a valid file (interface.md example)", () => {
  it("reads every key of the documented example", () => {
    const { settings, issues } = load(`domains:
  - domain: Example.COM.
    policy: mta-sts/example.com.txt
    zone: zones/example.com.zone
  - domain: example.org
    policy: ./mta-sts/shared.txt
    zone: octodns/config/example.org.yaml
    zoneFormat: octodns
live:
  enabled: true
  smtp: false
  resolvers: ["192.0.2.53", "[2001:db8::53]:5353"]
  timeout: 2.5
  concurrency: 4
  certExpiryDays: 30
  allowPrivateAddresses: true
rules:
  tlsrpt-missing: off
  mx-not-covered: notice
failOn: warning
`);
    expect(issues).toEqual([]);
    expect(settings.configFile).toBe(FILE);
    expect(settings.domains).toEqual([
      {
        domain: "example.com",
        policy: "mta-sts/example.com.txt",
        zone: "zones/example.com.zone",
        zoneFormat: "auto",
      },
      {
        domain: "example.org",
        policy: "mta-sts/shared.txt",
        zone: "octodns/config/example.org.yaml",
        zoneFormat: "octodns",
      },
    ]);
    expect(settings.live).toEqual({
      enabled: true,
      smtp: false,
      resolvers: ["192.0.2.53", "[2001:db8::53]:5353"],
      timeout: 2.5,
      concurrency: 4,
      certExpiryDays: 30,
      allowPrivateAddresses: true,
    });
    expect(settings.rules).toEqual({ "tlsrpt-missing": "off", "mx-not-covered": "notice" });
    expect(settings.failOn).toBe("warning");
  });

  it("gives the documented live defaults when live is absent", () => {
    const { settings } = load("domains:\n  - domain: example.com\n    policy: p.txt\n");
    expect(settings.live).toEqual(DEFAULT_LIVE);
    expect(settings.failOn).toBeUndefined();
  });

  it("accepts policy-only and zone-only entries (interface.md: a zone is optional)", () => {
    const { settings, issues } = load(
      "domains:\n  - domain: a.example\n    policy: a.txt\n  - domain: b.example\n    zone: b.zone\n",
    );
    expect(issues).toEqual([]);
    expect(settings.domains).toEqual([
      { domain: "a.example", policy: "a.txt", zoneFormat: "auto" },
      { domain: "b.example", zone: "b.zone", zoneFormat: "auto" },
    ]);
  });

  it("normalises U-label domains to A-labels (rules.md Names)", () => {
    const { settings } = load("domains:\n  - domain: bücher.example\n    policy: p.txt\n");
    expect(settings.domains?.[0].domain).toBe("xn--bcher-kva.example");
  });

  it("resolves aliases to scalars (a shared policy path written once)", () => {
    const { settings, issues } = load(
      "domains:\n  - domain: a.example\n    policy: &shared mta-sts.txt\n  - domain: b.example\n    policy: *shared\n",
    );
    expect(issues).toEqual([]);
    expect(settings.domains?.map((d) => d.policy)).toEqual(["mta-sts.txt", "mta-sts.txt"]);
  });
});

describe("loadConfig: problems that stop the run (exit 2)", () => {
  it("reports a YAML syntax error at the parser's line", () => {
    const message = usageError(
      "domains:\n  - domain: example.com\n    policy: [a\nfailOn: error\n",
    );
    expect(message).toMatch(/^\.mta-sts-lint\.yml:\d+:\d+: invalid YAML: /);
    expect(message).not.toContain("\n");
  });

  it("refuses an empty file, a file that is not a mapping, and a file without domains", () => {
    expect(usageError("")).toContain('needs a "domains" list');
    expect(usageError("- a\n- b\n")).toContain("must be a mapping");
    expect(usageError("failOn: error\n")).toContain('no "domains" list');
    expect(usageError("domains: []\n")).toContain("empty");
    expect(usageError("domains: example.com\n")).toMatch(/:1:1: "domains" must be a list/);
  });

  /** `levels` anchors, each a list of `width` aliases of the one before: width^levels copies. */
  function nestedAliases(levels: number, width: number): string {
    let text = 'a0: &a0 ["lol"]\n';
    for (let i = 1; i <= levels; i++) {
      text += `a${i}: &a${i} [${Array(width)
        .fill(`*a${i - 1}`)
        .join(",")}]\n`;
    }
    return text;
  }

  it("rejects a YAML bomb (billion laughs: nested aliases) by counting aliases, before expanding it", () => {
    const message = usageError(`${nestedAliases(14, 9)}domains: *a14\n`);
    expect(message).toBe(
      `${FILE}: too many YAML aliases (one alias expands to more than ${MAX_ALIAS_COUNT} others); refusing to expand the document`,
    );
    expect(MAX_ALIAS_COUNT).toBeLessThanOrEqual(100);
  });

  it("draws the alias limit at the expansion count, not at the number of aliases written", () => {
    const rest = "domains:\n  - domain: example.com\n    policy: p.txt\n";
    // The two documents below sit on either side of the limit.
    expect(MAX_ALIAS_COUNT).toBeGreaterThanOrEqual(42);
    expect(MAX_ALIAS_COUNT).toBeLessThan(56);
    // *a2 stands for 6 aliases of a1, each standing for 6 more: 6 + 36 = 42, within the limit.
    expect(() => load(`${nestedAliases(2, 6)}used: *a2\n${rest}`)).not.toThrow();
    // *a2 stands for 7 + 49 = 56: refused, though the file writes only 15 aliases.
    expect(usageError(`${nestedAliases(2, 7)}used: *a2\n${rest}`)).toContain(
      `too many YAML aliases (one alias expands to more than ${MAX_ALIAS_COUNT} others)`,
    );
  });
});

describe("loadConfig: partly usable files (rules.md Partly usable config entries)", () => {
  it("reports an unknown top-level key at its line and column, with a suggestion", () => {
    const { settings, issues } = load(
      "domains:\n  - domain: example.com\n    policy: p.txt\nfail_on: warning\n",
    );
    const issue = issueAt(issues, '"fail_on"');
    expect(issue).toMatchObject({ line: 4, column: 1 });
    expect(issue.location.file).toBe(FILE);
    expect(issue.message).toContain('did you mean "failOn"');
    expect(settings.domains).toHaveLength(1);
  });

  it("reports an unknown key in a domain entry, names the domain, and still lints the entry", () => {
    const { settings, issues } = load(
      "domains:\n  - domain: example.com\n    polcy: p.txt\n    zone: z.zone\n",
    );
    const issue = issueAt(issues, '"domains[0].polcy"');
    expect(issue).toMatchObject({ line: 3, column: 5, domain: "example.com" });
    expect(settings.domains).toEqual([
      { domain: "example.com", zone: "z.zone", zoneFormat: "auto" },
    ]);
  });

  it("reports wrong types and keeps the rest of the entry (policy is a number)", () => {
    const { settings, issues } = load(
      "domains:\n  - domain: example.com\n    policy: 42\n    zone: z.zone\n",
    );
    const issue = issueAt(issues, '"domains[0].policy" must be a file path');
    expect(issue).toMatchObject({ line: 3, column: 5 });
    expect(settings.domains).toEqual([
      { domain: "example.com", zone: "z.zone", zoneFormat: "auto" },
    ]);
  });

  it("reports a bad zoneFormat and falls back to auto", () => {
    const { settings, issues } = load(
      "domains:\n  - domain: example.com\n    zone: z.zone\n    zoneFormat: tinydns\n",
    );
    expect(issueAt(issues, "zoneFormat")).toMatchObject({ line: 4, column: 5 });
    expect(settings.domains?.[0].zoneFormat).toBe("auto");
  });

  it("reports an entry without domain (and skips it), and a duplicate domain at the second entry", () => {
    const { settings, issues } = load(`domains:
  - policy: orphan.txt
  - domain: example.com
    policy: a.txt
  - domain: EXAMPLE.com
    policy: b.txt
`);
    expect(issueAt(issues, 'has no "domain" key')).toMatchObject({ line: 2, column: 5 });
    expect(issueAt(issues, "listed twice")).toMatchObject({ line: 5, domain: "example.com" });
    expect(settings.domains).toEqual([
      { domain: "example.com", policy: "a.txt", zoneFormat: "auto" },
    ]);
  });

  it("reports an invalid domain name and an entry that is not a mapping", () => {
    const { settings, issues } = load(
      "domains:\n  - domain: not a domain\n    policy: p.txt\n  - just-a-string\n  - domain: ok.example\n    policy: p.txt\n",
    );
    expect(issueAt(issues, "is not a domain name")).toMatchObject({ line: 2 });
    expect(issueAt(issues, "domains[1] must be a mapping")).toMatchObject({ line: 4, column: 5 });
    expect(settings.domains?.map((d) => d.domain)).toEqual(["ok.example"]);
  });

  it("reports an entry with neither policy nor zone (nothing to lint)", () => {
    const { issues } = load("domains:\n  - domain: example.com\n");
    expect(issueAt(issues, 'neither "policy" nor "zone"')).toMatchObject({
      line: 2,
      domain: "example.com",
    });
  });

  it("refuses paths that leave the repository (a pull request must not read runner files)", () => {
    const { settings, issues } = load(
      "domains:\n  - domain: example.com\n    policy: ../../etc/passwd\n    zone: /etc/hosts\n",
    );
    expect(issues.filter((i) => i.message.includes("outside the repository"))).toHaveLength(2);
    expect(settings.domains).toEqual([{ domain: "example.com", zoneFormat: "auto" }]);
  });

  it("reports unknown rule IDs (with a case hint) and bad rule settings", () => {
    const { settings, issues } = load(`domains:
  - domain: example.com
    policy: p.txt
rules:
  tlsrpt-misssing: off
  Policy-Mode-Testing: off
  mx-not-covered: fatal
  tlsrpt-missing: false
`);
    expect(issueAt(issues, '"tlsrpt-misssing"')).toMatchObject({ line: 5, column: 3 });
    expect(issueAt(issues, '"Policy-Mode-Testing"').message).toContain(
      'did you mean "policy-mode-testing"',
    );
    expect(issueAt(issues, "rules.mx-not-covered")).toMatchObject({ line: 7 });
    expect(issueAt(issues, "write off")).toMatchObject({ line: 8 });
    expect(settings.rules).toEqual({});
  });

  it('hints the rule a misspelt rule ID in "rules" was meant to be (one slip, one transposition)', () => {
    const { settings, issues } = load(`domains:
  - domain: example.com
    policy: p.txt
rules:
  mx-not-coverd: off
  tlsrpt-misisng: off
  nothing-like-any-rule: off
`);
    expect(issueAt(issues, '"mx-not-coverd"')).toMatchObject({ line: 5, column: 3 });
    expect(issueAt(issues, '"mx-not-coverd"').message).toContain('did you mean "mx-not-covered"?');
    expect(issueAt(issues, '"tlsrpt-misisng"').message).toContain('did you mean "tlsrpt-missing"?');
    expect(issueAt(issues, '"nothing-like-any-rule"').message).not.toContain("did you mean");
    // A misspelt ID is not applied to the rule it resembles.
    expect(settings.rules).toEqual({});
  });

  it("reports every live key of the wrong type or out of range, keeping the defaults", () => {
    const { settings, issues } = load(`domains:
  - domain: example.com
    policy: p.txt
live:
  enabled: "yes"
  timeout: 0
  concurrency: 2.5
  certExpiryDays: -1
  resolvers: ["not-an-ip", "192.0.2.1:99999", "192.0.2.53"]
  allowPrivateAddresses: 1
  smtp: []
`);
    const keys = [
      ["live.enabled", 5],
      ["live.timeout", 6],
      ["live.concurrency", 7],
      ["live.certExpiryDays", 8],
      ["live.resolvers[0]", 9],
      ["live.resolvers[1]", 9],
      ["live.allowPrivateAddresses", 10],
      ["live.smtp", 11],
    ] as const;
    for (const [key, line] of keys) expect(issueAt(issues, `"${key}"`).line).toBe(line);
    expect(settings.live).toEqual({ ...DEFAULT_LIVE, resolvers: ["192.0.2.53"] });
  });

  it("reports a non-mapping live section and a bad failOn", () => {
    const { settings, issues } = load(
      "domains:\n  - domain: example.com\n    policy: p.txt\nlive: true\nfailOn: errors\n",
    );
    expect(issueAt(issues, '"live" must be a mapping')).toMatchObject({ line: 4 });
    expect(issueAt(issues, '"failOn"')).toMatchObject({ line: 5 });
    expect(settings.failOn).toBeUndefined();
  });

  it("reports a repeated key and keeps the first value", () => {
    const { settings, issues } = load(
      "domains:\n  - domain: example.com\n    policy: p.txt\nfailOn: warning\nfailOn: never\n",
    );
    expect(issueAt(issues, "repeated")).toMatchObject({ line: 5, column: 1 });
    expect(settings.failOn).toBe("warning");
  });

  it("skips the rule-ID check when no rule list is given", () => {
    const { settings, issues } = loadConfig(
      "domains:\n  - domain: example.com\n    policy: p.txt\nrules:\n  anything-goes: off\n",
      FILE,
      CWD,
    );
    expect(issues).toEqual([]);
    expect(settings.rules).toEqual({ "anything-goes": "off" });
  });
});

describe("closestName", () => {
  it("matches keys that differ in case, - and _ only", () => {
    expect(closestName("zone_format", ["zoneFormat"])).toBe("zoneFormat");
    expect(closestName("Max-Age", ["zoneFormat"])).toBeUndefined();
    // Without an edit budget a one-letter slip gets no hint (config keys).
    expect(closestName("zoneFromat", ["zoneFormat"])).toBeUndefined();
  });

  it("takes the nearest name within the edit budget, transpositions counting as one", () => {
    expect(closestName("mx-not-coverd", ["mx-not-covered", "mx-missing"], 2)).toBe(
      "mx-not-covered",
    );
    expect(closestName("polciy-mode", ["policy-mode", "policy-mx"], 2)).toBe("policy-mode");
    expect(closestName("completely-else", ["mx-not-covered"], 2)).toBeUndefined();
  });
});
