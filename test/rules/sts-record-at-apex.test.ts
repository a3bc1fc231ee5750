import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/sts-record-at-apex.js";
import { lintWith, zoneWith } from "../helpers/lint.js";

describe("sts-record-at-apex (RFC 8461 §3.1: the record is at _mta-sts.<domain>)", () => {
  it("fires at the apex record when _mta-sts has none: senders never find it", () => {
    const zone = zoneWith('@ IN TXT "v=spf1 -all"', '@ IN TXT "v=STSv1; id=20240101"');
    const findings = lintWith(rule, { zone });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("sts-record-at-apex");
    expect(f.severity).toBe("error");
    expect(f.location.span).toMatchObject({ line: 6, column: 1 });
    expect(f.message).toContain("Move the record to _mta-sts.example.com");
  });

  it("still fires on a stale copy at the apex when _mta-sts has its own record", () => {
    const zone = zoneWith('@ IN TXT "v=STSv1; id=1"', '_mta-sts IN TXT "v=STSv1; id=2"');
    const [f] = lintWith(rule, { zone });
    expect(f.location.span).toMatchObject({ line: 5 });
    expect(f.message).toContain("copy");
  });

  it("catches a resembling record at the apex too (V=STSv1)", () => {
    const [f] = lintWith(rule, { zone: zoneWith('@ IN TXT "V=STSv1; id=1"') });
    expect(f.rule).toBe("sts-record-at-apex");
  });

  it("does not fire on ordinary apex TXT records (SPF, verification tokens)", () => {
    const zone = zoneWith('@ IN TXT "v=spf1 mx -all"', '@ IN TXT "google-site-verification=abc"');
    expect(lintWith(rule, { zone })).toEqual([]);
  });
});
