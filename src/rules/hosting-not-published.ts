import { includeLine } from "../model/jekyll.js";
import { policyUrl } from "../model/records.js";
import type { Rule } from "../model/rule.js";
import { detectionNote, inPolicyFile, NOT_A_POLICY } from "../model/site-fixes.js";
import { quoted } from "../model/wording.js";

/**
 * Jekyll never reads a folder whose name starts with a dot (`.well-known/`) unless
 * `_config.yml` includes it: the policy then 404s, front matter or not.
 */
export const rule: Rule = {
  meta: {
    id: "hosting-not-published",
    area: "policy",
    defaultSeverity: "error",
    description:
      "Jekyll skips the policy file (it sits in a dot-folder such as .well-known/ that _config.yml does not include, is excluded, or is unpublished): the site will not serve it.",
    rfc: "RFC 8461 §3.3",
  },
  scope: "domain",
  check(ctx) {
    const { site, name } = ctx.domain;
    const why = site?.notPublished;
    if (!site || !why) return;
    const config =
      site.input.config?.file ??
      `${site.input.root === "." ? "" : `${site.input.root}/`}_config.yml`;
    const url = policyUrl(name);
    if (why.why === "skipped-name") {
      const line = includeLine(site.config.include, why.name);
      const frontMatter = site.frontMatter
        ? " Front matter does not change this: Jekyll never reads the folder."
        : "";
      ctx.report({
        location: inPolicyFile(site),
        message: `Jekyll skips ${quoted(why.path)} because its name starts with ${quoted(why.name[0])}, and ${config} does not include it: GitHub Pages does not publish this file, so ${url} answers 404 and ${NOT_A_POLICY}.${frontMatter} Add "${line}" to ${config} (or add an empty .nojekyll file to serve every file as it is).${detectionNote(site)}`,
        fix: line,
      });
      return;
    }
    if (why.why === "build-fails") {
      ctx.report({
        location: {
          file: why.file,
          span: why.span ?? { line: 1, column: 1, endLine: 1, endColumn: 1 },
        },
        message: `${why.file} is not valid YAML (${why.reason}): Jekyll stops, so the GitHub Pages build fails and the site is not updated; a new or changed policy is never published at ${url}, and ${NOT_A_POLICY} when none was published before. Correct the YAML.`,
      });
      return;
    }
    if (why.why === "excluded") {
      ctx.report({
        location: inPolicyFile(site),
        message: `${config} excludes ${quoted(why.path)} (pattern ${quoted(why.pattern)}): GitHub Pages does not publish this file, so ${url} answers 404 and ${NOT_A_POLICY}. Remove the pattern from "exclude:".`,
      });
      return;
    }
    ctx.report({
      location: inPolicyFile(site, why.at?.keySpan),
      message: `The front matter sets "published: false": Jekyll does not write the page, so ${url} answers 404 and ${NOT_A_POLICY}. Remove the line.`,
    });
  },
};
