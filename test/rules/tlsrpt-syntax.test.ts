import { describe, expect, it } from "vitest";
import { rule as rua } from "../../src/rules/tlsrpt-rua.js";
import { rule } from "../../src/rules/tlsrpt-syntax.js";
import { lintWith, zoneWith } from "../helpers/lint.js";

const txt = (value: string) => zoneWith(`_smtp._tls IN TXT "${value}"`);

describe("tlsrpt-syntax (RFC 8460 §3 ABNF)", () => {
  it("fires on a version in the wrong case, at the tag", () => {
    const findings = lintWith(rule, { zone: txt("v=TLSRPTV1; rua=mailto:tls@example.com") });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("tlsrpt-syntax");
    expect(f.severity).toBe("error");
    // `_smtp._tls IN TXT "` is 19 characters: the tag spans columns 20-29.
    expect(f.location.span).toEqual({ line: 5, column: 20, endLine: 5, endColumn: 30 });
    expect(f.message).toContain("wrong case");
    expect(f.fix).toBe("v=TLSRPTv1; rua=mailto:tls@example.com");
  });

  it("fires on a comma between the version and rua", () => {
    const [f] = lintWith(rule, { zone: txt("v=TLSRPTv1, rua=mailto:tls@example.com") });
    expect(f.message).toContain('";"');
    expect(f.fix).toBe("v=TLSRPTv1; rua=mailto:tls@example.com");
  });

  it("does not fire on the RFC 8460 §3.1 examples", () => {
    expect(lintWith(rule, { zone: txt("v=TLSRPTv1;rua=mailto:reports@example.com") })).toEqual([]);
    expect(
      lintWith(rule, { zone: txt("v=TLSRPTv1; rua=https://reporting.example.com/v1/tlsrpt") }),
    ).toEqual([]);
  });

  it("leaves a malformed rua URI to tlsrpt-rua (one root cause, one finding)", () => {
    const zone = txt("v=TLSRPTv1; rua=mailto:tls@example.com!10m");
    expect(lintWith([rule, rua], { zone }).map((f) => f.rule)).toEqual(["tlsrpt-rua"]);
  });

  it("does not judge unrelated records at _smtp._tls", () => {
    expect(lintWith(rule, { zone: txt("v=spf1 -all") })).toEqual([]);
  });
});
