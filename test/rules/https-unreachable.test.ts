import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/https-unreachable.js";
import { family, https, lintLive, POLICY_URL } from "../helpers/live-fixtures.js";

const refused = {
  outcome: "connect-failed" as const,
  phase: "connect" as const,
  error: "connection refused",
  tls: undefined,
  certificate: undefined,
  response: undefined,
};

describe("https-unreachable (RFC 8461 §3.3: the policy is fetched over HTTPS)", () => {
  it("no family works: one error naming both families and why", () => {
    const findings = lintLive(rule, {
      https: https(family(refused), family({ ...refused, family: 6, address: "2001:db8::10" })),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "https-unreachable",
      severity: "error",
      area: "https",
    });
    expect(findings[0].location.url).toBe(POLICY_URL);
    expect(findings[0].message).toContain("IPv4 (192.0.2.10) and IPv6 (2001:db8::10)");
    expect(findings[0].message).toContain('"192.0.2.10: connection refused"');
    expect(findings[0].message).toContain("sts-policy-fetch-error");
  });

  it("one family failing while the other works is a warning naming the failing family", () => {
    const findings = lintLive(rule, {
      https: https(family(), family({ ...refused, family: 6, address: "2001:db8::10" })),
    });
    expect(findings.map((f) => f.severity)).toEqual(["warning"]);
    expect(findings[0].message).toContain("via IPv6 (2001:db8::10)");
    expect(findings[0].message).toContain("IPv4 works");
    expect(findings[0].message).toContain("AAAA record");
  });

  it("a family with an invalid certificate does not count as working: the other's failure is an error", () => {
    const badCert = family({
      outcome: "cert-invalid",
      response: undefined,
      tls: { valid: false, problem: "expired" },
    });
    const findings = lintLive(rule, {
      https: https(badCert, family({ ...refused, family: 6, address: "2001:db8::10" })),
    });
    expect(findings.map((f) => f.severity)).toEqual(["error"]);
    expect(findings[0].message).toContain("No address family works");
  });

  it("names plain-HTTP-only hosting when port 80 answers", () => {
    const findings = lintLive(rule, {
      https: https(family({ ...refused, plainHttp: { port: 80, status: 200 } })),
    });
    expect(findings[0].message).toContain("Port 80 serves the policy over plain HTTP (status 200)");
    expect(findings[0].message).toContain("plain HTTP only");
    const redirecting = lintLive(rule, {
      https: https(family({ ...refused, plainHttp: { port: 80, status: 301 } })),
    });
    expect(redirecting[0].message).toContain("Port 80 answers plain HTTP (status 301)");
    expect(redirecting[0].message).not.toContain("plain HTTP only");
  });

  it("lists earlier addresses of the family that failed too", () => {
    const findings = lintLive(rule, {
      https: https(
        family({
          ...refused,
          error: "timed out",
          outcome: "timeout",
          failedAddresses: [{ address: "192.0.2.9", error: "host unreachable" }],
        }),
      ),
    });
    expect(findings[0].message).toContain('"192.0.2.9: host unreachable"');
  });

  it("keeps the message bounded for a host with many addresses", () => {
    const failed = Array.from({ length: 10 }, (_, i) => ({
      address: `192.0.2.${i + 1}`,
      error: "timed out",
    }));
    const findings = lintLive(rule, {
      https: https(family({ ...refused, failedAddresses: failed })),
    });
    expect(findings[0].message).toContain("and 7 more");
    expect(findings[0].message).not.toContain("192.0.2.5:");
  });

  it("a policy host with no address at all is an error", () => {
    const findings = lintLive(rule, { https: https() });
    expect(findings.map((f) => f.severity)).toEqual(["error"]);
    expect(findings[0].message).toContain("no IPv4 or IPv6 address");
  });

  it("does not fire for a working fetch, an HTTP error or an invalid certificate (other rules)", () => {
    expect(lintLive(rule, { https: https(family()) })).toEqual([]);
    expect(
      lintLive(rule, {
        https: https(family({ response: { status: 404, bytesRead: 0, truncated: false } })),
      }),
    ).toEqual([]);
    expect(
      lintLive(rule, {
        https: https(
          family({ outcome: "cert-invalid", tls: { valid: false, problem: "expired" } }),
        ),
      }),
    ).toEqual([]);
    expect(lintLive(rule, {})).toEqual([]);
  });
});
