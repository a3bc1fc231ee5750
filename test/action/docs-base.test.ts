import { describe, expect, it } from "vitest";
import { docsOfThisVersion } from "../../src/action.js";

// A rule link must show the rule text of the action version the workflow runs
// (`uses: owner/repo@ref`), not a newer one from the default branch.
describe("docsOfThisVersion", () => {
  it("points at the docs of the action repository and ref the workflow runs", () => {
    expect(
      docsOfThisVersion({
        GITHUB_ACTION_REPOSITORY: "acme/mta-sts-lint",
        GITHUB_ACTION_REF: "v1.2.3",
      }),
    ).toBe("https://github.com/acme/mta-sts-lint/blob/v1.2.3/docs/rules/");
  });

  it("uses the workflow's GitHub server (GitHub Enterprise Server)", () => {
    expect(
      docsOfThisVersion({
        GITHUB_ACTION_REPOSITORY: "acme/mta-sts-lint",
        GITHUB_ACTION_REF: "main",
        GITHUB_SERVER_URL: "https://ghe.example.com",
      }),
    ).toBe("https://ghe.example.com/acme/mta-sts-lint/blob/main/docs/rules/");
  });

  it("keeps the default docs outside an action run or for a ref that is not a plain name", () => {
    expect(docsOfThisVersion({})).toBeUndefined();
    expect(
      docsOfThisVersion({ GITHUB_ACTION_REPOSITORY: "acme/x", GITHUB_ACTION_REF: "v1?x=<b>" }),
    ).toBeUndefined();
  });
});
