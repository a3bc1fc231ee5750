import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rule as mxMissing } from "../../src/rules/mx-missing.js";
import { rule as mxNotCovered } from "../../src/rules/mx-not-covered.js";
import { rule as mxNull } from "../../src/rules/mx-null.js";
import { rule as mxPatternUnused } from "../../src/rules/mx-pattern-unused.js";
import { rule as mxTargetInvalid } from "../../src/rules/mx-target-invalid.js";
import { lintWith, policyText, zoneWith } from "../helpers/lint.js";

const MX_RULES = [mxNotCovered, mxPatternUnused, mxMissing, mxNull, mxTargetInvalid];

const label = fc.constantFrom("mx", "mx1", "mail", "a", "b", "example", "net", "xn--mil-qla");
const host = fc.array(label, { minLength: 1, maxLength: 4 }).map((ls) => ls.join("."));
/** Patterns as people write them: any case, sometimes with a trailing dot. */
const pattern = fc
  .tuple(fc.boolean(), host, fc.boolean(), fc.boolean())
  .map(([wild, h, upper, dot]) => {
    const text = `${wild ? "*." : ""}${h}${dot ? "." : ""}`;
    return upper ? text.toUpperCase() : text;
  });

/** The labels of a name, compared without case and without one trailing dot. */
function labels(name: string): string[] {
  const lower = name.toLowerCase();
  return (lower.endsWith(".") ? lower.slice(0, -1) : lower).split(".");
}

/**
 * RFC 8461 §4.1, written out independently of the code under test: an exact pattern names
 * the host itself; "*.S" names a host with exactly one more label than S, the rest being S.
 */
function covers(pattern: string, host: string): boolean {
  const p = labels(pattern);
  const h = labels(host);
  if (p.length !== h.length) return false;
  const [first, ...rest] = p;
  if (first === "*") return rest.every((l, i) => l === h[i + 1]);
  return p.every((l, i) => l === h[i]);
}

describe("MX consistency rules agree with RFC 8461 §4.1 matching on any input", () => {
  it("mx-not-covered fires exactly for the hosts no pattern covers, and mx-pattern-unused for the patterns that cover no host", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(host, { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(pattern, { minLength: 1, maxLength: 4 }),
        (hosts, patterns) => {
          const findings = lintWith([mxNotCovered, mxPatternUnused], {
            policy: policyText("enforce", ...patterns),
            zone: zoneWith(...hosts.map((h, i) => `@ IN MX ${i} ${h}.`)),
          });
          const uncovered = hosts.filter((h) => !patterns.some((p) => covers(p, h)));
          const unused = patterns.filter((p) => !hosts.some((h) => covers(p, h)));
          expect(findings.filter((f) => f.rule === "mx-not-covered").map((f) => f.fix)).toEqual(
            uncovered.map((h) => `mx: ${h}`),
          );
          expect(findings.filter((f) => f.rule === "mx-pattern-unused")).toHaveLength(
            unused.length,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it("the rules never fail internally on arbitrary MX lines (a rule error would show as an internal-error finding)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 30 }), { maxLength: 4 }),
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
        (exchanges, patterns) => {
          const findings = lintWith(MX_RULES, {
            policy: policyText("enforce", ...patterns),
            zone: zoneWith(...exchanges.map((x) => `@ IN MX 10 ${x}`), "x IN CNAME x"),
          });
          for (const f of findings) expect(f.message).not.toMatch(/^internal error/);
        },
      ),
      { numRuns: 200 },
    );
  });
});
