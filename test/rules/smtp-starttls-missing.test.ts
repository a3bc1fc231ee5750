import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/smtp-starttls-missing.js";
import { lintLive, smtp, smtpResult } from "../helpers/live-fixtures.js";

const missing = smtpResult({
  outcome: "starttls-missing",
  phase: "ehlo",
  starttlsOffered: false,
  tls: undefined,
  certificate: undefined,
  error: "the EHLO answer does not list STARTTLS",
});

describe("smtp-starttls-missing (RFC 8461 §4.2; RFC 8460 starttls-not-supported)", () => {
  it("enforce → error, with the RFC 8460 result type", () => {
    const findings = lintLive(rule, { smtp: [smtp(missing)] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "smtp-starttls-missing", severity: "error" });
    expect(findings[0].message).toContain('"starttls-not-supported"');
    expect(findings[0].message).toContain("do not deliver");
  });

  it("testing → warning", () => {
    const testing = "version: STSv1\nmode: testing\nmx: mx1.example.net\nmax_age: 604800\n";
    expect(lintLive(rule, { smtp: [smtp(missing)], policy: testing })[0].severity).toBe("warning");
  });

  it("does not fire when STARTTLS works", () => {
    expect(lintLive(rule, { smtp: [smtp(smtpResult())] })).toEqual([]);
  });
});
