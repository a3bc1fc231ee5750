import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lintSiteReport } from "../helpers/site.js";

/**
 * Every real-world policy (../fixtures/realworld/SOURCES.md), linted by the whole pipeline at
 * the path it has in its repository, with the GitHub Pages model detected as a run would.
 * Each list was checked finding by finding against RFC 8461 and the rule catalog; the pinned
 * lists are "rule@line", sorted.
 */
const EXPECTED: Record<string, string[]> = {
  // published without the .txt extension; nothing marks the repository as a Jekyll site, so it is linted as a plain file
  "001.txt": ["policy-mode-testing@2"],
  "002.txt": [],
  "003.txt": [],
  "004.txt": ["policy-max-age-short@5"],
  // upper-case mx host names: host names compare case-insensitively
  "005.txt": ["policy-mode-testing@2"],
  "006.txt": ["policy-max-age-short@5", "policy-mode-testing@2"],
  "007.txt": [],
  "008.txt": ["policy-mode-testing@2"],
  "009.txt": ["policy-mode-testing@2"],
  "010.txt": [],
  // CRLF line ends and no final line end: both allowed (RFC 8461 §3.2, errata 6253)
  "011.txt": [],
  // trailing space after STSv1: *WSP before the line end is allowed by the ABNF
  "012.txt": ["policy-max-age-short@4"],
  // mode none with a week-long max_age
  "013.txt": ["policy-mode-none@5"],
  "014.txt": [],
  "015.txt": [],
  "016.txt": ["policy-mode-testing@2"],
  "017.txt": ["policy-mode-testing@2"],
  "018.txt": ["policy-max-age-short@6"],
  "019.txt": [],
  "020.txt": ["policy-mode-testing@2"],
  "021.txt": ["policy-mode-testing@2"],
  "022.txt": [],
  // "mx: ." is not a host name (template placeholder left in); max_age 86401 is fine
  "023.txt": ["policy-mode-testing@2", "policy-mx-invalid@4"],
  // "mode: live" is not one of enforce/testing/none
  "024.txt": ["policy-mode@2"],
  "025.txt": ["policy-mode-testing@2", "policy-mx-wildcard-broad@3"],
  "026.txt": ["policy-max-age-short@3", "policy-mode-testing@2"],
  "027.txt": ["policy-max-age-short@4"],
  // max_age 86401 in testing: at least a day, so not short
  "028.txt": ["policy-mode-testing@2"],
  "029.txt": ["policy-mode-testing@2"],
  "030.txt": ["policy-mode-testing@2"],
  "031.txt": [],
  "032.txt": [],
  "033.txt": [],
  "034.txt": ["policy-mode-testing@2", "policy-mx-wildcard-broad@3"],
  // every line indented by two spaces: each is a syntax error of its own, and the fields still count
  "035.txt": [
    "policy-mode-testing@2",
    "policy-syntax@1",
    "policy-syntax@2",
    "policy-syntax@3",
    "policy-syntax@4",
    "policy-syntax@5",
    "policy-syntax@6",
    "policy-syntax@7",
    "policy-syntax@8",
  ],
  "036.txt": ["policy-mode-testing@2"],
  "037.txt": ["policy-max-age-short@5"],
  // indented lines, and the same mx pattern twice
  "038.txt": [
    "policy-mode-testing@2",
    "policy-mx-duplicate@4",
    "policy-syntax@1",
    "policy-syntax@2",
    "policy-syntax@3",
    "policy-syntax@4",
    "policy-syntax@5",
  ],
  "039.txt": [],
  "040.txt": ["policy-mode-testing@2"],
  // Jekyll front matter (with YAML comments and a blank line) is stripped: the policy after it is clean, at its real lines
  "041.txt": ["hosting-front-matter@1", "policy-mode-testing@16"],
  // a template left as is: "[enforce|testing|none]", "your_domain.tld" and "# n." comments after the values
  "042.txt": [
    "policy-mode@2",
    "policy-mx-invalid@3",
    "policy-mx-invalid@4",
    "policy-syntax@2",
    "policy-syntax@3",
    "policy-syntax@4",
    "policy-syntax@5",
  ],
  "043.txt": ["policy-max-age-short@4", "policy-mode-testing@2"],
  "044.txt": ["policy-mode-testing@2"],
  "045.txt": [],
  // comment lines and blank lines between fields
  "046.txt": [
    "policy-blank-line@12",
    "policy-blank-line@18",
    "policy-blank-line@3",
    "policy-blank-line@6",
    "policy-syntax@1",
    "policy-syntax@10",
    "policy-syntax@11",
    "policy-syntax@14",
    "policy-syntax@15",
    "policy-syntax@16",
    "policy-syntax@17",
    "policy-syntax@2",
    "policy-syntax@20",
    "policy-syntax@21",
    "policy-syntax@5",
    "policy-syntax@8",
    "policy-syntax@9",
  ],
  "047.txt": ["policy-max-age-short@8"],
  "048.txt": ["policy-mode-testing@2"],
  "049.txt": ["policy-mode-testing@2"],
  "050.txt": ["policy-mode-testing@2"],
  "051.txt": [],
  // prose instead of a policy: no field at all
  "052.txt": [
    "policy-blank-line@2",
    "policy-max-age@1",
    "policy-mode@1",
    "policy-syntax@1",
    "policy-syntax@3",
    "policy-syntax@4",
    "policy-syntax@5",
    "policy-version@1",
  ],
  // *.noclocks.dev directly under the policy domain (RFC 8461 §10.4)
  "053.txt": ["policy-mode-testing@2", "policy-mx-wildcard-broad@4"],
  // front matter, no final line end; max_age 15552000 is within the limit
  "054.txt": ["hosting-front-matter@1", "policy-mode-testing@6"],
  "055.txt": ["policy-mode-testing@2"],
  "056.txt": [],
  "057.txt": ["policy-max-age-short@4"],
  "058.txt": ["policy-mode-testing@2"],
  // an empty first line
  "059.txt": ["policy-blank-line@1"],
  "060.txt": ["policy-max-age-short@8"],
  "061.txt": ["policy-max-age-short@4"],
  "062.txt": ["policy-max-age-short@4"],
  "063.txt": [],
  "064.txt": ["policy-mode-testing@2"],
  "065.txt": [],
  "066.txt": ["policy-mode-testing@2"],
  "067.txt": [],
  "068.txt": ["policy-max-age-short@4"],
  "069.txt": ["policy-max-age-short@6"],
};

