import { describe, expect, it } from "vitest";
import { changeTimeline } from "../../src/model/change-timeline.js";
import { changed, policyWithMaxAge, stsZone } from "../helpers/change.js";
import { policyText, zoneWith } from "../helpers/lint.js";

const enforced = {
  policy: policyWithMaxAge("enforce", 1209600, "mx1.example.net"),
  zone: stsZone("1", "mx1.example.net"),
};

describe("change timeline (RFC 8461 §8.1 order; §8.3 removal)", () => {
  it("a policy edited without a new id: policy file now, then the record with a suggested id", () => {
    const steps = changeTimeline(
      changed(enforced, {
        ...enforced,
        policy: policyWithMaxAge("enforce", 1209600, "mx1.example.net", "mx2.example.net"),
      }),
    );
    expect(steps.map((s) => s.when)).toEqual([
      "now",
      "after the new policy file is served (RFC 8461 §8.1)",
    ]);
    expect(steps[1].step).toContain("with the new id 20261128120000");
    expect(steps.every((s) => s.earliest === undefined)).toBe(true);
  });

  it("records deleted under an enforce policy: mode none, new id, then the removal after the old max_age", () => {
    const steps = changeTimeline(
      changed(enforced, { policy: enforced.policy, zone: zoneWith("@ IN MX 10 mx1.example.net.") }),
    );
    expect(steps.map((s) => s.step)).toEqual([
      expect.stringContaining("Publish a policy with mode none"),
      expect.stringContaining("with a new id (20261128120000)"),
      "Remove the _mta-sts.example.com TXT record, the policy host mta-sts.example.com",
    ]);
    expect(steps[2].earliest).toBe("2026-12-12T12:00:00Z");
  });

  it('a base policy without a valid max_age: the wait names "the base policy\'s max_age" and no time', () => {
    const noMaxAge = policyText("enforce", "mx1.example.net").replace("max_age: 604800\n", "");
    const steps = changeTimeline(
      changed(
        { policy: noMaxAge, zone: stsZone("1", "mx1.example.net") },
        { policy: noMaxAge, zone: zoneWith("@ IN MX 10 mx1.example.net.") },
      ),
    );
    expect(steps[2].when).toBe(
      "after the new policy and id are live + the base policy's max_age (until then senders may still apply the cached base policy)",
    );
    expect(steps[2].earliest).toBeUndefined();
  });

  it("nothing risky: no steps (same meaning, a new domain, a base that never published a policy)", () => {
    expect(changeTimeline(changed(enforced, enforced))).toEqual([]);
    expect(changeTimeline(changed(null, enforced))).toEqual([]);
    expect(
      changeTimeline(changed({ policy: policyText("enforce", "mx1.example.net") }, enforced)),
    ).toEqual([]);
  });
});
