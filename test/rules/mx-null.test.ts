import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/mx-null.js";
import { lintWith, zoneWith } from "../helpers/lint.js";

const ENFORCE = "version: STSv1\nmode: enforce\nmx: mx1.example.net\nmax_age: 604800\n";

describe("mx-null (RFC 7505 null MX next to an RFC 8461 policy)", () => {
  it("a null MX with a policy is a notice at the MX record", () => {
    const findings = lintWith(rule, { policy: ENFORCE, zone: zoneWith("@ IN MX 0 .") });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("mx-null");
    expect(f.severity).toBe("notice");
    expect(f.area).toBe("mx");
    expect(f.location.file).toBe("zones/example.com.zone");
    expect(f.location.span?.line).toBe(5);
    expect(f.message).toContain("null MX");
    expect(f.message).toContain("accepts no mail");
    expect(f.message).toContain("mode none");
  });

  it("RFC 7505 §3: a null MX next to other MX records says that this is forbidden", () => {
    const findings = lintWith(rule, {
      policy: ENFORCE,
      zone: zoneWith("@ IN MX 0 .", "@ IN MX 10 mx1.example.net."),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("RFC 7505 §3");
    expect(findings[0].message).toContain("1 other MX record ");
  });

  it("fires in mode none too: the policy still protects nothing", () => {
    const findings = lintWith(rule, {
      policy: "version: STSv1\nmode: none\nmax_age: 86400\n",
      zone: zoneWith("@ IN MX 0 ."),
    });
    expect(findings.map((f) => f.rule)).toEqual(["mx-null"]);
  });

  it("does not fire for real MX hosts, without a policy, or for a null MX of a subdomain", () => {
    expect(
      lintWith(rule, { policy: ENFORCE, zone: zoneWith("@ IN MX 10 mx1.example.net.") }),
    ).toEqual([]);
    expect(lintWith(rule, { zone: zoneWith("@ IN MX 0 .") })).toEqual([]);
    expect(
      lintWith(rule, {
        policy: ENFORCE,
        zone: zoneWith("@ IN MX 10 mx1.example.net.", "parked IN MX 0 ."),
      }),
    ).toEqual([]);
  });
});
