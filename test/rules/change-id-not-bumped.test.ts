import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/change-id-not-bumped.js";
import { changed, policyWithMaxAge, stsZone } from "../helpers/change.js";
import { lintModels, policyText } from "../helpers/lint.js";

// stsZone puts the _mta-sts record on line 5 (zoneWith's first extra line).
const RECORD_LINE = 5;

describe("change-id-not-bumped (RFC 8461 §3.1: senders refetch only on a new id)", () => {
  it("an mx added under the same id is an error at the id, with a fresh timestamp id as the fix", () => {
    const model = changed(
      {
        policy: policyWithMaxAge("enforce", 1209600, "mx1.example.net"),
        zone: stsZone("20260101", "mx1.example.net"),
      },
      {
        policy: policyWithMaxAge("enforce", 1209600, "mx1.example.net", "mx2.example.net"),
        zone: stsZone("20260101", "mx1.example.net"),
      },
    );
    const findings = lintModels(rule, [model]);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.severity).toBe("error");
    expect(f.area).toBe("change");
    expect(f.location.file).toBe("zones/example.com.zone");
    expect(f.location.span?.line).toBe(RECORD_LINE);
    expect(f.message).toContain('mx added: "mx2.example.net"');
    expect(f.message).toContain("max_age 1209600 s = 14 days");
    expect(f.message).toContain("20261128120000");
    expect(f.fix).toBe("v=STSv1; id=20261128120000");
  });

  it("testing → enforce under the same id fires (a mode change is a change of meaning)", () => {
    const findings = lintModels(rule, [
      changed(
        { policy: policyText("testing", "mx1.example.net"), zone: stsZone("1", "mx1.example.net") },
        { policy: policyText("enforce", "mx1.example.net"), zone: stsZone("1", "mx1.example.net") },
      ),
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining('mode "testing" → "enforce"'),
    ]);
  });

  it("does not fire when only bytes changed: order, case, trailing dots and line ends (same meaning)", () => {
    const head = "max_age: 604800\r\nmx: MX1.example.net.\r\nmode: enforce\r\nversion: STSv1\r\n";
    const findings = lintModels(rule, [
      changed(
        { policy: policyText("enforce", "mx1.example.net"), zone: stsZone("1", "mx1.example.net") },
        { policy: head, zone: stsZone("1", "mx1.example.net") },
      ),
    ]);
    expect(findings).toEqual([]);
  });

  it("does not fire when the id changed with the policy, or for a domain new in this revision", () => {
    const head = {
      policy: policyText("enforce", "mx1.example.net", "mx2.example.net"),
      zone: stsZone("2", "mx1.example.net"),
    };
    const bumped = changed(
      { policy: policyText("enforce", "mx1.example.net"), zone: stsZone("1", "mx1.example.net") },
      head,
    );
    expect(lintModels(rule, [bumped, changed(null, head)])).toEqual([]);
  });
});
