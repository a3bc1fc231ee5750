import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/model/finding.js";
import { lint } from "../../src/run.js";
import { defaultSettings } from "../../src/settings/defaults.js";
import type { Settings, ZoneFormat } from "../../src/settings/types.js";
import { tempRepo } from "../sources/temp-repo.js";

/**
 * The same zone written as a BIND master file, an octoDNS file and a DNSControl IR: every rule
 * of the registry must judge the three alike (the parsers fill the same record data), and
 * each finding must point into the file the user wrote.
 */

const POLICY = "version: STSv1\nmode: enforce\nmx: mx1.example.com\nmax_age: 604800\n";

/** Mistakes people make: an MX host the policy misses, a bad id, no TLS-RPT record. */
const BIND = [
  "$ORIGIN example.com.",
  "$TTL 3600",
  "@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300",
  "@ IN NS ns1.example.com.",
  "@ IN MX 10 mx1.example.com.",
  "@ IN MX 20 backup.example.net.",
  '_mta-sts IN TXT "v=STSv1; id=2024-01-01"',
  "mta-sts IN CNAME sts.example.net.",
  "",
].join("\n");

const OCTODNS = [
  "---",
  "'':",
  "  - type: MX",
  "    values:",
  "      - exchange: mx1.example.com.",
  "        preference: 10",
  "      - exchange: backup.example.net.",
  "        preference: 20",
  "  - type: NS",
  "    value: ns1.example.com.",
  "_mta-sts:",
  "  type: TXT",
  "  value: v=STSv1\\; id=2024-01-01",
  "mta-sts:",
  "  type: CNAME",
  "  value: sts.example.net.",
  "",
].join("\n");

const IR = `${JSON.stringify(
  {
    domains: [
      {
        name: "example.com",
        records: [
          { type: "NS", name: "@", target: "ns1.example.com." },
          { type: "MX", name: "@", mxpreference: 10, target: "mx1.example.com." },
          { type: "MX", name: "@", mxpreference: 20, target: "backup.example.net." },
          { type: "TXT", name: "_mta-sts", target: "v=STSv1; id=2024-01-01" },
          { type: "CNAME", name: "mta-sts", target: "sts.example.net." },
        ],
      },
    ],
  },
  null,
  2,
)}\n`;

function run(zone: string, zoneFormat: ZoneFormat = "auto"): Finding[] {
  const root = tempRepo({
    "mta-sts.txt": POLICY,
    "zones/example.com.zone": BIND,
    "config/example.com.yaml": OCTODNS,
    "ir.json": IR,
  });
  const settings: Settings = {
    ...defaultSettings(root),
    domains: [{ domain: "example.com", policy: "mta-sts.txt", zone, zoneFormat }],
  };
  return lint(settings).findings;
}

const ruleSet = (findings: Finding[]) => findings.map((f) => `${f.rule} ${f.severity}`).sort();

describe("one zone, three sources, the same verdict", () => {
  const bind = run("zones/example.com.zone");
  const octodns = run("config/example.com.yaml");
  const ir = run("ir.json");

  it("the BIND zone's findings are the expected ones", () => {
    expect(ruleSet(bind)).toEqual(
      expect.arrayContaining([
        "mx-not-covered error",
        "sts-record-id error",
        "tlsrpt-missing warning",
      ]),
    );
    expect(bind.some((f) => f.rule === "zone-syntax")).toBe(false);
  });

  it("octoDNS and DNSControl sources get exactly the BIND zone's findings", () => {
    expect(ruleSet(octodns)).toEqual(ruleSet(bind));
    expect(ruleSet(ir)).toEqual(ruleSet(bind));
  });

  it("findings about records point into the octoDNS YAML", () => {
    const notCovered = octodns.find((f) => f.rule === "mx-not-covered");
    expect(notCovered?.location).toMatchObject({
      file: "config/example.com.yaml",
      span: { line: 7, column: 19 },
    });
    const id = octodns.find((f) => f.rule === "sts-record-id");
    // "  value: v=STSv1\; id=2024-01-01": the id field starts at column 20.
    expect(id?.location).toMatchObject({
      file: "config/example.com.yaml",
      span: { line: 13, column: 20 },
    });
  });

  it("findings about records point into the JSON", () => {
    const line = (text: string) => IR.split("\n").findIndex((l) => l.includes(text)) + 1;
    const notCovered = ir.find((f) => f.rule === "mx-not-covered");
    expect(notCovered?.location).toMatchObject({
      file: "ir.json",
      span: { line: line('"backup.example.net."') },
    });
    const id = ir.find((f) => f.rule === "sts-record-id");
    expect(id?.location?.span?.line).toBe(line('"v=STSv1; id=2024-01-01"'));
    const column = IR.split("\n")[line('"v=STSv1; id=2024-01-01"') - 1].indexOf("id=") + 1;
    expect(id?.location?.span?.column).toBe(column);
  });

  it("findings about absent records point at the top of the source file", () => {
    const missing = octodns.find((f) => f.rule === "tlsrpt-missing");
    expect(missing?.location).toMatchObject({ file: "config/example.com.yaml", span: { line: 1 } });
    expect(ir.find((f) => f.rule === "tlsrpt-missing")?.location?.file).toBe("ir.json");
  });
});
