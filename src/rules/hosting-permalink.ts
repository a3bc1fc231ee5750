import { INCLUDE_WELL_KNOWN, POLICY_FRONT_MATTER } from "../model/jekyll.js";
import { policyUrl, WELL_KNOWN_PATH } from "../model/records.js";
import type { Rule } from "../model/rule.js";
import { detectionNote, inPolicyFile, NOT_A_POLICY, servedUrl } from "../model/site-fixes.js";
import { quoted } from "../model/wording.js";

/** Senders fetch exactly /.well-known/mta-sts.txt (RFC 8461 §3.3); any other path is not the policy. */
export const rule: Rule = {
  meta: {
    id: "hosting-permalink",
    area: "policy",
    defaultSeverity: "error",
    description:
      "The site writes the policy file somewhere other than /.well-known/mta-sts.txt (its place, or its permalink, points elsewhere).",
    rfc: "RFC 8461 §3.3",
  },
  scope: "domain",
  check(ctx) {
    const { site, name } = ctx.domain;
    if (!site || site.outputPath === undefined || site.outputPath === WELL_KNOWN_PATH) return;
    const at = servedUrl(name, site.outputPath);
    const wanted = policyUrl(name);
    if (site.permalink) {
      const source =
        site.permalink.from === "front matter"
          ? "its permalink"
          : `the permalink the \`defaults:\` of ${site.input.config?.file ?? "_config.yml"} give it`;
      ctx.report({
        location: inPolicyFile(site, site.permalink.at?.valueSpan ?? site.frontMatter?.span),
        message: `The site writes this file at ${at} (${source}, ${quoted(site.permalink.value)}), but senders fetch only ${wanted} (RFC 8461 §3.3); ${NOT_A_POLICY}. Write "permalink: ${WELL_KNOWN_PATH}".`,
        fix: `permalink: ${WELL_KNOWN_PATH}`,
      });
      return;
    }
    // A file that already has front matter needs one more line in it: a second block pasted
    // above the first would be served as the start of the policy.
    const permalinkLine = `permalink: ${WELL_KNOWN_PATH}`;
    const hasFrontMatter = site.frontMatter?.closed === true;
    const how = site.nojekyll
      ? `Move the file to .well-known/mta-sts.txt of the site (with .nojekyll every file is served at its own path).`
      : hasFrontMatter
        ? `Add "${permalinkLine}" to the file's front matter (Jekyll then writes it at the well-known path), or move it to .well-known/mta-sts.txt and add "${INCLUDE_WELL_KNOWN}" to _config.yml.`
        : `Start the file with this front matter (Jekyll then writes it at the well-known path), or move it to .well-known/mta-sts.txt and add "${INCLUDE_WELL_KNOWN}" to _config.yml.`;
    const fix = site.nojekyll ? undefined : hasFrontMatter ? permalinkLine : POLICY_FRONT_MATTER;
    ctx.report({
      location: inPolicyFile(site, site.frontMatter?.span),
      message: `The site serves this file at ${at}, but senders fetch only ${wanted} (RFC 8461 §3.3); ${NOT_A_POLICY}. ${how}${detectionNote(site)}`,
      ...(fix === undefined ? {} : { fix }),
    });
  },
};
