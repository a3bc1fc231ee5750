import { describe, expect, it } from "vitest";
import { resplitAtFields } from "../../src/model/zone-text.js";
import { rule } from "../../src/rules/sts-record-split.js";
import { lintWith, zoneWith } from "../helpers/lint.js";

describe("sts-record-split (RFC 8461 §3.1: strings are joined without spaces)", () => {
  it("fires when a split falls inside the id, at the split token, showing the joined value", () => {
    const zone = zoneWith('_mta-sts IN TXT "v=STSv1; id=2024" "0101"');
    const findings = lintWith(rule, { zone });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("sts-record-split");
    expect(f.severity).toBe("warning");
    // From "id=2024" (column 27) to the end of "0101" before its closing quote (column 41).
    expect(f.location.span).toEqual({ line: 5, column: 27, endLine: 5, endColumn: 41 });
    expect(f.message).toContain('"v=STSv1; id=20240101"');
    expect(f.message).toContain('"id=2024" + "0101"');
    expect(f.fix).toBe('"v=STSv1; id=20240101"');
  });

  it("fires when the split cuts the version tag (a parenthesised multi-line record)", () => {
    const zone = zoneWith('_mta-sts IN TXT ( "v=ST"', '  "Sv1; id=1" )');
    const [f] = lintWith(rule, { zone });
    expect(f.message).toContain('"v=ST" + "Sv1"');
    expect(f.location.span).toMatchObject({ line: 5, endLine: 6 });
  });

  it.each([
    ["after the ';'", '"v=STSv1;" "id=1"'],
    ["after the space", '"v=STSv1; " "id=1"'],
    ["before the space", '"v=STSv1;" " id=1"'],
    ["one string", '"v=STSv1; id=1"'],
  ])("does not fire on a split %s", (_name, rdata) => {
    expect(lintWith(rule, { zone: zoneWith(`_mta-sts IN TXT ${rdata}`) })).toEqual([]);
  });

  it("re-splits a record longer than 255 characters only after a ';' (RFC 1035 §3.3 string limit)", () => {
    const joined = `v=STSv1; id=1; ${Array.from({ length: 30 }, (_, i) => `ext${i}=${"x".repeat(10)}`).join("; ")}`;
    const fix = resplitAtFields(joined) ?? "";
    const strings = [...fix.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
    expect(strings.length).toBeGreaterThan(1);
    expect(strings.join("")).toBe(joined);
    for (const s of strings) expect(s.length).toBeLessThanOrEqual(255);
    for (const s of strings.slice(0, -1)) expect(s).toMatch(/; $/);
  });
});
