/**
 * MX-matching vectors (RFC 8461 §4.1: a pattern "*.example.net" covers exactly one left-most
 * label; names compare case-insensitively as A-labels without the trailing dot) and the MX
 * consistency rules of rules.md (null MX, mode none, CNAME and IP targets), all rules running.
 * Other checkers get wildcard depth wrong in both directions (substring or suffix matching);
 * mox and postfix-mta-sts-resolver match one label, as the RFC says.
 */
import { describe, expect, it } from "vitest";
import { patternCovers } from "../../src/model/hostname.js";
import { lineOf, lintAll, only, ruleIds, where, zone } from "./vectors.js";

const policy = (mode: string, ...mx: string[]) =>
  `version: STSv1\nmode: ${mode}\n${mx.map((m) => `mx: ${m}\n`).join("")}max_age: ${mode === "none" ? 86400 : 604800}\n`;

/** The rule IDs for a policy and the apex MX lines of the zone. */
const idsFor = (policyText: string, mx: string[], extra: string[] = []) =>
  ruleIds(lintAll({ policy: policyText, zone: zone({ mx, extra }) }));

describe("patternCovers (RFC 8461 §4.1)", () => {
  it.each([
    ["*.example.net", "mx1.example.net", true],
    ["*.example.net", "example.net", false],
    ["*.example.net", "a.b.example.net", false],
    ["*.example.net", "mx1.example.net.", true],
    ["*.example.net", "MX1.EXAMPLE.NET", true],
    ["*.Example.NET", "mx1.example.net", true],
    ["*.example.net", "mx1.badexample.net", false],
    ["*.example.net", "example.net.evil.example", false],
    ["mail.example.com", "mail.example.com", true],
    ["mail.example.com", "MAIL.example.com.", true],
    ["example.com", "mail.example.com", false],
    ["mail.example.com", "example.com", false],
    ["*.mail.example.net", "a.mail.example.net", true],
    ["*.mail.example.net", "mail.example.net", false],
    ["xn--mx-lka.example", "møx.example", true],
  ])("%s covers %s: %s", (pattern, host, expected) => {
    expect(patternCovers(pattern, host)).toBe(expected);
  });
});

describe("MX matching between the policy and the zone, all rules together", () => {
  it.each([
    ["a wildcard covers one label", ["*.example.net"], ["@ IN MX 10 mx1.example.net."]],
    ["the MX written in another case", ["mx1.example.net"], ["@ IN MX 10 MX1.Example.NET."]],
    ["the pattern written in upper case", ["MX1.EXAMPLE.NET"], ["@ IN MX 10 mx1.example.net."]],
    ["an exchange relative to the origin", ["mail.example.com"], ["@ IN MX 10 mail"]],
    ["a deeper wildcard", ["*.mail.example.net"], ["@ IN MX 10 a.mail.example.net."]],
    [
      "a zone MX written as a U-label (rules.md Names)",
      ["xn--mx-lka.example"],
      ["@ IN MX 10 møx.example."],
    ],
    [
      "two MX hosts, each covered",
      ["mx1.example.net", "*.backup.example.org"],
      ["@ IN MX 10 mx1.example.net.", "@ IN MX 20 b1.backup.example.org."],
    ],
  ])("%s: no finding", (_name, patterns, mx) => {
    expect(idsFor(policy("enforce", ...patterns), mx)).toEqual([]);
  });

  it.each([
    ["*.example.net does not cover example.net", ["*.example.net"], ["@ IN MX 10 example.net."]],
    [
      "*.example.net does not cover a.b.example.net",
      ["*.example.net"],
      ["@ IN MX 10 a.b.example.net."],
    ],
    [
      "example.net does not cover mail.example.net",
      ["example.net"],
      ["@ IN MX 10 mail.example.net."],
    ],
  ])("%s: mx-not-covered and mx-pattern-unused", (_name, patterns, mx) => {
    expect(idsFor(policy("enforce", ...patterns), mx)).toEqual([
      "mx-not-covered",
      "mx-pattern-unused",
    ]);
  });

  it("an uncovered MX host is an error in enforce, a warning in testing", () => {
    const mx = ["@ IN MX 10 mx1.example.net.", "@ IN MX 20 mx2.example.net."];
    const enforce = lintAll({ policy: policy("enforce", "mx1.example.net"), zone: zone({ mx }) });
    const testing = lintAll({ policy: policy("testing", "mx1.example.net"), zone: zone({ mx }) });
    expect(ruleIds(enforce)).toEqual(["mx-not-covered"]);
    expect(ruleIds(testing)).toEqual(["mx-not-covered", "policy-mode-testing"]);
    expect([
      only(enforce, "mx-not-covered").severity,
      only(testing, "mx-not-covered").severity,
    ]).toEqual(["error", "warning"]);
    expect(only(enforce, "mx-not-covered").fix).toBe("mx: mx2.example.net");
  });

  it("a pattern that covers no MX host: mx-pattern-unused at the policy line", () => {
    const f = lintAll({
      policy: policy("enforce", "mx1.example.net", "old.example.net"),
      zone: zone({ mx: ["@ IN MX 10 mx1.example.net."] }),
    });
    expect(ruleIds(f)).toEqual(["mx-pattern-unused"]);
    expect(only(f, "mx-pattern-unused").location).toMatchObject({
      file: "mta-sts.txt",
      span: { line: 4 },
    });
  });

  it("an exchange without its trailing dot: one mx-not-covered at the MX record, with the fix", () => {
    const text = zone({ mx: ["@ IN MX 10 mail.example.net"] });
    const f = lintAll({ policy: policy("enforce", "mail.example.net"), zone: text });
    expect(ruleIds(f)).toEqual(["mx-not-covered"]);
    expect(only(f, "mx-not-covered").location.span?.line).toBe(lineOf(text, "@ IN MX"));
    expect(only(f, "mx-not-covered").fix).toBe("example.com. 3600 IN MX 10 mail.example.net.");
  });

  it("*.example.com for example.com covers its MX but is broad (§10.4): notice only", () => {
    expect(idsFor(policy("enforce", "*.example.com"), ["@ IN MX 10 mail.example.com."])).toEqual([
      "policy-mx-wildcard-broad",
    ]);
  });
});

