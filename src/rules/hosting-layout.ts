import type { Rule } from "../model/rule.js";
import { inPolicyFile, NOT_A_POLICY } from "../model/site-fixes.js";
import { quoted } from "../model/wording.js";

/** A layout wraps the policy in an HTML page: nothing a sender can parse. */
export const rule: Rule = {
  meta: {
    id: "hosting-layout",
    area: "policy",
    defaultSeverity: "error",
    description:
      "The front matter (or the site's defaults) gives the policy page a layout other than null/none: the site serves HTML.",
    rfc: "RFC 8461 §3.2",
  },
  scope: "domain",
  check(ctx) {
    const { site } = ctx.domain;
    const layout = site?.layout;
    // Reported even when the file is not published yet: it is the next thing to break once
    // hosting-not-published is fixed.
    if (!site || !layout) return;
    const where =
      layout.from === "front matter"
        ? `The front matter names the layout ${quoted(layout.value)}`
        : `The \`defaults:\` of ${site.input.config?.file ?? "_config.yml"} give this page the layout ${quoted(layout.value)}`;
    ctx.report({
      location: inPolicyFile(site, layout.at?.valueSpan ?? site.frontMatter?.span),
      message: `${where}: Jekyll wraps the policy in that layout's HTML, so the policy host serves an HTML page instead of "version: STSv1" lines; ${NOT_A_POLICY}. Set "layout: null" in the front matter (it overrides the defaults).`,
      fix: "layout: null",
    });
  },
};
