import { describe, expect, it } from "vitest";
import { rule as atApex } from "../../src/rules/sts-record-at-apex.js";
import { rule } from "../../src/rules/sts-record-missing.js";
import { rule as syntax } from "../../src/rules/sts-record-syntax.js";
import { lintWith, zoneWith } from "../helpers/lint.js";

const NONE_POLICY = "version: STSv1\nmode: none\nmax_age: 86400\n";
const ENFORCE_POLICY = "version: STSv1\nmode: enforce\nmx: mx.example.com\nmax_age: 604800\n";

describe("sts-record-missing (RFC 8461 §3.1)", () => {
  it("fires as an error at the SOA record when _mta-sts has no v=STSv1 TXT record", () => {
    const findings = lintWith(rule, {
      zone: zoneWith("@ IN MX 10 mx.example.com."),
      policy: ENFORCE_POLICY,
    });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("sts-record-missing");
    expect(f.severity).toBe("error");
    expect(f.location.file).toBe("zones/example.com.zone");
    expect(f.location.span).toMatchObject({ line: 3, column: 1 });
    expect(f.message).toContain("_mta-sts.example.com");
    expect(f.message).toContain("never fetch the policy");
    expect(f.message).toContain('"v=STSv1; id=YYYYMMDDHHMMSS"');
  });

  it("is a notice in mode none: removing the record is the last step of RFC 8461 §8.3", () => {
    const [f] = lintWith(rule, { zone: zoneWith(), policy: NONE_POLICY });
    expect(f.rule).toBe("sts-record-missing");
    expect(f.severity).toBe("notice");
    expect(f.message).toContain("§8.3");
    expect(f.message).toContain("max_age");
  });

  it("points at a record written at mta-sts (no underscore), a frequent real-world slip", () => {
    const [f] = lintWith(rule, { zone: zoneWith('mta-sts IN TXT "v=STSv1; id=20240101"') });
    expect(f.severity).toBe("error");
    expect(f.location.span).toMatchObject({ line: 5, column: 1 });
    expect(f.message).toContain("mta-sts.example.com");
    expect(f.message).toContain("underscore");
  });

  it("points at a record whose owner lacks the trailing dot (origin appended twice)", () => {
    const [f] = lintWith(rule, { zone: zoneWith('_mta-sts.example.com IN TXT "v=STSv1; id=1"') });
    expect(f.location.span).toMatchObject({ line: 5 });
    expect(f.message).toContain("_mta-sts.example.com.example.com");
    expect(f.message).toContain("trailing dot");
  });

  it("does not fire when the record exists (RFC 8461 §3.1 example)", () => {
    expect(
      lintWith(rule, { zone: zoneWith('_mta-sts IN TXT "v=STSv1; id=20160831085700Z;"') }),
    ).toEqual([]);
  });

  it("does not fire for a CNAME at _mta-sts: policy delegation, RFC 8461 §8.2", () => {
    const zone = zoneWith("_mta-sts IN CNAME _mta-sts.provider.example.");
    expect(lintWith(rule, { zone })).toEqual([]);
  });

  it("a record resembling one (V=STSv1) is sts-record-syntax, not missing (rules.md: what counts as the record)", () => {
    const zone = zoneWith('_mta-sts IN TXT "V=STSv1; id=1"');
    const findings = lintWith([rule, syntax], { zone });
    expect(findings.map((f) => f.rule)).toEqual(["sts-record-syntax"]);
  });

  it("a record only at the apex is sts-record-at-apex alone (one root cause, one finding)", () => {
    const zone = zoneWith('@ IN TXT "v=STSv1; id=1"');
    const findings = lintWith([rule, atApex], { zone });
    expect(findings.map((f) => f.rule)).toEqual(["sts-record-at-apex"]);
  });

  it("an unrelated TXT record at _mta-sts does not count as the record", () => {
    const [f] = lintWith(rule, { zone: zoneWith('_mta-sts IN TXT "v=spf1 -all"') });
    expect(f.rule).toBe("sts-record-missing");
  });

  it("skips a domain without a zone, and a name delegated to another zone by NS", () => {
    expect(lintWith(rule, { policy: ENFORCE_POLICY })).toEqual([]);
    const zone = zoneWith("sub IN NS ns1.other.example.");
    expect(lintWith(rule, { domain: "sub.example.com", zone })).toEqual([]);
    // Without the cut the name is this zone's, and the record is missing from it.
    expect(lintWith(rule, { domain: "sub.example.com", zone: zoneWith() })).toHaveLength(1);
  });
});
