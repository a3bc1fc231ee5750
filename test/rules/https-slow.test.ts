import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/https-slow.js";
import { family, https, lintLive } from "../helpers/live-fixtures.js";

describe("https-slow (postfix-mta-sts-resolver gives up after 4 s)", () => {
  it("a fetch over 4 s is a warning with the time", () => {
    const findings = lintLive(rule, { https: https(family({ elapsedMs: 4700 })) });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "https-slow", severity: "warning" });
    expect(findings[0].message).toContain("took 4.7 s");
    expect(findings[0].message).toContain("postfix-mta-sts-resolver");
  });

  it("4 s exactly, or a failed fetch, does not fire", () => {
    expect(lintLive(rule, { https: https(family({ elapsedMs: 4000 })) })).toEqual([]);
    expect(
      lintLive(rule, { https: https(family({ elapsedMs: 9000, outcome: "timeout" })) }),
    ).toEqual([]);
  });
});
