import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/mx-target-invalid.js";
import { lintWith, zoneWith } from "../helpers/lint.js";

const ENFORCE = "version: STSv1\nmode: enforce\nmx: mx1.example.net\nmax_age: 604800\n";

describe("mx-target-invalid (RFC 5321 §5.1, RFC 2181 §10.3, RFC 8461 §4.1)", () => {
  it("RFC 5321 §5.1: an exchange written as an IPv4 address is an error", () => {
    const findings = lintWith(rule, { policy: ENFORCE, zone: zoneWith("@ IN MX 10 192.0.2.25.") });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("mx-target-invalid");
    expect(f.severity).toBe("error");
    expect(f.area).toBe("mx");
    expect(f.location.file).toBe("zones/example.com.zone");
    expect(f.location.span?.line).toBe(5);
    expect(f.location.span?.column).toBe(1);
    expect(f.message).toContain('"192.0.2.25."');
    expect(f.message).toContain("IP address");
    expect(f.message).toContain("host name");
  });

  it("a relative IPv4 address (no trailing dot) is caught from the text as written", () => {
    const findings = lintWith(rule, { policy: ENFORCE, zone: zoneWith("@ IN MX 10 192.0.2.25") });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('"192.0.2.25"');
  });

  it("RFC 2181 §10.3: an exchange the zone defines as a CNAME is an error; the fix points at the target", () => {
    const findings = lintWith(rule, {
      policy: ENFORCE,
      zone: zoneWith("@ 3600 IN MX 10 mail.example.com.", "mail IN CNAME mx1.example.net."),
    });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.location.span?.line).toBe(5);
    expect(f.message).toContain('"mail.example.com"');
    expect(f.message).toContain("CNAME");
    expect(f.message).toContain('"mx1.example.net"');
    expect(f.message).toContain("certificate-host-mismatch");
    expect(f.fix).toBe("example.com. 3600 IN MX 10 mx1.example.net.");
  });

  it("a chain of CNAMEs inside the zone is followed to its final target", () => {
    const findings = lintWith(rule, {
      policy: ENFORCE,
      zone: zoneWith(
        "@ 3600 IN MX 10 mail.example.com.",
        "mail IN CNAME smtp.example.com.",
        "smtp IN CNAME mx1.example.net.",
      ),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].fix).toBe("example.com. 3600 IN MX 10 mx1.example.net.");
  });

  it("a CNAME loop does not hang the rule", () => {
    const findings = lintWith(rule, {
      policy: ENFORCE,
      zone: zoneWith(
        "@ IN MX 10 a.example.com.",
        "a IN CNAME b.example.com.",
        "b IN CNAME a.example.com.",
      ),
    });
    expect(findings).toHaveLength(1);
  });

  it("does not fire for an MX host with an address record, a null MX, or a host outside the zone", () => {
    expect(
      lintWith(rule, {
        policy: ENFORCE,
        zone: zoneWith("@ IN MX 10 mail.example.com.", "mail IN A 192.0.2.25"),
      }),
    ).toEqual([]);
    expect(lintWith(rule, { policy: ENFORCE, zone: zoneWith("@ IN MX 0 .") })).toEqual([]);
    expect(
      lintWith(rule, { policy: ENFORCE, zone: zoneWith("@ IN MX 10 mx1.example.net.") }),
    ).toEqual([]);
  });

  it("a host name that merely starts with digits is not an IP address", () => {
    const findings = lintWith(rule, {
      policy: ENFORCE,
      zone: zoneWith("@ IN MX 10 192-0-2-25.mail.example.net."),
    });
    expect(findings).toEqual([]);
  });

  it("needs a policy: a zone alone is not linted for MTA-STS", () => {
    expect(lintWith(rule, { zone: zoneWith("@ IN MX 10 192.0.2.25.") })).toEqual([]);
  });
});
