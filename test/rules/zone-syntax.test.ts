import { describe, expect, it } from "vitest";
import type { DomainModel } from "../../src/model/domain.js";
import { indexRecords } from "../../src/model/zone.js";
import { MAX_PER_FILE, rule } from "../../src/rules/zone-syntax.js";
import { lintModels, lintWith, zoneWith } from "../helpers/lint.js";

describe("zone-syntax (RFC 1035 §5 master files; the rest of the zone is still linted)", () => {
  it("RFC 1035 §5: bad MX RDATA is an error at its line, in the zone area", () => {
    const findings = lintWith(rule, { zone: zoneWith("@ IN MX ten mx1.example.net.") });
    expect(findings.length).toBeGreaterThanOrEqual(1);
    const [f] = findings;
    expect(f.rule).toBe("zone-syntax");
    expect(f.severity).toBe("error");
    expect(f.area).toBe("zone");
    expect(f.location.file).toBe("zones/example.com.zone");
    expect(f.location.span?.line).toBe(5);
    expect(f.message).toContain("BIND");
    expect(f.message).toContain("_mta-sts");
  });

  it("rules.md Positions: an unclosed ( is reported at the line where it opened", () => {
    const findings = lintWith(rule, {
      zone: zoneWith(
        "@ IN SOA ns1.example.com. hostmaster.example.com. (",
        "  2 7200 3600 1209600 300",
      ),
    });
    expect(findings.length).toBeGreaterThanOrEqual(1);
    expect(findings.some((f) => f.location.span?.line === 5)).toBe(true);
  });

  it("passes each issue through with its own file and span, worded for the zone's tool", () => {
    const span = { line: 7, column: 3, endLine: 7, endColumn: 9 };
    const domain: DomainModel = {
      name: "example.com",
      problems: [],
      zone: {
        file: "octodns/config/example.com.yaml",
        format: "octodns",
        records: [],
        issues: [
          { file: "octodns/config/example.com.yaml", span, message: 'unknown record type "MXX"' },
        ],
        byName: indexRecords([]),
      },
    };
    const findings = lintModels(rule, [domain]);
    expect(findings).toHaveLength(1);
    expect(findings[0].location).toEqual({ file: "octodns/config/example.com.yaml", span });
    expect(findings[0].message.startsWith('unknown record type "MXX". octoDNS')).toBe(true);
  });

  it("a valid zone, or no zone at all, gives no finding", () => {
    expect(lintWith(rule, { zone: zoneWith("@ IN MX 10 mx1.example.net.") })).toEqual([]);
    expect(lintWith(rule, { policy: "version: STSv1\n" })).toEqual([]);
  });

  it("a file of thousands of errors lists the first ones and sums up the rest in one finding", () => {
    const bad = Array.from({ length: 250 }, (_, i) => `bad${i} IN MX ten mx.example.net.`);
    const findings = lintWith(rule, { zone: zoneWith(...bad) });
    expect(findings).toHaveLength(MAX_PER_FILE + 1);
    const last = findings.at(-1)!;
    expect(last.message).toMatch(/^150 more syntax errors in zones\/example\.com\.zone/);
    expect(last.location.span?.line).toBe(5 + MAX_PER_FILE);
  });
});
