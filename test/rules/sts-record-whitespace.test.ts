import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/sts-record-whitespace.js";
import { lintWith, zoneWith } from "../helpers/lint.js";

const txt = (value: string) => zoneWith(`_mta-sts IN TXT "${value}"`);

describe("sts-record-whitespace (RFC 8461 §3.1, errata 6285)", () => {
  it('fires on "v=STSv1 ;": valid ABNF, but senders keep only records beginning with "v=STSv1;"', () => {
    const findings = lintWith(rule, { zone: txt("v=STSv1 ; id=1") });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("sts-record-whitespace");
    expect(f.severity).toBe("warning");
    // The space after v=STSv1 is at column 25 of `_mta-sts IN TXT "v=STSv1 ; ...`.
    expect(f.location.span).toEqual({ line: 5, column: 25, endLine: 5, endColumn: 26 });
    expect(f.message).toContain("errata 6285");
    expect(f.fix).toBe("v=STSv1; id=1");
  });

  it("fires on trailing whitespace after the last field (invalid ABNF most senders trim)", () => {
    const [f] = lintWith(rule, { zone: txt("v=STSv1; id=1  ") });
    expect(f.severity).toBe("warning");
    expect(f.location.span).toEqual({ line: 5, column: 31, endLine: 5, endColumn: 33 });
    expect(f.message).toContain("last field");
    expect(f.fix).toBe("v=STSv1; id=1");
  });

  it("does not fire on whitespace after a final ';' (sts-field-delim = *WSP \";\" *WSP)", () => {
    expect(lintWith(rule, { zone: txt("v=STSv1; id=1; ") })).toEqual([]);
  });

  it("does not fire on the RFC 8461 §3.1 example, nor on unrelated records", () => {
    expect(lintWith(rule, { zone: txt("v=STSv1; id=20160831085700Z;") })).toEqual([]);
    expect(lintWith(rule, { zone: txt("some token ") })).toEqual([]);
  });
});
