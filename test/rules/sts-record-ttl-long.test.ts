import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/sts-record-ttl-long.js";
import { lintWith, zoneWith } from "../helpers/lint.js";

describe("sts-record-ttl-long (RFC 8461 §5.1: senders notice a new policy through the id)", () => {
  it("notes a one-day TTL on the _mta-sts record, at the record", () => {
    const findings = lintWith(rule, { zone: zoneWith('_mta-sts 86400 IN TXT "v=STSv1; id=1"') });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("sts-record-ttl-long");
    expect(f.severity).toBe("notice");
    expect(f.location.span).toMatchObject({ line: 5, column: 1 });
    expect(f.message).toContain("86400 s (1 day)");
    expect(f.message).toContain("3600 or less");
  });

  it("takes the TTL from $TTL when the record gives none", () => {
    const zone = zoneWith("$TTL 7200", '_mta-sts IN TXT "v=STSv1; id=1"');
    const [f] = lintWith(rule, { zone });
    expect(f.message).toContain("7200 s (2 hours)");
  });

  it("does not fire at 3600 s exactly, nor below", () => {
    expect(lintWith(rule, { zone: zoneWith('_mta-sts 3600 IN TXT "v=STSv1; id=1"') })).toEqual([]);
    expect(lintWith(rule, { zone: zoneWith('_mta-sts 300 IN TXT "v=STSv1; id=1"') })).toEqual([]);
  });

  it("does not judge unrelated TXT records at _mta-sts", () => {
    expect(lintWith(rule, { zone: zoneWith('_mta-sts 86400 IN TXT "v=spf1 -all"') })).toEqual([]);
  });
});
