import {
  fieldLine,
  isKnownField,
  type KnownField,
  likelyIntendedField,
} from "../model/field-names.js";
import { fieldSpan } from "../model/locations.js";
import { isValidMxPattern } from "../model/mx-pattern.js";
import type { PolicyDoc } from "../model/policy.js";
import {
  firstField,
  isPlainSeconds,
  isPolicyMode,
  MAX_AGE_LIMIT,
} from "../model/policy-semantics.js";
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

/** Is `value` one the field `known` accepts (RFC 8461 §3.2)? */
function valueFits(known: KnownField, value: string): boolean {
  if (known === "version") return value === "STSv1";
  if (known === "mode") return isPolicyMode(value);
  if (known === "max_age") return isPlainSeconds(value) && Number(value) <= MAX_AGE_LIMIT;
  return isValidMxPattern(value);
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
        // Renaming helps only when the value is one the intended field takes ("more: ext" is
        // not a mode): otherwise the line is pointed at without a corrected line.
        // When the real field is already there, renaming would only create a conflicting
        // duplicate: the misspelt line is then to be removed.
        const existing = meant === "mx" ? undefined : firstField(ctx.policy, meant);
        const fix =
          !existing && valueFits(meant, field.value) ? fieldLine(meant, field.value) : undefined;
        const how = existing
          ? `The policy already sets "${meant}" on line ${existing.line}; remove this line.`
          : fix
            ? `Write ${quoted(fix)}.`
            : `Name it "${meant}" with a valid value, or remove it.`;
        ctx.report({
          message: `${quoted(field.name)} looks like "${meant}" mistyped: senders compare field names exactly and ignore unknown ones (RFC 8461 §3.2), so ${consequence(ctx.policy, meant)}. ${how}`,
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
