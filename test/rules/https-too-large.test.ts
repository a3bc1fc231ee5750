import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/https-too-large.js";
import { rule as policyTooLarge } from "../../src/rules/policy-too-large.js";
import { family, https, lintLive } from "../helpers/live-fixtures.js";

const large = family({
  response: { status: 200, contentType: "text/plain", bytesRead: 65537, truncated: true },
});

describe("https-too-large (RFC 8461 §3.3: at most 64 KiB read)", () => {
  it("a truncated body is one error; the truncated body is not linted (no policy-too-large)", () => {
    const findings = lintLive([policyTooLarge, rule], {
      https: https(large, { ...large, family: 6 }),
      policy: null,
    });
    expect(findings.map((f) => f.rule)).toEqual(["https-too-large"]);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].message).toContain("65536 bytes");
    expect(findings[0].message).toContain("IPv4 and IPv6");
  });

  it("does not fire for a normal body", () => {
    expect(lintLive(rule, { https: https(family()) })).toEqual([]);
  });
});
