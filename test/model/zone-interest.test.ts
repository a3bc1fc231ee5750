import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DomainModel } from "../../src/model/domain.js";
import { indexRecords, type ZoneModel } from "../../src/model/zone.js";
import { parseLeanMasterFile, ZoneInterest } from "../../src/model/zone-interest.js";
import { parsePolicy } from "../../src/parse/policy.js";
import { type MasterFileResult, parseMasterFile } from "../../src/parse/zone/master.js";
import { RULES } from "../../src/rules/index.js";
import { lintModels } from "../helpers/lint.js";
import { FIXTURES } from "../parse/zone/helpers.js";

/**
 * The lean zone model keeps only the records the rules read. Its contract: every rule finds
 * exactly what it finds on the full model, whatever order the zone lists its records in.
 */

const POLICY = "version: STSv1\nmode: enforce\nmx: mx1.example.com\nmax_age: 604800\n";

function model(domain: string, zoneText: string, lean: boolean): DomainModel {
  const options = { file: "zone.db", origin: domain };
  const parsed: MasterFileResult & { nodesBelow?: ReadonlySet<string> } = lean
    ? parseLeanMasterFile(zoneText, options, new ZoneInterest([domain]))
    : parseMasterFile(zoneText, options);
  const zone: ZoneModel = {
    file: "zone.db",
    format: "bind",
    origin: parsed.declaredOrigin ?? domain,
    records: parsed.records,
    issues: parsed.issues,
    byName: indexRecords(parsed.records),
    counts: parsed.counts,
  };
  if (parsed.nodesBelow) zone.nodesBelow = parsed.nodesBelow;
  return {
    name: domain,
    problems: [],
    policyFile: "mta-sts.txt",
    policy: parsePolicy(POLICY, { file: "mta-sts.txt" }),
    zoneFile: "zone.db",
    zone,
  };
}

function findingsOf(domain: string, zoneText: string, lean: boolean) {
  return lintModels([...RULES], [model(domain, zoneText, lean)]);
}

function expectSameFindings(domain: string, zoneText: string): void {
  expect(findingsOf(domain, zoneText, true)).toEqual(findingsOf(domain, zoneText, false));
}

const HEAD = [
  "$ORIGIN example.com.",
  "$TTL 3600",
  "@ SOA ns1 hostmaster 1 7200 3600 1209600 300",
  "@ NS ns1",
];

describe("the lean zone model", () => {
  it("RFC 2181 §10.3: an MX target defined as a CNAME before the MX names it is still found", () => {
    const zone = [
      ...HEAD,
      "alias2 CNAME mx1.example.net.",
      "mx1 CNAME alias2",
      "@ MX 10 mx1",
      "mta-sts A 192.0.2.1",
      '_mta-sts TXT "v=STSv1; id=1"',
      "",
    ].join("\n");
    const lean = findingsOf("example.com", zone, true);
    expect(lean.map((f) => f.rule)).toContain("mx-target-invalid");
    expect(lean.find((f) => f.rule === "mx-target-invalid")?.location.span?.line).toBe(7);
    expectSameFindings("example.com", zone);
  });

  it("RFC 4592 §2.2.2: a name below the policy host hides the wildcard, as in the full model", () => {
    const zone = [...HEAD, "*.example.com. A 192.0.2.9", "a.b.mta-sts A 192.0.2.1", ""].join("\n");
    const lean = findingsOf("example.com", zone, true);
    expect(lean.map((f) => f.rule)).toContain("policy-host-missing");
    expectSameFindings("example.com", zone);
    const withoutNode = [...HEAD, "*.example.com. A 192.0.2.9", ""].join("\n");
    expect(findingsOf("example.com", withoutNode, true).map((f) => f.rule)).not.toContain(
      "policy-host-missing",
    );
  });

  it("RFC 1034 §3.6.2: CNAME and other data at an unrelated name is still a zone-syntax issue", () => {
    const zone = [...HEAD, "www A 192.0.2.1", "x A 192.0.2.2", "www CNAME x", ""].join("\n");
    const parsed = parseLeanMasterFile(
      zone,
      { file: "z", origin: "example.com" },
      new ZoneInterest(["example.com"]),
    );
    expect(parsed.issues.map((i) => i.span.line)).toEqual([7]);
    expect(parsed.issues[0].message).toContain("CNAME and A records");
  });

  it("reads an $INCLUDEd file once when a second pass picks up an MX target's CNAME", () => {
    const reads: string[] = [];
    const parsed = parseLeanMasterFile(
      [...HEAD, "$INCLUDE hosts.zone", "@ MX 10 mx1", ""].join("\n"),
      {
        file: "zone.db",
        origin: "example.com",
        include: (path) => {
          reads.push(path);
          return { file: path, text: "mx1 CNAME mail.example.net.\n" };
        },
      },
      new ZoneInterest(["example.com"]),
    );
    expect(reads).toEqual(["hosts.zone"]);
    expect(parsed.records.filter((r) => r.type === "CNAME").map((r) => [r.owner, r.file])).toEqual([
      ["mx1.example.com", "hosts.zone"],
    ]);
  });

  it("keeps what the rules read and counts the rest", () => {
    const lines = [...HEAD, "@ MX 10 mx1", '_mta-sts TXT "v=STSv1; id=1"'];
    for (let i = 0; i < 1000; i++) lines.push(`host${i} A 192.0.2.${i % 256}`, `t${i} TXT "x"`);
    const parsed = parseLeanMasterFile(
      `${lines.join("\n")}\n`,
      { file: "z", origin: "example.com" },
      new ZoneInterest(["example.com"]),
    );
    expect(parsed.records.map((r) => r.type).sort()).toEqual(["MX", "NS", "SOA", "TXT"]);
    expect(Object.fromEntries(parsed.counts)).toEqual({ SOA: 1, NS: 1, MX: 1, TXT: 1001, A: 1000 });
  });

  it.each([
    ["rfc1035-features.zone", "example.com"],
    ["real-world-export.zone", "example.org"],
    ["errors.zone", "example.com"],
    ["nasty.zone", "example.com"],
    ["nasty-errors.zone", "example.com"],
  ])("every rule finds the same on fixture %s, lean or full", (file, domain) => {
    expectSameFindings(domain, readFileSync(join(FIXTURES, file), "utf8"));
  });
});
