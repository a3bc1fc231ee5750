import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/https-redirect.js";
import { family, https, lintLive } from "../helpers/live-fixtures.js";

const redirect = (status: number, location?: string) =>
  family({ response: { status, location, bytesRead: 0, truncated: false } });

describe("https-redirect (RFC 8461 §3.3: senders MUST NOT follow redirects)", () => {
  it("a 301 names the Location, quoted as data", () => {
    const findings = lintLive(rule, {
      https: https(redirect(301, "https://www.example.com/\u001b[31m")),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "https-redirect", severity: "error" });
    expect(findings[0].message).toContain("answers 301");
    expect(findings[0].message).toContain('"https://www.example.com/\\x1b[31m"');
    expect(findings[0].message).toContain("MUST NOT follow redirects");
  });

  it("a redirect without Location says so", () => {
    const findings = lintLive(rule, { https: https(redirect(302)) });
    expect(findings[0].message).toContain("without a Location header");
  });

  it("does not fire for 200 or 404", () => {
    expect(lintLive(rule, { https: https(family()) })).toEqual([]);
    expect(lintLive(rule, { https: https(redirect(404)) })).toEqual([]);
  });
});
