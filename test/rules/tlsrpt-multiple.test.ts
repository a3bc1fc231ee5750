import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/tlsrpt-multiple.js";
import { lintWith, zoneWith } from "../helpers/lint.js";

describe("tlsrpt-multiple (RFC 8460 §3: if the number of records is not one, no TLSRPT)", () => {
  it("fires at the second v=TLSRPTv1 record", () => {
    const zone = zoneWith(
      '_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:a@example.com"',
      '_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:b@example.com"',
    );
    const findings = lintWith(rule, { zone });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("tlsrpt-multiple");
    expect(f.severity).toBe("error");
    expect(f.location.span).toMatchObject({ line: 6, column: 1 });
    expect(f.message).toContain("line 5");
    expect(f.message).toContain("does not implement TLS-RPT");
  });

  it("does not fire on one record with several rua URIs (real-world wblondel/my-dns-zones)", () => {
    const zone = zoneWith(
      '_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:26e6fd52@in.mailhardener.com,mailto:tls-reports@williamblondel.fr"',
      '_smtp._tls IN TXT "v=spf1 -all"',
    );
    expect(lintWith(rule, { zone })).toEqual([]);
  });
});
