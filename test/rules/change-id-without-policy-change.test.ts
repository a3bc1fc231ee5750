import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/change-id-without-policy-change.js";
import { changed, stsZone } from "../helpers/change.js";
import { lintModels, policyText } from "../helpers/lint.js";

describe("change-id-without-policy-change (RFC 8461 §3.1: a new id makes senders refetch)", () => {
  it("a new id with a policy of the same meaning is a notice at the id", () => {
    const findings = lintModels(rule, [
      changed(
        {
          policy: policyText("enforce", "mx1.example.net", "mx2.example.net"),
          zone: stsZone("1", "mx1.example.net"),
        },
        // Same set of patterns, other order and case: the same meaning.
        {
          policy: policyText("enforce", "MX2.example.net", "mx1.example.net"),
          zone: stsZone("2", "mx1.example.net"),
        },
      ),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("notice");
    expect(findings[0].location.span?.line).toBe(5);
    expect(findings[0].message).toContain('"1" → "2"');
    expect(findings[0].message).toContain("harmless");
  });

  it("does not fire when the policy changed too (that is change-deploy-order) or the id stayed", () => {
    const base = {
      policy: policyText("testing", "mx1.example.net"),
      zone: stsZone("1", "mx1.example.net"),
    };
    const findings = lintModels(rule, [
      changed(base, {
        policy: policyText("enforce", "mx1.example.net"),
        zone: stsZone("2", "mx1.example.net"),
      }),
      changed(base, base),
    ]);
    expect(findings).toEqual([]);
  });
});
