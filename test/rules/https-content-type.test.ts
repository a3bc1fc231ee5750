import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/https-content-type.js";
import { family, https, lintLive } from "../helpers/live-fixtures.js";

const typed = (contentType: string | undefined) =>
  family({ response: { status: 200, contentType, bytesRead: 10, truncated: false } });

describe("https-content-type (RFC 8461 §3.2: text/plain; postfix-mta-sts-resolver rejects others)", () => {
  it("text/html is an error naming the header and postfix-mta-sts-resolver", () => {
    const findings = lintLive(rule, { https: https(typed("text/html; charset=utf-8")) });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "https-content-type", severity: "error" });
    expect(findings[0].message).toContain('Content-Type "text/html; charset=utf-8"');
    expect(findings[0].message).toContain("postfix-mta-sts-resolver");
    expect(findings[0].fix).toBe("Content-Type: text/plain; charset=utf-8");
  });

  it("a missing header is reported as such", () => {
    expect(lintLive(rule, { https: https(typed(undefined)) })[0].message).toContain(
      "no Content-Type header",
    );
  });

  it("case and parameters do not matter", () => {
    expect(lintLive(rule, { https: https(typed("TEXT/Plain ; charset=us-ascii")) })).toEqual([]);
  });

  it("only a 200 is judged", () => {
    expect(
      lintLive(rule, {
        https: https(
          family({
            response: { status: 404, contentType: "text/html", bytesRead: 0, truncated: false },
          }),
        ),
      }),
    ).toEqual([]);
  });
});
