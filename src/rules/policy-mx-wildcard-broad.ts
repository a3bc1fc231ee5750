import { normalizeHost } from "../model/hostname.js";
import { mxPatternKey } from "../model/mx-pattern.js";
import { mxFields } from "../model/policy-semantics.js";
import type { Rule } from "../model/rule.js";
import { quoted } from "../model/wording.js";

/**
 * `*.example.com` for example.com makes every host of the domain a valid MX: whoever gets a
 * certificate for any of them can receive its mail under MTA-STS (RFC 8461 §10.4).
 */
export const rule: Rule = {
  meta: {
    id: "policy-mx-wildcard-broad",
    area: "policy",
    defaultSeverity: "notice",
    description:
      "A wildcard `mx` pattern directly under the policy domain (`*.example.com` for example.com).",
    rfc: "RFC 8461 §10.4",
  },
  scope: "policy",
  check(ctx) {
    const broad = `*.${normalizeHost(ctx.domain)}`;
    for (const field of mxFields(ctx.policy)) {
      if (mxPatternKey(field.value) !== broad) continue;
      ctx.report({
        message: `The mx pattern ${quoted(field.value)} accepts any host directly under ${ctx.domain} as an MX: anyone who can get a CA-signed certificate for one of them (a web server, "dhcp-123.${ctx.domain}") passes MTA-STS validation for your mail (RFC 8461 §10.4). List the MX hosts by name instead.`,
        span: field.valueSpan,
      });
    }
  },
};
