import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/change-removal-unsafe.js";
import { changed, stsZone } from "../helpers/change.js";
import { lintModels, policyText, zoneWith } from "../helpers/lint.js";

const enforced = {
  policy: policyText("enforce", "mx1.example.net"),
  zone: stsZone("1", "mx1.example.net"),
};

describe("change-removal-unsafe (RFC 8461 §8.3: removal via mode none)", () => {
  it("deleting the record and the policy host under an enforce policy is an error that names the mode none policy", () => {
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
    // The finding points at the zone: a policy body is no replacement for a zone line, so it
    // is in the message, not in `fix`.
    expect(f.fix).toBeUndefined();
    expect(f.message).toContain(
      '"version: STSv1", "mode: none", "mx: mx1.example.net", "max_age: 86400"',
    );
  });

  it('a base policy without a valid max_age is worded once ("up to its max_age")', () => {
    const noMaxAge = policyText("enforce", "mx1.example.net").replace("max_age: 604800\n", "");
    const findings = lintModels(rule, [
      changed(
        { policy: noMaxAge, zone: stsZone("1", "mx1.example.net") },
        { policy: noMaxAge, zone: zoneWith("@ IN MX 10 mx1.example.net.") },
      ),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("for up to its max_age,");
    expect(findings[0].message).toContain("was mode enforce, no valid max_age.");
    expect(findings[0].message).not.toMatch(/its its|'s its/);
  });

  it("a deleted policy file (configured path now missing) counts as a removal", () => {
    const head = changed(enforced, { zone: stsZone("1", "mx1.example.net") });
    head.policyFile = "mta-sts.txt";
    // Judged by the kind of failure the reader reported, not by the wording of its reason.
    head.problems.push({ file: "mta-sts.txt", area: "policy", reason: "gone", kind: "missing" });
    const findings = lintModels(rule, [head]);
    expect(findings.map((f) => f.location.file)).toEqual(["mta-sts.txt"]);
    // Located at the policy file itself: the mode none body is its replacement.
    expect(findings[0].fix).toBe(
      "version: STSv1\nmode: none\nmx: mx1.example.net\nmax_age: 86400\n",
    );
  });

  it("an unreadable policy file (permissions, not text) is not a removal", () => {
    const head = changed(enforced, { zone: stsZone("1", "mx1.example.net") });
    head.policyFile = "mta-sts.txt";
    head.problems.push({
      file: "mta-sts.txt",
      area: "policy",
      reason: "file not found",
      kind: "unreadable",
    });
    expect(lintModels(rule, [head])).toEqual([]);
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
