import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../src/parse/policy.js";
import { rule } from "../../src/rules/policy-too-large.js";
import { lintModels, lintWith } from "../helpers/lint.js";

const BASE = "version: STSv1\nmode: enforce\nmx: mx.example.net\nmax_age: 604800\n";

describe("policy-too-large (RFC 8461 §3.3: 64 KiB suggested limit)", () => {
  it("a body over 65536 bytes is an error at the start of the file", () => {
    const policy = BASE + "x-padding: a\n".repeat(5100);
    const findings = lintWith(rule, { policy });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("policy-too-large");
    expect(f.severity).toBe("error");
    expect(f.location.span).toMatchObject({ line: 1, column: 1 });
    expect(f.message).toContain(`${Buffer.byteLength(policy)} bytes`);
    expect(f.message).toContain("postfix-mta-sts-resolver");
  });

  it("exactly 65536 bytes is fine, and so is a normal policy", () => {
    const padded = `${BASE}${"x".repeat(65536 - BASE.length - 4)}: a\n`;
    expect(Buffer.byteLength(padded)).toBe(65536);
    expect(lintWith(rule, { policy: padded })).toEqual([]);
    expect(lintWith(rule, { policy: BASE })).toEqual([]);
  });

  it("a live-fetched body is left to https-too-large (rules.md: oversized live bodies)", () => {
    const policy = parsePolicy(BASE + "x-padding: a\n".repeat(5100), {
      url: "https://mta-sts.example.com/.well-known/mta-sts.txt",
    });
    expect(lintModels(rule, [{ name: "example.com", policy, problems: [] }])).toEqual([]);
  });
});
