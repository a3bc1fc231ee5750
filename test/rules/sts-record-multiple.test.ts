import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/sts-record-multiple.js";
import { lintWith, zoneWith } from "../helpers/lint.js";

describe("sts-record-multiple (RFC 8461 §3.1: the number of records must be one)", () => {
  it("fires at the second v=STSv1 record, naming the first one's line", () => {
    const zone = zoneWith(
      '_mta-sts IN TXT "v=STSv1; id=20240101"',
      '_mta-sts IN TXT "v=STSv1; id=20240202"',
    );
    const findings = lintWith(rule, { zone });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("sts-record-multiple");
    expect(f.severity).toBe("error");
    expect(f.location.span).toMatchObject({ line: 6, column: 1 });
    expect(f.message).toContain("2 TXT records");
    expect(f.message).toContain("line 5");
    expect(f.message).toContain("no MTA-STS policy");
  });

  it("fires once per extra record when there are three", () => {
    const zone = zoneWith(
      '_mta-sts IN TXT "v=STSv1; id=1"',
      '_mta-sts IN TXT "v=STSv1; id=2"',
      '_mta-sts IN TXT "v=STSv1 id=3"',
    );
    const findings = lintWith(rule, { zone });
    expect(findings.map((f) => f.location.span?.line)).toEqual([6, 7]);
    expect(findings[0].message).toContain("line 5, line 7");
  });

  it("does not fire for one record beside unrelated or resembling ones (senders discard those)", () => {
    const zone = zoneWith(
      '_mta-sts IN TXT "v=STSv1; id=1"',
      '_mta-sts IN TXT "v=spf1 -all"',
      '_mta-sts IN TXT "V=STSv1; id=2"',
    );
    expect(lintWith(rule, { zone })).toEqual([]);
  });
});
