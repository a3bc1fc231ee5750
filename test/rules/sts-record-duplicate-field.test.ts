import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/sts-record-duplicate-field.js";
import { lintWith, zoneWith } from "../helpers/lint.js";

const txt = (value: string) => zoneWith(`_mta-sts IN TXT "${value}"`);

describe("sts-record-duplicate-field (RFC 8461 §3.1 does not define repeated fields)", () => {
  it("warns on a repeated id with the same value, at the repeat, with the record without it", () => {
    const findings = lintWith(rule, { zone: txt("v=STSv1; id=1; id=1") });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("sts-record-duplicate-field");
    expect(f.severity).toBe("warning");
    expect(f.location.span).toEqual({ line: 5, column: 33, endLine: 5, endColumn: 37 });
    expect(f.message).toContain('"id"');
    expect(f.fix).toBe("v=STSv1; id=1");
  });

  it("is an error when the values differ: senders disagree on first-wins vs last-wins", () => {
    const [f] = lintWith(rule, { zone: txt("v=STSv1; id=1; id=2;") });
    expect(f.severity).toBe("error");
    expect(f.message).toContain('"1" and "2"');
    expect(f.message).toContain("first");
    expect(f.fix).toBeUndefined();
  });

  it("counts a repeated version tag", () => {
    const [f] = lintWith(rule, { zone: txt("v=STSv1; v=STSv1; id=1") });
    expect(f.message).toContain('"v"');
    expect(f.fix).toBe("v=STSv1; id=1");
  });

  it("does not fire on distinct fields, nor on names that differ in case (ID is an extension)", () => {
    expect(lintWith(rule, { zone: txt("v=STSv1; id=1; ext=1") })).toEqual([]);
    expect(lintWith(rule, { zone: txt("v=STSv1; id=1; ID=1") })).toEqual([]);
  });
});
