import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/https-status.js";
import { family, https, lintLive } from "../helpers/live-fixtures.js";

const status = (code: number) =>
  family({ response: { status: code, bytesRead: 0, truncated: false } });

describe("https-status (RFC 8461 §3.3: only a 200 carries a policy)", () => {
  it("a 404 is an error with the deployment hint", () => {
    const findings = lintLive(rule, { https: https(status(404)) });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "https-status", severity: "error" });
    expect(findings[0].message).toContain("status 404");
    expect(findings[0].message).toContain(".well-known/mta-sts.txt");
  });

  it("a 503 points at the server", () => {
    expect(lintLive(rule, { https: https(status(503)) })[0].message).toContain("5xx");
  });

  it("a 3xx is https-redirect's alone; a 200 is fine", () => {
    expect(lintLive(rule, { https: https(status(301)) })).toEqual([]);
    expect(lintLive(rule, { https: https(family()) })).toEqual([]);
  });
});
