import { describe, expect, it } from "vitest";
import { runAction, runCliProcess } from "../helpers/runner.js";
import { CLEAN_POLICY, lintJson, runJson } from "../helpers/workspace.js";
import { tempRepo } from "../sources/temp-repo.js";

/**
 * octoDNS and DNSControl sources through the command line and the action, as users run them:
 * the rules judge these zones as they judge master files, and findings point into the YAML
 * or JSON the user wrote.
 */

/** The octoDNS form of the clean zone of test/helpers/workspace.ts (config/example.com.yaml). */
const CLEAN_OCTODNS = [
  "---",
  "'':",
  "  - type: MX",
  "    value:",
  "      exchange: mail.example.com.",
  "      preference: 10",
  "  - type: NS",
  "    values:",
  "      - ns1.example.com.",
  "_mta-sts:",
  "  type: TXT",
  "  value: v=STSv1\\; id=20240101",
  "_smtp._tls:",
  "  type: TXT",
  "  value: v=TLSRPTv1\\; rua=mailto:tls@example.com",
  "mta-sts:",
  "  type: A",
  "  value: 192.0.2.1",
  "",
].join("\n");

const IR = `${JSON.stringify(
  {
    registrars: [],
    dns_providers: [],
    domains: [
      {
        name: "example.com",
        registrar: "none",
        records: [
          { type: "MX", name: "@", ttl: 300, mxpreference: 10, target: "mail.example.com." },
          { type: "MX", name: "@", ttl: 300, mxpreference: 20, target: "backup.example.net." },
          { type: "TXT", name: "_mta-sts", ttl: 300, target: "v=STSv1; id=20240101" },
          { type: "A", name: "mta-sts", ttl: 300, target: "192.0.2.1" },
          {
            type: "TXT",
            name: "_smtp._tls",
            ttl: 300,
            target: "v=TLSRPTv1; rua=mailto:tls@example.com",
          },
        ],
      },
      {
        name: "example.org",
        registrar: "none",
        records: [{ type: "MX", name: "@", mxpreference: 10, target: "mail.example.com." }],
      },
    ],
  },
  null,
  2,
)}\n`;

