import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/smtp-unreachable.js";
import { lintLive, smtp, smtpResult } from "../helpers/live-fixtures.js";

describe("smtp-unreachable (no STARTTLS check possible on port 25)", () => {
  it("a refused or timed-out port 25 is a warning with the hosted-runner hint", () => {
    const findings = lintLive(rule, {
      smtp: [
        smtp(
          smtpResult({ outcome: "timeout", phase: "connect", error: "timed out after 10000 ms" }),
        ),
      ],
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "smtp-unreachable",
      severity: "warning",
      area: "smtp",
    });
    expect(findings[0].location.host).toBe("mx1.example.net [192.0.2.25]");
    expect(findings[0].message).toContain("block outbound port 25");
  });

  it("a refused session (554 greeting) carries the server's words without the port hint", () => {
    const findings = lintLive(rule, {
      smtp: [
        smtp(
          smtpResult({
            outcome: "protocol-error",
            phase: "banner",
            error: "greeting was 554 go away",
          }),
        ),
      ],
    });
    expect(findings[0].message).toContain("554 go away");
    expect(findings[0].message).not.toContain("block outbound");
  });

  it("an address refused by the address guard is reported without the port-25 hint", () => {
    const refusedMx = smtp(
      smtpResult({
        address: "10.0.0.25",
        outcome: "connect-failed",
        error: "refused: private address (private)",
      }),
    );
    const findings = lintLive(rule, {
      smtp: [refusedMx],
      refused: [
        {
          host: "mx1.example.net",
          address: "10.0.0.25",
          family: 4,
          area: "smtp",
          category: "private",
        },
      ],
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("private address");
    expect(findings[0].message).not.toContain("block outbound");
  });

  it("does not fire for a working session or a TLS problem", () => {
    expect(lintLive(rule, { smtp: [smtp(smtpResult())] })).toEqual([]);
    expect(lintLive(rule, { smtp: [smtp(smtpResult({ outcome: "starttls-missing" }))] })).toEqual(
      [],
    );
  });
});
