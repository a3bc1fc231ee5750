import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/tlsrpt-whitespace.js";
import { lintWith, zoneWith } from "../helpers/lint.js";

const txt = (value: string) => zoneWith(`_smtp._tls IN TXT "${value}"`);

describe("tlsrpt-whitespace (RFC 8460 §3)", () => {
  it("warns on trailing whitespace after the last field, at the whitespace", () => {
    const findings = lintWith(rule, { zone: txt("v=TLSRPTv1; rua=mailto:tls@example.com ") });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("tlsrpt-whitespace");
    expect(f.severity).toBe("warning");
    expect(f.location.span).toEqual({ line: 5, column: 58, endLine: 5, endColumn: 59 });
    expect(f.message).toContain("last field");
    expect(f.fix).toBe("v=TLSRPTv1; rua=mailto:tls@example.com");
  });

  it('warns on "v=TLSRPTv1 ;": senders keep only records beginning with "v=TLSRPTv1;"', () => {
    const [f] = lintWith(rule, { zone: txt("v=TLSRPTv1 ; rua=mailto:tls@example.com") });
    expect(f.location.span).toMatchObject({ line: 5, column: 30 });
    expect(f.fix).toBe("v=TLSRPTv1; rua=mailto:tls@example.com");
  });

  it("does not fire on whitespace before a later ';' (valid ABNF: field-delim = *WSP \";\" *WSP)", () => {
    expect(lintWith(rule, { zone: txt("v=TLSRPTv1; rua=mailto:tls@example.com ; ext=1") })).toEqual(
      [],
    );
  });

  it("does not fire after a final ';', nor on the RFC 8460 §3.1 example", () => {
    expect(lintWith(rule, { zone: txt("v=TLSRPTv1; rua=mailto:tls@example.com; ") })).toEqual([]);
    expect(lintWith(rule, { zone: txt("v=TLSRPTv1;rua=mailto:reports@example.com") })).toEqual([]);
  });
});
