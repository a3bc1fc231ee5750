import { describe, expect, it } from "vitest";
import type { DomainModel } from "../../src/model/domain.js";
import { rule } from "../../src/rules/input-unreadable.js";
import { lintModels, lintWith } from "../helpers/lint.js";

function domainWith(problems: DomainModel["problems"]): DomainModel {
  return { name: "example.com", problems };
}

describe("input-unreadable (rules.md Exit 2 vs findings: a missing file is a finding, the run goes on)", () => {
  it("a missing policy file is an error in the policy area, with the file and no line", () => {
    const findings = lintModels(rule, [
      domainWith([{ file: "mta-sts/exmaple.com.txt", area: "policy", reason: "file not found" }]),
    ]);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe("input-unreadable");
    expect(f.severity).toBe("error");
    expect(f.domain).toBe("example.com");
    expect(f.area).toBe("policy");
    expect(f.location).toEqual({ file: "mta-sts/exmaple.com.txt" });
    expect(f.message).toContain('"mta-sts/exmaple.com.txt"');
    expect(f.message).toContain("file not found");
    expect(f.message).toContain("sts-policy-invalid");
    expect(f.message).toContain("path");
  });

  it("rules.md Text or not: a binary zone file is reported in the zone area", () => {
    const findings = lintModels(rule, [
      domainWith([
        {
          file: "zones/example.com.zone",
          area: "zone",
          reason: "not a text file (binary content)",
        },
      ]),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0].area).toBe("zone");
    expect(findings[0].location).toEqual({ file: "zones/example.com.zone" });
    expect(findings[0].message).toContain("not a text file");
    expect(findings[0].message).toContain("zone checks");
  });

  it("reports every problem of a domain, in order", () => {
    const findings = lintModels(rule, [
      domainWith([
        { file: "a.txt", area: "policy", reason: "larger than 1 MiB" },
        { file: "b.zone", area: "zone", reason: "permission denied" },
      ]),
    ]);
    expect(findings.map((f) => [f.location.file, f.area])).toEqual([
      ["a.txt", "policy"],
      ["b.zone", "zone"],
    ]);
  });

  it("does not fire when every configured file was read", () => {
    expect(lintWith(rule, { policy: "version: STSv1\n", zone: "" })).toEqual([]);
  });
});
