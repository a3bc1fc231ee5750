import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/sts-record-unrelated.js";
import { lintWith, zoneWith } from "../helpers/lint.js";

describe("sts-record-unrelated (RFC 8461 §3.1: other records at _mta-sts are discarded)", () => {
  it("warns on an SPF record beside the MTA-STS record, at that record", () => {
    const zone = zoneWith('_mta-sts IN TXT "v=STSv1; id=1"', '_mta-sts IN TXT "v=spf1 -all"');
    const findings = lintWith(rule, { zone });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("sts-record-unrelated");
    expect(f.severity).toBe("warning");
    expect(f.location.span).toMatchObject({ line: 6, column: 1 });
    expect(f.message).toContain('"v=spf1 -all"');
    expect(f.message).toContain("first TXT answer");
  });

  it("does not fire on a lone record that resembles an MTA-STS record (sts-record-syntax's)", () => {
    const zone = zoneWith('_mta-sts IN TXT "v = stsv1; id=2"');
    expect(lintWith(rule, { zone })).toEqual([]);
  });

  it("fires on a near miss next to a record that qualifies (rules.md: 'when no record qualifies'; RFC 8461 §3.1 discards it)", () => {
    const zone = zoneWith('_mta-sts IN TXT "v=STSv1; id=1"', '_mta-sts IN TXT "v = stsv1; id=2"');
    const findings = lintWith(rule, { zone });
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("warning");
    expect(findings[0].location.span?.line).toBe(6);
    expect(findings[0].message).toContain("looks like a second MTA-STS record");
  });

  it("does not fire on a lone MTA-STS record, nor on TXT records at other names", () => {
    const zone = zoneWith('_mta-sts IN TXT "v=STSv1; id=1"', '@ IN TXT "v=spf1 -all"');
    expect(lintWith(rule, { zone })).toEqual([]);
  });
});
