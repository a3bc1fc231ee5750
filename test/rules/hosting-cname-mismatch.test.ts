import { describe, expect, it } from "vitest";
import { lintSite } from "../helpers/site.js";

const POLICY = "version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800\n";
const mismatch = (cname: string, domain = "example.com") =>
  lintSite(
    {
      "mta-sts.txt": `---\nlayout: null\npermalink: /.well-known/mta-sts.txt\n---\n${POLICY}`,
      CNAME: cname,
    },
    { policy: "mta-sts.txt", domain },
  ).filter((f) => f.rule === "hosting-cname-mismatch");

describe("hosting-cname-mismatch", () => {
  it("fires when CNAME names another host, at the CNAME file, with the right host as fix", () => {
    const [f] = mismatch("\nmta-sts.example.org\n");
    expect(f.severity).toBe("error");
    expect(f.location).toMatchObject({
      file: "CNAME",
      span: { line: 2, column: 1, endColumn: 20 },
    });
    expect(f.fix).toBe("mta-sts.example.com");
  });

  it("fires on the bare domain (the site, not the policy host)", () => {
    expect(mismatch("example.com\n")).toHaveLength(1);
  });

  it.each(["mta-sts.example.com", "MTA-STS.Example.com.\n"])("accepts %j", (cname) => {
    expect(mismatch(cname)).toEqual([]);
  });
});
