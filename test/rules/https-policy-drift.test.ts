import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/https-policy-drift.js";
import { ENFORCE_POLICY, family, https, lintLive } from "../helpers/live-fixtures.js";

describe("https-policy-drift (the served policy is what senders act on, RFC 8461 §3.2)", () => {
  it("a different mode and mx set is reported local → live", () => {
    const live =
      "version: STSv1\nmode: testing\nmx: mx1.example.net\nmx: mx2.example.net\nmax_age: 604800\n";
    const findings = lintLive(rule, { https: https(family({}, live)) });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "https-policy-drift", severity: "warning" });
    expect(findings[0].message).toContain('mode "enforce" → "testing"');
    expect(findings[0].message).toContain('mx added: "mx2.example.net"');
    expect(findings[0].message).toContain("mta-sts.txt");
  });

  it("a difference in form only (CRLF, order, case of mx) is not drift", () => {
    const live = "version: STSv1\r\nmax_age: 604800\r\nmx: MX1.example.net\r\nmode: enforce\r\n";
    expect(lintLive(rule, { https: https(family({}, live)) })).toEqual([]);
    expect(lintLive(rule, { https: https(family({}, ENFORCE_POLICY)) })).toEqual([]);
  });

  it("needs a local policy and a fetched body", () => {
    expect(lintLive(rule, { https: https(family({}, "mode: none\n")), policy: null })).toEqual([]);
    expect(lintLive(rule, { https: https(family({ response: undefined })) })).toEqual([]);
  });
});
