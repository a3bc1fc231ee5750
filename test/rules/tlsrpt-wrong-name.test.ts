import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/tlsrpt-wrong-name.js";
import { lintWith, zoneWith } from "../helpers/lint.js";

const RECORD = '"v=TLSRPTv1; rua=mailto:tls@example.com"';

describe("tlsrpt-wrong-name (RFC 8460 §3: the record is at _smtp._tls.<domain>)", () => {
  it.each([
    ["_tlsrpt", "_tlsrpt.example.com"],
    ["_smtp-tlsrpt", "_smtp-tlsrpt.example.com"],
    ["@", "example.com"],
    ["_smtp._tls.example.com", "_smtp._tls.example.com.example.com"],
  ])("fires on a record at %s instead of _smtp._tls", (owner, shown) => {
    const findings = lintWith(rule, { zone: zoneWith(`${owner} IN TXT ${RECORD}`) });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("tlsrpt-wrong-name");
    expect(f.severity).toBe("error");
    expect(f.location.span).toMatchObject({ line: 5, column: 1 });
    expect(f.message).toContain(shown);
    expect(f.message).toContain("Move the record to _smtp._tls.example.com");
  });

  it("still fires on a stray copy when _smtp._tls has its own record", () => {
    const zone = zoneWith(`_smtp._tls IN TXT ${RECORD}`, `_tlsrpt IN TXT ${RECORD}`);
    const [f] = lintWith(rule, { zone });
    expect(f.location.span).toMatchObject({ line: 6 });
    expect(f.message).toContain("copy is ignored");
  });

  it("does not fire on a record at _smtp._tls, nor on unrelated TXT records at those names", () => {
    const zone = zoneWith(
      `_smtp._tls IN TXT ${RECORD}`,
      '@ IN TXT "v=spf1 -all"',
      '_tlsrpt IN TXT "hello"',
    );
    expect(lintWith(rule, { zone })).toEqual([]);
  });
});
