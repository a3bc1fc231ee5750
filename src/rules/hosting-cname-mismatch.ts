import { normalizeHost } from "../model/hostname.js";
import type { Rule } from "../model/rule.js";
import { quoted } from "../model/wording.js";

/** GitHub Pages answers only for the host its CNAME file names; senders ask mta-sts.<domain>. */
export const rule: Rule = {
  meta: {
    id: "hosting-cname-mismatch",
    area: "policy",
    defaultSeverity: "error",
    description:
      "The site's CNAME file names a host other than mta-sts.<domain> of the domain the policy is configured for.",
    rfc: "RFC 8461 §3.3",
  },
  scope: "domain",
  check(ctx) {
    const { site, name } = ctx.domain;
    const cname = site?.cname;
    if (!cname) return;
    const wanted = `mta-sts.${name}`;
    if (normalizeHost(cname.host) === wanted) return;
    ctx.report({
      location: { file: cname.file, span: cname.span },
      message: `${cname.file} names ${quoted(cname.host)}, but senders fetch the policy of ${name} from https://${wanted}/.well-known/mta-sts.txt (RFC 8461 §3.3): GitHub Pages serves the site only under the CNAME's host and its certificate covers only that name, so senders fail the fetch (TLS-RPT sts-policy-fetch-error or sts-webpki-invalid). Write "${wanted}" in ${cname.file} (and point the mta-sts DNS name at GitHub Pages).`,
      fix: wanted,
    });
  },
};