describe("octoDNS zones on the command line", () => {
  it("a clean octoDNS zone passes every zone check; the domain comes from the file name", () => {
    const root = tempRepo({
      "mta-sts.txt": CLEAN_POLICY,
      "config/example.com.yaml": CLEAN_OCTODNS,
    });
    const { status, report } = lintJson(root, [
      "--policy",
      "mta-sts.txt",
      "--zone",
      "config/example.com.yaml",
    ]);
    expect(report.domains.map((d) => d.domain)).toEqual(["example.com"]);
    expect(report.findings.filter((f) => f.severity !== "notice")).toEqual([]);
    expect(status).toBe(0);
  });

  it("mx-not-covered points at the YAML line and column of the MX exchange", () => {
    const zone = CLEAN_OCTODNS.replace(
      "    value:\n      exchange: mail.example.com.\n      preference: 10\n",
      "    values:\n      - exchange: mail.example.com.\n        preference: 10\n      - exchange: backup.example.net.\n        preference: 20\n",
    );
    const root = tempRepo({ "mta-sts.txt": CLEAN_POLICY, "config/example.com.yaml": zone });
    const run = runCliProcess(
      ["--policy", "mta-sts.txt", "--zone", "config/example.com.yaml"],
      root,
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    // Line 7 is "      - exchange: backup.example.net."; the value starts at column 19.
    expect(run.stdout).toMatch(
      /^config\/example\.com\.yaml:7:19: error: .*backup\.example\.net.* \[mx-not-covered\]$/m,
    );
  });

  it("a field inside a TXT value is pointed at exactly (sts-record-id at the id in the YAML)", () => {
    const zone = CLEAN_OCTODNS.replace("id=20240101", "id=2024-01-01");
    const root = tempRepo({ "mta-sts.txt": CLEAN_POLICY, "config/example.com.yaml": zone });
    const { report } = lintJson(root, [
      "--policy",
      "mta-sts.txt",
      "--zone",
      "config/example.com.yaml",
    ]);
    const finding = report.findings.find((f) => f.rule === "sts-record-id");
    // "  value: v=STSv1\; id=2024-01-01": the id field starts at column 20.
    expect(finding).toMatchObject({ file: "config/example.com.yaml", line: 12, column: 20 });
  });

  it("what octoDNS rejects is zone-syntax at the value (an unescaped ;)", () => {
    const zone = CLEAN_OCTODNS.replace("v=STSv1\\; id=20240101", "v=STSv1; id=20240101");
    const root = tempRepo({ "mta-sts.txt": CLEAN_POLICY, "config/example.com.yaml": zone });
    const { report } = lintJson(root, [
      "--policy",
      "mta-sts.txt",
      "--zone",
      "config/example.com.yaml",
    ]);
    const syntax = report.findings.filter((f) => f.rule === "zone-syntax");
    expect(syntax).toHaveLength(1);
    expect(syntax[0]).toMatchObject({ line: 12, column: 17 });
    expect(syntax[0].message).toMatch(/octoDNS/);
  });

  it("a YAML bomb is a finding, not a hang or a crash", () => {
    // An attack hides in an otherwise ordinary zone file.
    const bomb = [
      "'':",
      "  type: TXT",
      "  value: v=spf1 -all",
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ...["b", "c", "d", "e", "f", "g", "h", "i"].map((n, i) => {
        const prev = String.fromCharCode(97 + i);
        return `${n}: &${n} [${Array(9).fill(`*${prev}`).join(",")}]`;
      }),
      "",
    ].join("\n");
    const root = tempRepo({ "mta-sts.txt": CLEAN_POLICY, "config/example.com.yaml": bomb });
    const { report } = lintJson(root, [
      "--policy",
      "mta-sts.txt",
      "--zone",
      "config/example.com.yaml",
    ]);
    const syntax = report.findings.filter((f) => f.rule === "zone-syntax");
    expect(syntax).toHaveLength(1);
    expect(syntax[0].message).toMatch(/billion laughs/);
  });

  it("a split-zone directory is read whole", () => {
    const root = tempRepo({
      "mta-sts.txt": CLEAN_POLICY,
      "config/example.com./$example.com.yaml": CLEAN_OCTODNS.split("_mta-sts:")[0],
      "config/example.com./rest.yaml": `_mta-sts:${CLEAN_OCTODNS.split("_mta-sts:")[1]}`,
    });
    const { status, report } = lintJson(root, [
      "--policy",
      "mta-sts.txt",
      "--zone",
      "config/example.com.",
    ]);
    expect(report.domains.map((d) => d.domain)).toEqual(["example.com"]);
    expect(report.findings.filter((f) => f.severity !== "notice")).toEqual([]);
    expect(status).toBe(0);
  });

  it("--zone-format reaches the parser (bind forced on YAML is zone-syntax)", () => {
    const root = tempRepo({
      "mta-sts.txt": CLEAN_POLICY,
      "config/example.com.yaml": CLEAN_OCTODNS,
    });
    const { report } = lintJson(root, [
      "--domain",
      "example.com",
      "--policy",
      "mta-sts.txt",
      "--zone",
      "config/example.com.yaml",
      "--zone-format",
      "bind",
    ]);
    expect(report.findings.some((f) => f.rule === "zone-syntax")).toBe(true);
  });

  it("an undecidable zone: exit 2 without --domain, input-unreadable with it", () => {
    const config =
      "providers:\n  config:\n    class: octodns.provider.yaml.YamlProvider\nzones:\n  example.com.:\n    sources: [config]\n";
    const root = tempRepo({ "mta-sts.txt": CLEAN_POLICY, "octodns/production.yaml": config });
    const bare = runJson(root, ["--policy", "mta-sts.txt", "--zone", "octodns/production.yaml"]);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toMatch(/cannot tell the zone format: it is an octoDNS configuration file/);
    const named = lintJson(root, [
      "--domain",
      "example.com",
      "--policy",
      "mta-sts.txt",
      "--zone",
      "octodns/production.yaml",
    ]);
    const unreadable = named.report.findings.find((f) => f.rule === "input-unreadable");
    expect(unreadable?.message).toMatch(/cannot tell the zone format/);
  });
});

describe("DNSControl IR (dnscontrol print-ir --out ir.json) on the command line", () => {
  it("several configured domains share one IR; findings point into the JSON", () => {
    const root = tempRepo({
      "mta-sts.txt": CLEAN_POLICY,
      "ir.json": IR,
      ".mta-sts-lint.yml":
        "domains:\n  - domain: example.com\n    policy: mta-sts.txt\n    zone: ir.json\n  - domain: example.org\n    zone: ir.json\n",
    });
    const { status, report } = lintJson(root);
    expect(status).toBe(1);
    const notCovered = report.findings.filter((f) => f.rule === "mx-not-covered");
    expect(notCovered).toHaveLength(1);
    const line = IR.split("\n").findIndex((l) => l.includes('"backup.example.net."')) + 1;
    expect(notCovered[0]).toMatchObject({ domain: "example.com", file: "ir.json", line });
    // example.org's zone is its own IR domain: it has no _mta-sts record.
    expect(
      report.findings.some((f) => f.domain === "example.org" && f.rule === "sts-record-missing"),
    ).toBe(true);
  });

  it("the domain of a one-domain IR; exit 2 when the IR has several and no --domain", () => {
    const one = JSON.stringify({ domains: [JSON.parse(IR).domains[0]] });
    const root = tempRepo({ "mta-sts.txt": CLEAN_POLICY, "one.json": one, "ir.json": IR });
    const single = lintJson(root, ["--policy", "mta-sts.txt", "--zone", "one.json"]);
    expect(single.report.domains.map((d) => d.domain)).toEqual(["example.com"]);
    const several = runJson(root, ["--policy", "mta-sts.txt", "--zone", "ir.json"]);
    expect(several.status).toBe(2);
    expect(several.stderr).toMatch(/cannot tell the domain/);
  });

  it("malformed JSON is zone-syntax at the line the JSON breaks", () => {
    const root = tempRepo({
      "mta-sts.txt": CLEAN_POLICY,
      "ir.json": '{\n  "domains": [\n    {"name": "example.com",,}\n  ]\n}\n',
    });
    const { report } = lintJson(root, [
      "--domain",
      "example.com",
      "--policy",
      "mta-sts.txt",
      "--zone",
      "ir.json",
    ]);
    const syntax = report.findings.filter((f) => f.rule === "zone-syntax");
    expect(syntax).toHaveLength(1);
    expect(syntax[0]).toMatchObject({ file: "ir.json", line: 3 });
  });
});

describe("the action", () => {
  it("the zone-format input reaches the parser", () => {
    const workspace = tempRepo({ "mta-sts.txt": CLEAN_POLICY, "zones/example.com": CLEAN_OCTODNS });
    const inputs = {
      domain: "example.com",
      "policy-file": "mta-sts.txt",
      "zone-file": "zones/example.com",
    };
    const detected = runAction({ workspace, inputs });
    expect(detected.outputs.result).toBe("pass");
    const forced = runAction({ workspace, inputs: { ...inputs, "zone-format": "bind" } });
    expect(forced.outputs.result).toBe("fail");
    expect(forced.stdout).toMatch(/zone-syntax/);
  });
});
