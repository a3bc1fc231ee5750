import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/https-cert-expiring.js";
import { cert, family, https, lintLive } from "../helpers/live-fixtures.js";

describe("https-cert-expiring (renewal broken before senders notice)", () => {
  it("fires inside the configured window, naming the days and the window", () => {
    const findings = lintLive(rule, {
      https: https(family({ certificate: cert({ daysLeft: 6 }) })),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "https-cert-expiring",
      severity: "warning",
      area: "https",
    });
    expect(findings[0].message).toContain("expires in 6 days");
    expect(findings[0].message).toContain("14-day warning window");
  });

  it("follows the configured threshold (certExpiryDays)", () => {
    const c = cert({ daysLeft: 20, expiryThresholdDays: 30 });
    expect(lintLive(rule, { https: https(family({ certificate: c })) })).toHaveLength(1);
    expect(
      lintLive(rule, { https: https(family({ certificate: cert({ daysLeft: 20 }) })) }),
    ).toEqual([]);
  });

  it("one certificate served over both families is one finding", () => {
    const c = cert({ daysLeft: 2 });
    const findings = lintLive(rule, {
      https: https(family({ certificate: c }), family({ family: 6, certificate: c })),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("(IPv4 and IPv6)");
  });

  it("does not fire for an expired (invalid) certificate: that is https-cert-invalid", () => {
    const c = cert({ daysLeft: -1 });
    expect(
      lintLive(rule, {
        https: https(
          family({
            certificate: c,
            outcome: "cert-invalid",
            tls: { valid: false, problem: "expired" },
          }),
        ),
      }),
    ).toEqual([]);
  });
});
