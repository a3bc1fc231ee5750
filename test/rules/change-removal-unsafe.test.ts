import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/change-removal-unsafe.js";
import { changed, stsZone } from "../helpers/change.js";
import { lintModels, policyText, zoneWith } from "../helpers/lint.js";

const enforced = {
  policy: policyText("enforce", "mx1.example.net"),
  zone: stsZone("1", "mx1.example.net"),
};

describe("change-removal-unsafe (RFC 8461 §8.3: removal via mode none)", () => {
  it("deleting the record and the policy host under an enforce policy is an error with the mode none policy as the fix", () => {
    const findings = lintModels(rule, [
      changed(enforced, {
        policy: policyText("enforce", "mx1.example.net"),
        zone: zoneWith("@ IN MX 10 mx1.example.net."),
      }),
    ]);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.severity).toBe("error");
    expect(f.location.file).toBe("zones/example.com.zone");
    expect(f.message).toContain("_mta-sts.example.com TXT record");
    expect(f.message).toContain("mta-sts.example.com");
    expect(f.message).toContain("mode none");
    expect(f.message).toContain("2026-12-05T12:00:00Z");
    expect(f.fix).toBe("version: STSv1\nmode: none\nmx: mx1.example.net\nmax_age: 86400\n");
  });

  it("a deleted policy file (configured path now missing) counts as a removal", () => {
    const head = changed(enforced, { zone: stsZone("1", "mx1.example.net") });
    head.policyFile = "mta-sts.txt";
    head.problems.push({ file: "mta-sts.txt", area: "policy", reason: "file not found" });
    const findings = lintModels(rule, [head]);
    expect(findings.map((f) => f.location.file)).toEqual(["mta-sts.txt"]);
  });

  it("does not fire for the proper procedure: mode none with a new id first, then removal once base is none", () => {
    const step1 = changed(enforced, {
      policy: policyText("none", "mx1.example.net"),
      zone: stsZone("2", "mx1.example.net"),
    });
    const step2 = changed(
      { policy: policyText("none", "mx1.example.net"), zone: stsZone("2", "mx1.example.net") },
      { zone: zoneWith("@ IN MX 10 mx1.example.net.") },
    );
    // A policy file moved elsewhere (and configured there) is not a removal either.
    const moved = changed(enforced, { ...enforced, policyFile: "site/.well-known/mta-sts.txt" });
    expect(lintModels(rule, [step1, step2, moved])).toEqual([]);
  });
});
