import { mediaType } from "../model/live-https.js";
import { familiesText, groupBy, httpsLocation } from "../model/live-wording.js";
import type { Rule } from "../model/rule.js";
import { quoted } from "../model/wording.js";

/** RFC 8461 §3.2: the policy is served as `text/plain`; postfix-mta-sts-resolver insists. */
export const rule: Rule = {
  meta: {
    id: "https-content-type",
    area: "https",
    defaultSeverity: "error",
    description: "The policy is served with a media type other than text/plain.",
    rfc: "RFC 8461 §3.2",
  },
  scope: "domain",
  check(ctx) {
    const obs = ctx.domain.live?.https;
    if (!obs) return;
    const wrong = obs.families.filter(
      (r) => r.response?.status === 200 && mediaType(r.response.contentType) !== "text/plain",
    );
    for (const group of groupBy(wrong, (r) => r.response?.contentType ?? "")) {
      const sent = group[0].response?.contentType;
      const what = sent === undefined ? "no Content-Type header" : `Content-Type ${quoted(sent)}`;
      const html =
        mediaType(sent) === "text/html"
          ? " text/html usually means an error or index page is served instead of the policy."
          : "";
      ctx.report({
        location: httpsLocation(obs),
        message: `${obs.url} is served with ${what} via ${familiesText(group)}; RFC 8461 §3.2 requires the media type text/plain. postfix-mta-sts-resolver rejects any other type (the policy never applies for Postfix senders; TLS-RPT "sts-policy-invalid"), and other senders may too.${html} Configure the web server to send "Content-Type: text/plain" for this path (the body was not linted).`,
        fix: "Content-Type: text/plain; charset=utf-8",
      });
    }
  },
};
