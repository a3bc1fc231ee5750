import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/change-deploy-order.js";
import { changed, stsZone } from "../helpers/change.js";
import { lintModels, policyText } from "../helpers/lint.js";

describe("change-deploy-order (RFC 8461 §8.1: the policy body before the TXT record)", () => {
  it("policy and id changing together is a notice at the changed policy line that names the order and the policy URL", () => {
    const findings = lintModels(rule, [
      changed(
        { policy: policyText("testing", "mx1.example.net"), zone: stsZone("1", "mx1.example.net") },
        { policy: policyText("enforce", "mx1.example.net"), zone: stsZone("2", "mx1.example.net") },
      ),
    ]);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.severity).toBe("notice");
    // policyText: the mode is on line 2 of the policy file.
    expect(f.location.file).toBe("mta-sts.txt");
    expect(f.location.span?.line).toBe(2);
    expect(f.message).toContain("https://mta-sts.example.com/.well-known/mta-sts.txt");
    expect(f.message).toContain("first the policy file");
    expect(f.message).toContain("max_age 604800 s = 7 days");
  });

  it('a base policy without a valid max_age is worded once ("up to its max_age")', () => {
    const noMaxAge = (mode: string) =>
      policyText(mode, "mx1.example.net").replace("max_age: 604800\n", "");
    const findings = lintModels(rule, [
      changed(
        { policy: noMaxAge("testing"), zone: stsZone("1", "mx1.example.net") },
        { policy: noMaxAge("enforce"), zone: stsZone("2", "mx1.example.net") },
      ),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("keeps it for up to its max_age, without");
    expect(findings[0].message).not.toContain("its its");
  });

  it("an added mx pattern is located at its own line (case and trailing dot as written)", () => {
    const findings = lintModels(rule, [
      changed(
        { policy: policyText("enforce", "mx1.example.net"), zone: stsZone("1", "mx1.example.net") },
        {
          policy: policyText("enforce", "mx1.example.net", "MX3.example.org."),
          zone: stsZone("2", "mx1.example.net"),
        },
      ),
    ]);
    // Matched by meaning: "MX3.example.org." is the added pattern "mx3.example.org".
    expect(findings.map((f) => f.location.span?.line)).toEqual([4]);
  });

  it("does not fire when only the id changed, or only the policy (that is change-id-not-bumped)", () => {
    const base = {
      policy: policyText("testing", "mx1.example.net"),
      zone: stsZone("1", "mx1.example.net"),
    };
    const findings = lintModels(rule, [
      changed(base, { ...base, zone: stsZone("2", "mx1.example.net") }),
      changed(base, { ...base, policy: policyText("enforce", "mx1.example.net") }),
    ]);
    expect(findings).toEqual([]);
  });
});
