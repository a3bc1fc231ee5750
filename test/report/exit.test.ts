import { describe, expect, it } from "vitest";
import { counts, formatCounts, reachesFailOn, resultOf } from "../../src/report/exit.js";
import { mxRequired, report, tlsrptMissing } from "./reports.js";

const notice = { ...tlsrptMissing, rule: "policy-mode-testing", severity: "notice" as const };

describe("fail-on (interface.md: exit 1 when a finding reaches --fail-on)", () => {
  it("error fails on errors only", () => {
    expect(reachesFailOn(report([tlsrptMissing, notice]), "error")).toBe(false);
    expect(reachesFailOn(report([mxRequired]), "error")).toBe(true);
  });

  it("warning fails on warnings and errors, not notices", () => {
    expect(reachesFailOn(report([notice]), "warning")).toBe(false);
    expect(reachesFailOn(report([tlsrptMissing]), "warning")).toBe(true);
    expect(reachesFailOn(report([mxRequired]), "warning")).toBe(true);
  });

  it("notice fails on anything; never on nothing", () => {
    expect(reachesFailOn(report([notice]), "notice")).toBe(true);
    expect(reachesFailOn(report([]), "notice")).toBe(false);
    expect(reachesFailOn(report([mxRequired]), "never")).toBe(false);
    expect(resultOf(report([mxRequired]), "error")).toBe("fail");
    expect(resultOf(report([notice]), "error")).toBe("pass");
  });

  it("counts by severity and words the count line with singular and plural", () => {
    const c = counts([mxRequired, tlsrptMissing, tlsrptMissing]);
    expect(c).toEqual({ errors: 1, warnings: 2, notices: 0 });
    expect(formatCounts(c)).toBe("1 error, 2 warnings, 0 notices");
  });
});
