import { readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rule as idRule } from "../../src/rules/sts-record-id.js";
import { rule } from "../../src/rules/sts-record-syntax.js";
import { lintWith, zoneWith } from "../helpers/lint.js";

describe("sts-record-syntax (RFC 8461 §3.1 ABNF)", () => {
  it("fires on a version tag in the wrong case, at the tag, with the corrected record", () => {
    const findings = lintWith(rule, { zone: zoneWith('_mta-sts IN TXT "V=STSv1; id=1"') });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("sts-record-syntax");
    expect(f.severity).toBe("error");
    // _mta-sts IN TXT "V=STSv1...: the tag starts after the quote at column 17.
    expect(f.location.span).toEqual({ line: 5, column: 18, endLine: 5, endColumn: 25 });
    expect(f.message).toContain("case-sensitively");
    expect(f.fix).toBe("v=STSv1; id=1");
  });

  it("fires on a comma used as the field separator", () => {
    const [f] = lintWith(rule, { zone: zoneWith('_mta-sts IN TXT "v=STSv1, id=1"') });
    expect(f.severity).toBe("error");
    expect(f.location.span).toMatchObject({ line: 5, column: 25 });
    expect(f.message).toContain('";"');
    expect(f.fix).toBe("v=STSv1; id=1");
  });

  it("fires on a record that contains STSv1 but does not begin with it (resembling, rules.md)", () => {
    const [f] = lintWith(rule, { zone: zoneWith('_mta-sts IN TXT "id=1; v=STSv1"') });
    expect(f.message).toContain("not the first field");
    expect(f.fix).toBe("v=STSv1; id=1");
  });

  it("does not fire on the RFC 8461 §3.1 example record", () => {
    expect(
      lintWith(rule, { zone: zoneWith('_mta-sts IN TXT "v=STSv1; id=20160831085700Z;"') }),
    ).toEqual([]);
  });

  it("leaves a bad id value to sts-record-id (one root cause, one finding)", () => {
    const zone = zoneWith('_mta-sts IN TXT "v=STSv1; id=2024-01-01"');
    const findings = lintWith([rule, idRule], { zone });
    expect(findings.map((f) => f.rule)).toEqual(["sts-record-id"]);
  });

  it("does not judge unrelated records at _mta-sts (sts-record-unrelated does)", () => {
    expect(lintWith(rule, { zone: zoneWith('_mta-sts IN TXT "v=spf1 -all"') })).toEqual([]);
  });

  it("does not report whitespace before ';' (valid ABNF; sts-record-whitespace, errata 6285)", () => {
    expect(lintWith(rule, { zone: zoneWith('_mta-sts IN TXT "v=STSv1 ; id=1"') })).toEqual([]);
  });
});

describe("the TXT-record rules on arbitrary records (rules never throw; spans stay in the file)", () => {
  it("report no internal error and point inside the zone file", async () => {
    const dir = join(import.meta.dirname, "../../src/rules");
    const files = readdirSync(dir).filter((f) =>
      /^(sts-record-|tlsrpt-|policy-host-missing)/.test(f),
    );
    const rules = await Promise.all(files.map(async (f) => (await import(join(dir, f))).rule));
    expect(rules).toHaveLength(17);
    const piece = fc.oneof(
      fc.constantFrom(
        "v=STSv1",
        "v=TLSRPTv1",
        "V=stsv1",
        "id=",
        "rua=",
        "mailto:",
        "https://",
        ";",
        " ",
        ",",
        "!",
        "=",
        '\\"',
        "é",
      ),
      fc.string({ maxLength: 6 }).map((s) => s.replace(/["\\\n\r();]/g, "")),
    );
    const text = fc.array(piece, { maxLength: 8 }).map((p) => p.join(""));
    const owner = fc.constantFrom(
      "_mta-sts",
      "_smtp._tls",
      "@",
      "_tlsrpt",
      "mta-sts",
      "_mta-sts.example.com",
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(owner, fc.array(text, { minLength: 1, maxLength: 3 })), { maxLength: 4 }),
        (records) => {
          const lines = records.map(
            ([o, strings]) => `${o} IN TXT ${strings.map((s) => `"${s}"`).join(" ")}`,
          );
          const zone = zoneWith(...lines);
          const lineCount = zone.split("\n").length;
          for (const f of lintWith(rules, { zone })) {
            expect(f.message).not.toContain("internal error");
            const span = f.location.span;
            expect(span).toBeDefined();
            if (span) {
              expect(span.line).toBeGreaterThanOrEqual(1);
              expect(span.endLine).toBeLessThanOrEqual(lineCount);
              if (span.line === span.endLine)
                expect(span.endColumn).toBeGreaterThanOrEqual(span.column);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
