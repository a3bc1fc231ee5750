import { describe, expect, it } from "vitest";
import { createStsRecordIdRule, rule as systemClockRule } from "../../src/rules/sts-record-id.js";
import { lintWith, zoneWith } from "../helpers/lint.js";

const rule = createStsRecordIdRule(() => new Date("2024-05-06T07:08:09.123Z"));
const txt = (value: string) => zoneWith(`_mta-sts IN TXT "${value}"`);

describe("sts-record-id (RFC 8461 §3.1: sts-id = 1*32(ALPHA / DIGIT))", () => {
  it("fires on an id with dashes, at the field, suggesting a UTC timestamp id", () => {
    const findings = lintWith(rule, { zone: txt("v=STSv1; id=2024-01-01") });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("sts-record-id");
    expect(f.severity).toBe("error");
    // "id=2024-01-01" starts at column 27 of `_mta-sts IN TXT "v=STSv1; id=...`.
    expect(f.location.span).toEqual({ line: 5, column: 27, endLine: 5, endColumn: 40 });
    expect(f.message).toContain('"-"');
    expect(f.message).toContain("letters and digits");
    expect(f.fix).toBe("v=STSv1; id=20240506070809");
  });

  it("fires on an id of 33 characters", () => {
    const [f] = lintWith(rule, { zone: txt(`v=STSv1; id=${"a".repeat(33)};`) });
    expect(f.message).toContain("33 characters");
    expect(f.fix).toBe("v=STSv1; id=20240506070809;");
  });

  it("fires on a missing id, at the record, adding one after the version", () => {
    const [f] = lintWith(rule, { zone: txt("v=STSv1;") });
    expect(f.location.span).toMatchObject({ line: 5, column: 1 });
    expect(f.message).toContain("no id");
    expect(f.fix).toBe("v=STSv1; id=20240506070809;");
  });

  it("fires on ID= in upper case: field names are case-sensitive", () => {
    const [f] = lintWith(rule, { zone: txt("v=STSv1; ID=20240101") });
    expect(f.message).toContain("case-sensitive");
    expect(f.fix).toBe("v=STSv1; id=20240101");
  });

  it("the system-clock rule suggests 14 digits", () => {
    const [f] = lintWith(systemClockRule, { zone: txt("v=STSv1; id=a.b") });
    expect(f.fix).toMatch(/^v=STSv1; id=\d{14}$/);
  });

  it.each([
    ["the RFC 8461 §3.1 example", "v=STSv1; id=20160831085700Z;"],
    ["32 characters exactly", `v=STSv1; id=${"9".repeat(32)}`],
    ["a one-digit id (real-world zone maxchernoff.ca)", "v=STSv1; id=2"],
    ["a timestamp with T (real-world normie.dev)", "v=STSv1; id=20230618T010101;"],
  ])("does not fire on %s", (_name, value) => {
    expect(lintWith(rule, { zone: txt(value) })).toEqual([]);
  });

  it("does not judge unrelated records at _mta-sts", () => {
    expect(lintWith(rule, { zone: txt("v=spf1 -all") })).toEqual([]);
  });
});