/** Policy domains for the files whose wildcard sits directly under their own domain. */
const DOMAINS: Record<string, string> = {
  "025.txt": "mast-diagnostic.fr",
  "034.txt": "gosia24.eu",
  "053.txt": "noclocks.dev",
};

const sources = readFileSync(new URL("../fixtures/realworld/SOURCES.md", import.meta.url), "utf8");
const ROWS = [...sources.matchAll(/^\| policies\/(\d+\.txt) \| [^|]+ \| ([^|]+) \|/gm)].map(
  ([, file, path]) => ({ file, path: path.trim() }),
);

describe("the real-world corpus through the whole pipeline", () => {
  it("has a pinned verdict for every corpus policy", () => {
    expect(ROWS.map((r) => r.file).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(ROWS)("$file ($path)", ({ file, path }) => {
    const bytes = readFileSync(new URL(`../fixtures/realworld/policies/${file}`, import.meta.url));
    const report = lintSiteReport({ [path]: bytes }, { policy: path, domain: DOMAINS[file] });
    for (const f of report.findings) {
      expect(f.message).not.toMatch(/internal error/);
      expect(f.location.file).toBe(path);
    }
    const got = report.findings.map((f) => `${f.rule}@${f.location.span?.line}`).sort();
    expect(got).toEqual(EXPECTED[file]);
  });
});
