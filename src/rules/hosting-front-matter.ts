import type { Rule } from "../model/rule.js";
import { correctedPageFile, inPolicyFile } from "../model/site-fixes.js";
import { quoted } from "../model/wording.js";

/**
 * Front matter is not part of what senders fetch: Jekyll strips it. The notice says so, and
 * that the policy rules judged the body after it, at the file's own line numbers.
 */
export const rule: Rule = {
  meta: {
    id: "hosting-front-matter",
    area: "policy",
    defaultSeverity: "notice",
    description:
      "The policy file starts with Jekyll front matter: the served body (after it) is what gets linted.",
    rfc: "RFC 8461 §3.3",
  },
  scope: "domain",
  check(ctx) {
    const { site, policy } = ctx.domain;
    const fm = site?.frontMatter;
    if (!site || !fm) return;
    const lines = `lines ${fm.span.line}–${fm.span.endLine}`;
    if (!fm.closed) {
      ctx.report({
        location: inPolicyFile(site, fm.span),
        message: `The file starts with "---" but no closing "---" line follows: Jekyll keeps the whole file as the page, "---" included, so senders read a first line that is not "name: value" and strict ones reject the policy (sts-policy-invalid). Close the front matter, or use the corrected file in the fix.`,
        fix: correctedPageFile(policy),
      });
      return;
    }
    const yaml = fm.yamlError
      ? ` Its YAML is invalid (${fm.yamlError}): Jekyll warns and ignores every value in it (layout, permalink), so the page gets the site's defaults.`
      : "";
    const keys = [...fm.keys.keys()];
    const what = keys.length > 0 ? ` (${keys.map(quoted).join(", ")})` : "";
    ctx.report({
      location: inPolicyFile(site, fm.span),
      message: `The file starts with Jekyll front matter${what} on ${lines}. GitHub Pages strips it (with any blank lines right after it) and serves the rest, so the policy checks judge the body from line ${site.body.firstLine} on, at the file's real lines.${yaml} The file in the fix is the front matter and body that serve the policy as it is.`,
      fix: correctedPageFile(policy),
    });
  },
};
