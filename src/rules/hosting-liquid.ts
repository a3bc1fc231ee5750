import type { Rule } from "../model/rule.js";
import { inPolicyFile } from "../model/site-fixes.js";
import { quoted } from "../model/wording.js";

/** Liquid in a page is rendered: senders get the output, not what the file shows. */
export const rule: Rule = {
  meta: {
    id: "hosting-liquid",
    area: "policy",
    defaultSeverity: "warning",
    description:
      "The served body contains Liquid syntax ({{ or {%) that Jekyll renders when it builds the site.",
    rfc: "RFC 8461 §3.2",
  },
  scope: "domain",
  check(ctx) {
    const { site } = ctx.domain;
    if (!site || site.liquid.length === 0) return;
    const lines = site.input.text.split(/\r\n|\n|\r/);
    const off = site.frontMatter?.keys.get("render_with_liquid");
    const jekyll4 = off
      ? ` "render_with_liquid: false" is a Jekyll 4 setting: the Jekyll that GitHub Pages runs (3.x) renders the page anyway.`
      : "";
    for (const span of site.liquid) {
      const text = lines[span.line - 1]?.slice(span.column - 1, span.endColumn - 1) ?? "";
      ctx.report({
        location: inPolicyFile(site, span),
        message: `${quoted(text)} on line ${span.line} is Liquid: Jekyll renders it when it builds the site (an unknown variable becomes empty text, a tag may fail the build), so senders get the rendered text, not what the file shows, and this linter cannot check it.${jekyll4} Write the literal value (a template placeholder left in is a value no sender accepts).`,
      });
    }
  },
};
