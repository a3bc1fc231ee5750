import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/change-mx-not-in-published-policy.js";
import { changed, policyWithMaxAge, stsZone } from "../helpers/change.js";
import { lintModels, policyText } from "../helpers/lint.js";

// stsZone: record on line 5, policy host on 6, MX records from line 7.
const SECOND_MX_LINE = 8;

describe("change-mx-not-in-published-policy (RFC 8461 §4.1, §5.1: senders match against the cached policy)", () => {
  it("a new MX outside the cached enforce policy is an error at the new MX line, with the date it becomes safe", () => {
    const findings = lintModels(rule, [
      changed(
        {
          policy: policyWithMaxAge("enforce", 1209600, "mx1.example.net"),
          zone: stsZone("1", "mx1.example.net"),
        },
        // The head does everything right in one revision, yet caches still hold the old policy.
        {
          policy: policyWithMaxAge("enforce", 1209600, "mx1.example.net", "mx3.example.org"),
          zone: stsZone("2", "mx1.example.net", "mx3.example.org"),
        },
      ),
    ]);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.severity).toBe("error");
    expect(f.location.span?.line).toBe(SECOND_MX_LINE);
    expect(f.message).toContain('"mx3.example.org"');
    expect(f.message).toContain("max_age 1209600 s = 14 days");
    expect(f.message).toContain("2026-12-12T12:00:00Z");
    expect(f.message).toContain("validation-failure");
  });

  it("a cached testing policy makes it a warning", () => {
    const findings = lintModels(rule, [
      changed(
        { policy: policyText("testing", "mx1.example.net"), zone: stsZone("1", "mx1.example.net") },
        {
          policy: policyText("testing", "mx1.example.net"),
          zone: stsZone("1", "mx1.example.net", "mx3.example.org"),
        },
      ),
    ]);
    expect(findings.map((f) => f.severity)).toEqual(["warning"]);
  });

  it("does not fire for a new MX the cached wildcard covers, an MX already there, or a cached mode none policy", () => {
    const findings = lintModels(rule, [
      changed(
        { policy: policyText("enforce", "*.example.net"), zone: stsZone("1", "mx1.example.net") },
        {
          policy: policyText("enforce", "*.example.net"),
          zone: stsZone("1", "mx1.example.net", "mx2.example.net"),
        },
      ),
      changed(
        {
          policy: policyText("enforce", "mx1.example.net"),
          zone: stsZone("1", "mx1.example.net", "mx9.example.org"),
        },
        {
          policy: policyText("enforce", "mx1.example.net"),
          zone: stsZone("1", "mx1.example.net", "mx9.example.org"),
        },
      ),
      changed(
        { policy: policyText("none", "mx1.example.net"), zone: stsZone("1", "mx1.example.net") },
        {
          policy: policyText("none", "mx1.example.net"),
          zone: stsZone("1", "mx1.example.net", "mx3.example.org"),
        },
      ),
    ]);
    expect(findings).toEqual([]);
  });
});
