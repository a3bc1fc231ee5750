import { describe, expect, it } from "vitest";
import { lintSite } from "../helpers/site.js";

const FM = "---\nlayout: null\npermalink: /.well-known/mta-sts.txt\n---\n";
const liquid = (file: string) =>
  lintSite({ "mta-sts.txt": file }, { policy: "mta-sts.txt" }).filter(
    (f) => f.rule === "hosting-liquid",
  );

describe("hosting-liquid", () => {
  it("points at each Liquid output or tag in the body (a template placeholder left in)", () => {
    const findings = liquid(
      `${FM}version: STSv1\nmode: enforce\nmx: {{ mx_host }}\n{% if x %}\nmax_age: 604800\n`,
    );
    expect(
      findings.map((f) => [f.location.span?.line, f.location.span?.column, f.severity]),
    ).toEqual([
      [7, 5, "warning"],
      [8, 1, "warning"],
    ]);
    expect(findings[0].message).toContain('"{{ mx_host }}"');
  });

  it("says that GitHub Pages ignores render_with_liquid: false", () => {
    const [f] = liquid(
      `---\nlayout: null\nrender_with_liquid: false\npermalink: /.well-known/mta-sts.txt\n---\nversion: STSv1\nmode: {{ m }}\n`,
    );
    expect(f.message).toContain("Jekyll 4");
  });

  it("is silent for a file without front matter (copied as is) and for plain text", () => {
    expect(liquid("version: STSv1\nmode: {{ m }}\n")).toEqual([]);
    expect(
      liquid(`${FM}version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n`),
    ).toEqual([]);
  });
});
