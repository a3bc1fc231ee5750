import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/live-mx-drift.js";
import { lintModels, zoneWith } from "../helpers/lint.js";
import { answer, questions, withDns } from "../helpers/live-dns.js";

const zone = zoneWith("@ IN MX 10 mx1.example.com.", "@ IN MX 20 mx2.example.com.");
const live = (values: string[], extra = {}) =>
  questions({ mx: answer("example.com", "MX", values, extra) });

describe("live-mx-drift (RFC 8461 §4.1: senders match the MX hosts they see live)", () => {
  it("a live MX host the zone does not have, and one missing", () => {
    const model = withDns(
      { zone },
      { answers: live(["10 mx1.example.com", "20 mx3.example.net"]) },
    );
    const findings = lintModels(rule, [model]);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ rule: "live-mx-drift", severity: "warning", area: "dns" });
    expect(f.location).toEqual({ host: "example.com" });
    expect(f.message).toContain('live only: "20 mx3.example.net"');
    expect(f.message).toContain('zone only: "20 mx2.example.com"');
  });

  it("rules.md: a changed preference is drift too", () => {
    const model = withDns({ zone }, { answers: live(["10 mx1.example.com", "5 mx2.example.com"]) });
    const [f] = lintModels(rule, [model]);
    expect(f.message).toContain("a changed preference");
  });

  it("the same set in another order is no drift", () => {
    const model = withDns(
      { zone },
      { answers: live(["20 mx2.example.com", "10 mx1.example.com"]) },
    );
    expect(lintModels(rule, [model])).toEqual([]);
  });

  it("no live MX at all (NODATA) while the zone has some", () => {
    const [f] = lintModels(rule, [withDns({ zone }, { answers: live([]) })]);
    expect(f.message).toContain("NODATA");
  });

  it("a null MX compares as itself (RFC 7505)", () => {
    const nullZone = zoneWith("@ IN MX 0 .");
    expect(lintModels(rule, [withDns({ zone: nullZone }, { answers: live(["0 ."]) })])).toEqual([]);
  });

  it("a failed lookup is live-dns-error's, not drift", () => {
    const model = withDns({ zone }, { answers: live([], { status: "refused" }) });
    expect(lintModels(rule, [model])).toEqual([]);
  });

  it("a live answer with many MX records names a few and counts the rest (bounded message)", () => {
    const many = Array.from({ length: 40 }, (_, i) => `10 mx${i + 10}.example.net`);
    const [f] = lintModels(rule, [withDns({ zone }, { answers: live(many) })]);
    expect(f.message).toContain("and 35 more");
    expect(f.message).not.toContain("mx49.example.net");
  });
});