describe("an invalid mx pattern is policy-mx-invalid alone (rules.md: one root cause, one finding)", () => {
  it.each([
    ["a trailing dot", "mx1.example.net.", ["@ IN MX 10 mx1.example.net."]],
    ["a U-label", "møx.example", ["@ IN MX 10 xn--mx-lka.example."]],
    ["a wildcard two labels deep", "*.*.example.net", ["@ IN MX 10 a.b.example.net."]],
    ["a port", "mx1.example.net:25", ["@ IN MX 10 mx1.example.net."]],
    [
      "two names on one line",
      "mx1.example.net, mx2.example.net",
      ["@ IN MX 10 mx1.example.net.", "@ IN MX 20 mx2.example.net."],
    ],
    ["'*' alone", "*", ["@ IN MX 10 mx1.example.net."]],
  ])("%s", (_name, pattern, mx) => {
    expect(idsFor(policy("enforce", pattern), mx)).toEqual(["policy-mx-invalid"]);
  });

  it("an empty mx line as the only one: policy-mx-invalid, not mx-not-covered or policy-mx-required", () => {
    const text = "version: STSv1\nmode: enforce\nmx:\nmax_age: 604800\n";
    expect(idsFor(text, ["@ IN MX 10 mail.example.com."])).toEqual(["policy-mx-invalid"]);
  });

  it("a repairable pattern that names another host is still unused, and the MX still uncovered", () => {
    expect(
      idsFor(policy("enforce", "old.example.net:25"), ["@ IN MX 10 mx1.example.net."]),
    ).toEqual(["mx-not-covered", "mx-pattern-unused", "policy-mx-invalid"]);
  });
});

describe("MX records that are not hosts, and modes that check nothing (rules.md)", () => {
  it("a null MX: mx-null alone, not mx-missing, mx-not-covered or mx-pattern-unused", () => {
    const f = lintAll({
      policy: policy("enforce", "mail.example.com"),
      zone: zone({ mx: ["@ IN MX 0 ."] }),
    });
    expect(ruleIds(f)).toEqual(["mx-null"]);
    expect(f[0].severity).toBe("notice");
  });

  it("no MX with mode enforce: mx-missing", () => {
    expect(idsFor(policy("enforce", "mail.example.com"), [])).toEqual(["mx-missing"]);
  });

  it("MX records only at another name do not count for the domain", () => {
    expect(idsFor(policy("enforce", "mx1.example.net"), ["sub IN MX 10 mx1.example.net."])).toEqual(
      ["mx-missing"],
    );
  });

  it("mode none: no coverage rule fires (no MX, or an uncovered one)", () => {
    expect(idsFor(policy("none"), [])).toEqual([]);
    expect(idsFor(policy("none", "mx1.example.net"), ["@ IN MX 10 mx2.example.net."])).toEqual([]);
  });

  it("an IP address as exchange: mx-target-invalid alone", () => {
    expect(idsFor(policy("enforce", "mail.example.com"), ["@ IN MX 10 192.0.2.1"])).toEqual([
      "mx-target-invalid",
    ]);
  });

  it("an exchange the zone defines as a CNAME: mx-target-invalid, pointing at the MX record", () => {
    const text = zone({
      mx: ["@ IN MX 10 alias.example.com."],
      extra: ["alias IN CNAME mail.example.com."],
    });
    const f = lintAll({ policy: policy("enforce", "alias.example.com"), zone: text });
    expect(ruleIds(f)).toEqual(["mx-target-invalid"]);
    const line = lineOf(text, "@ IN MX");
    expect(where(only(f, "mx-target-invalid"))).toBe(`${line}:1-${line}:30`);
  });

  it("an invalid mode leaves MX coverage unjudged (senders ignore the policy): policy-mode only", () => {
    const text = "version: STSv1\nmode: Enforce\nmx: mx1.example.net\nmax_age: 604800\n";
    expect(idsFor(text, ["@ IN MX 10 mx2.example.net."])).toEqual(["policy-mode"]);
  });
});
