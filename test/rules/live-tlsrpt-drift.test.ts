import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/live-tlsrpt-drift.js";
import { lintModels, zoneWith } from "../helpers/lint.js";
import { answer, questions, withDns } from "../helpers/live-dns.js";

const zone = zoneWith('_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls@example.com"');
const live = (values: string[], extra = {}) =>
  questions({ tlsrptTxt: answer("_smtp._tls.example.com", "TXT", values, extra) });

describe("live-tlsrpt-drift (RFC 8460 §3: reports go where the live record says)", () => {
  it("a different live rua is drift, naming both records", () => {
    const model = withDns({ zone }, { answers: live(["v=TLSRPTv1; rua=mailto:old@example.com"]) });
    const findings = lintModels(rule, [model]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", area: "dns" });
    expect(findings[0].location).toEqual({ host: "_smtp._tls.example.com" });
    expect(findings[0].message).toContain("mailto:old@example.com");
    expect(findings[0].message).toContain("mailto:tls@example.com");
  });

  it("not live yet (NODATA): senders send no reports", () => {
    const [f] = lintModels(rule, [withDns({ zone }, { answers: live([]) })]);
    expect(f.message).toContain("NODATA");
    expect(f.message).toContain("no TLS-RPT reports");
  });

  it("the same record live and in the zone is no drift", () => {
    const model = withDns({ zone }, { answers: live(["v=TLSRPTv1; rua=mailto:tls@example.com"]) });
    expect(lintModels(rule, [model])).toEqual([]);
  });

  it("a failed lookup is not drift", () => {
    const model = withDns({ zone }, { answers: live([], { status: "servfail" }) });
    expect(lintModels(rule, [model])).toEqual([]);
  });
});
