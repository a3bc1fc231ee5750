import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/smtp-cert-expiring.js";
import { cert, lintLive, smtp, smtpResult } from "../helpers/live-fixtures.js";

describe("smtp-cert-expiring (under enforce, delivery stops when it expires)", () => {
  it("fires inside the window, per address", () => {
    const findings = lintLive(rule, {
      smtp: [smtp(smtpResult({ certificate: cert({ daysLeft: 1 }) }))],
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "smtp-cert-expiring",
      severity: "warning",
      area: "smtp",
    });
    expect(findings[0].message).toContain("expires in 1 day ");
    expect(findings[0].location.host).toBe("mx1.example.net [192.0.2.25]");
  });

  it("does not fire outside the window or for an invalid certificate", () => {
    expect(lintLive(rule, { smtp: [smtp(smtpResult())] })).toEqual([]);
    expect(
      lintLive(rule, {
        smtp: [
          smtp(
            smtpResult({
              outcome: "cert-invalid",
              certificate: cert({ daysLeft: 1 }),
              tls: { valid: false, problem: "host-mismatch" },
            }),
          ),
        ],
      }),
    ).toEqual([]);
  });
});
