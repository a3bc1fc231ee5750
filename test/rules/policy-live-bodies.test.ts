import { describe, expect, it } from "vitest";
import { RULES } from "../../src/rules/index.js";
import { family, https, lintLive, POLICY_URL } from "../helpers/live-fixtures.js";

/**
 * rules.md: the policy rules apply "to the local file and to every live-fetched body", with the
 * URL and line as the location; the same body over IPv4 and IPv6 is one body.
 */
const BAD = "version: STSv1\nmode: enforce\nmx: mx1.example.net\nmax_age: 99999999999\n";
const policyRules = RULES.filter((r) => r.scope === "policy");

describe("policy-* rules over live-fetched bodies", () => {
  it("a fetched body is judged at the URL and line; the local file separately", () => {
    const findings = lintLive(policyRules, { https: https(family({}, BAD)) });
    const live = findings.filter((f) => f.location.url === POLICY_URL);
    expect(live.map((f) => [f.rule, f.location.span?.line])).toEqual([["policy-max-age", 4]]);
    expect(findings.filter((f) => f.location.file === "mta-sts.txt")).toEqual([]);
  });

  it("the same body over both families is judged once; different bodies each", () => {
    const same = lintLive(policyRules, {
      https: https(family({}, BAD), family({ family: 6 }, BAD)),
    });
    expect(same.filter((f) => f.rule === "policy-max-age")).toHaveLength(1);
    const other = BAD.replace("99999999999", "x");
    const both = lintLive(policyRules, {
      https: https(family({}, BAD), family({ family: 6 }, other)),
    });
    expect(both.filter((f) => f.rule === "policy-max-age")).toHaveLength(2);
  });

  it("bodies not parsed (truncated, wrong media type) are not judged", () => {
    const findings = lintLive(policyRules, {
      https: https(
        family({
          response: { status: 200, contentType: "text/html", bytesRead: 9, truncated: false },
        }),
      ),
      policy: null,
    });
    expect(findings).toEqual([]);
  });
});
