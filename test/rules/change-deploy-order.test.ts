import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/change-deploy-order.js";
import { changed, stsZone } from "../helpers/change.js";
import { lintModels, policyText } from "../helpers/lint.js";

describe("change-deploy-order (RFC 8461 §8.1: the policy body before the TXT record)", () => {
  it("policy and id changing together is a notice that names the order and the policy URL", () => {
    const findings = lintModels(rule, [
      changed(
        { policy: policyText("testing", "mx1.example.net"), zone: stsZone("1", "mx1.example.net") },
        { policy: policyText("enforce", "mx1.example.net"), zone: stsZone("2", "mx1.example.net") },
      ),
    ]);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.severity).toBe("notice");
    expect(f.location.span?.line).toBe(5);
    expect(f.message).toContain("https://mta-sts.example.com/.well-known/mta-sts.txt");
    expect(f.message).toContain("first the policy file");
    expect(f.message).toContain("max_age 604800 s = 7 days");
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
