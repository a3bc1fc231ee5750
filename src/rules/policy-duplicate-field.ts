import { fieldSpan } from "../model/locations.js";
import type { PolicyField } from "../model/policy.js";
import type { Rule } from "../model/rule.js";
import { quoted } from "../model/wording.js";

/**
 * RFC 8461 §3.2 keeps the first of a repeated field, but senders differ: mox keeps the first,
 * postfix-mta-sts-resolver the last. Repeated fields with different values are read differently.
 */
export const rule: Rule = {
  meta: {
    id: "policy-duplicate-field",
    area: "policy",
    defaultSeverity: "warning",
    description:
      "A field other than `mx` is repeated: warning when the values agree, error when they differ.",
    rfc: "RFC 8461 §3.2",
  },
  scope: "policy",
  check(ctx) {
    const firstByName = new Map<string, PolicyField>();
    for (const field of ctx.policy.fields) {
      if (field.name === "mx") continue; // the one field meant to repeat
      const first = firstByName.get(field.name);
      if (!first) {
        firstByName.set(field.name, field);
        continue;
      }
      if (first.value === field.value) {
        ctx.report({
          message: `${quoted(field.name)} is repeated with the same value as line ${first.line}: RFC 8461 §3.2 allows it once and senders ignore one copy, but a later edit to only one of them gives senders different policies. Delete line ${field.line}.`,
          span: fieldSpan(field),
          severity: "warning",
        });
      } else {
        ctx.report({
          message: `${quoted(field.name)} is repeated: line ${first.line} says ${quoted(first.value)}, line ${field.line} says ${quoted(field.value)}. RFC 8461 §3.2 and mox use the first and ignore this line, but postfix-mta-sts-resolver uses the last, so senders apply different policies. Keep one ${quoted(field.name)} line with the value you mean.`,
          span: fieldSpan(field),
          severity: "error",
        });
      }
    }
  },
};
