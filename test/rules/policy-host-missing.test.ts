import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/policy-host-missing.js";
import { lintWith, zoneWith } from "../helpers/lint.js";

const ENFORCE = "version: STSv1\nmode: enforce\nmx: mx.example.com\nmax_age: 604800\n";
const NONE = "version: STSv1\nmode: none\nmax_age: 86400\n";

describe("policy-host-missing (RFC 8461 §3.3: the policy is fetched from mta-sts.<domain>)", () => {
  it("fires at the SOA record when mta-sts has no A, AAAA or CNAME", () => {
    const zone = zoneWith('_mta-sts IN TXT "v=STSv1; id=1"', "www IN A 192.0.2.1");
    const findings = lintWith(rule, { zone, policy: ENFORCE });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("policy-host-missing");
    expect(f.severity).toBe("error");
    expect(f.area).toBe("sts-record");
    expect(f.location.span).toMatchObject({ line: 3, column: 1 });
    expect(f.message).toContain("https://mta-sts.example.com/.well-known/mta-sts.txt");
    expect(f.message).toContain("sts-policy-fetch-error");
  });

  it("fires with a delegation CNAME at _mta-sts: the host still needs a certificate for your name (RFC 8461 §8.2)", () => {
    const zone = zoneWith("_mta-sts IN CNAME _mta-sts.provider.example.");
    const [f] = lintWith(rule, { zone });
    expect(f.severity).toBe("error");
    expect(f.location.span).toMatchObject({ line: 5, column: 1 });
    expect(f.message).toContain("_mta-sts.provider.example");
    expect(f.message).toContain("§8.2");
    expect(f.message).toContain("certificate valid for mta-sts.example.com");
  });

  it("points at a TXT record written at mta-sts (the name exists but has no address)", () => {
    const zone = zoneWith('mta-sts IN TXT "v=STSv1; id=1"', "* IN A 192.0.2.1");
    const [f] = lintWith(rule, { zone });
    expect(f.location.span).toMatchObject({ line: 5 });
  });

  it("is a notice in mode none: removing the host is the last step of RFC 8461 §8.3", () => {
    const [f] = lintWith(rule, { zone: zoneWith(), policy: NONE });
    expect(f.severity).toBe("notice");
    expect(f.message).toContain("§8.3");
  });

  it.each([
    ["an A record", "mta-sts IN A 192.0.2.10"],
    ["an AAAA record", "mta-sts IN AAAA 2001:db8::10"],
    [
      "a CNAME (real-world mulliken.net → mta-sts.tutanota.de)",
      "mta-sts IN CNAME mta-sts.tutanota.de.",
    ],
    ["a wildcard A record (RFC 4592)", "* IN A 192.0.2.1"],
    ["a delegation of the host to another zone", "mta-sts IN NS ns1.provider.example."],
  ])("does not fire with %s", (_name, line) => {
    expect(lintWith(rule, { zone: zoneWith(line), policy: ENFORCE })).toEqual([]);
  });

  it("skips a domain without a zone", () => {
    expect(lintWith(rule, { policy: ENFORCE })).toEqual([]);
  });
});
