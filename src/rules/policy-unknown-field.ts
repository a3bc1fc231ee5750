import {
  fieldLine,
  isKnownField,
  type KnownField,
  likelyIntendedField,
} from "../model/field-names.js";
import { fieldSpan } from "../model/locations.js";
import type { PolicyDoc } from "../model/policy.js";
import { firstField } from "../model/policy-semantics.js";
import type { Rule } from "../model/rule.js";
import { quoted } from "../model/wording.js";

/** What senders lose when the line meant as `known` is ignored. */
function consequence(doc: PolicyDoc, known: KnownField): string {
  if (known === "mx") {
    return 'this host is not an allowed MX: with mode enforce senders refuse delivery to it ("validation-failure")';
  }
  if (firstField(doc, known)) return `this line does not set "${known}"`;
  return `the policy has no "${known}", so strict senders (postfix-mta-sts-resolver, mox) reject it ("sts-policy-invalid")`;
}

/**
 * Senders ignore fields they do not know (RFC 8461 §3.2), so a misspelt `mode` or `mx` silently
 * disappears; genuine extension fields are only worth a note.
 */
export const rule: Rule = {
  meta: {
    id: "policy-unknown-field",
    area: "policy",
    defaultSeverity: "warning",
    description:
      "A field name RFC 8461 does not define: warning when it is a likely typo or wrong case of a known field, notice otherwise.",
    rfc: "RFC 8461 §3.2",
  },
  scope: "policy",
  check(ctx) {
    for (const field of ctx.policy.fields) {
      if (isKnownField(field.name)) continue;
      const meant = likelyIntendedField(field.name);
      if (meant) {
        const fix = fieldLine(meant, field.value);
        ctx.report({
          message: `${quoted(field.name)} looks like "${meant}" mistyped: senders compare field names exactly and ignore unknown ones (RFC 8461 §3.2), so ${consequence(ctx.policy, meant)}. Write "${fix}".`,
          span: field.nameSpan,
          fix,
          severity: "warning",
        });
      } else {
        ctx.report({
          message: `${quoted(field.name)} is not a field of RFC 8461; senders ignore it (§3.2). Remove it unless a sender you rely on documents it.`,
          span: fieldSpan(field),
          severity: "notice",
        });
      }
    }
  },
};
