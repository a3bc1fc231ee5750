import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/live-sts-record-drift.js";
import { lintModels, policyText, zoneWith } from "../helpers/lint.js";
import { answer, questions, withDns } from "../helpers/live-dns.js";

const zone = zoneWith('_mta-sts IN TXT "v=STSv1; id=20260101"');
const live = (values: string[], extra = {}) =>
  questions({ stsTxt: answer("_mta-sts.example.com", "TXT", values, extra) });

describe("live-sts-record-drift (RFC 8461 §3.1, §8.1: the live record is what senders see)", () => {
  it("a different live id: a deploy is pending or the record changed outside the repository", () => {
    const model = withDns(
      { zone, policy: policyText("enforce", "mx1.example.com") },
      { answers: live(["v=STSv1; id=20250101"]) },
    );
    const findings = lintModels(rule, [model]);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ rule: "live-sts-record-drift", severity: "warning", area: "dns" });
    expect(f.location).toEqual({ host: "_mta-sts.example.com" });
    expect(f.message).toContain('id "20250101", the zone has id "20260101"');
    expect(f.message).toContain("RFC 8461 §8.1");
  });

  it("the zone's record is not live (NXDOMAIN)", () => {
    const model = withDns({ zone }, { answers: live([], { status: "nxdomain" }) });
    const [f] = lintModels(rule, [model]);
    expect(f.message).toContain("NXDOMAIN");
    expect(f.message).toContain("Deploy the zone");
  });

  it("a live record the zone does not have was published outside the repository", () => {
    const model = withDns({ zone: zoneWith() }, { answers: live(["v=STSv1; id=1"]) });
    const [f] = lintModels(rule, [model]);
    expect(f.message).toContain("which the zone in the repository does not have");
  });

  it("TXT chunks are compared joined: the same record split differently is no drift", () => {
    const split = zoneWith('_mta-sts IN TXT "v=STSv1; " "id=20260101"');
    const model = withDns({ zone: split }, { answers: live(["v=STSv1; id=20260101"]) });
    expect(lintModels(rule, [model])).toEqual([]);
  });

  it("other TXT records at the name do not count (only v=STSv1 records are the record)", () => {
    const model = withDns(
      { zone },
      { answers: live(["v=STSv1; id=20260101", "google-site-verification=abc"]) },
    );
    expect(lintModels(rule, [model])).toEqual([]);
  });

  it("RFC 8461 §8.2 delegation: the zone's CNAME is compared with the live chain", () => {
    const delegated = zoneWith("_mta-sts IN CNAME _mta-sts.provider.example.net.");
    const same = withDns(
      { zone: delegated },
      { answers: live(["v=STSv1; id=9"], { cnames: ["_mta-sts.provider.example.net"] }) },
    );
    expect(lintModels(rule, [same])).toEqual([]);
    const gone = withDns({ zone: delegated }, { answers: live(["v=STSv1; id=9"]) });
    const [f] = lintModels(rule, [gone]);
    expect(f.message).toContain("has no CNAME there");
  });

  it("a failed lookup is live-dns-error's, not drift", () => {
    const model = withDns({ zone }, { answers: live([], { status: "timeout" }) });
    expect(lintModels(rule, [model])).toEqual([]);
  });

  it("no zone, or no live checks: nothing to compare", () => {
    expect(lintModels(rule, [withDns({}, { answers: live(["v=STSv1; id=1"]) })])).toEqual([]);
  });

  it("server text is data: control characters are shown, not passed through", () => {
    const model = withDns({ zone }, { answers: live(["v=STSv1; id=1\u001b[31m"]) });
    const [f] = lintModels(rule, [model]);
    expect(f.message).not.toContain("\u001b");
    expect(f.message).toContain("\\x1b");
  });

  it("many other TXT records at the name are named a few at a time (bounded message)", () => {
    const others = Array.from({ length: 30 }, (_, i) => `site-verification=${i}`);
    const model = withDns({ zone }, { answers: live(others) });
    const [f] = lintModels(rule, [model]);
    expect(f.message).toContain("and 25 more");
    expect(f.message).not.toContain("site-verification=29");
  });
});
