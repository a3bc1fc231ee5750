import { fieldSpan } from "../model/locations.js";
import { mxPatternKey } from "../model/mx-pattern.js";
import type { PolicyField } from "../model/policy.js";
import { mxFields } from "../model/policy-semantics.js";
import type { Rule } from "../model/rule.js";
import { quoted } from "../model/wording.js";

/** A repeated mx pattern is harmless to senders but hides what the list really allows. */
export const rule: Rule = {
  meta: {
    id: "policy-mx-duplicate",
    area: "policy",
    defaultSeverity: "notice",
    description: "The same `mx` pattern appears twice (compared as lowercase A-labels).",
    rfc: "RFC 8461 §3.2",
  },
  scope: "policy",
  check(ctx) {
    const firstByKey = new Map<string, PolicyField>();
    for (const field of mxFields(ctx.policy)) {
      const key = mxPatternKey(field.value);
      if (key === "") continue;
      const first = firstByKey.get(key);
      if (!first) {
        firstByKey.set(key, field);
        continue;
      }
      const same = first.value === field.value ? "" : ` (${quoted(first.value)})`;
      ctx.report({
        message: `The mx pattern ${quoted(field.value)} repeats line ${first.line}${same}: senders ignore the copy, but a duplicated list makes it easy to miss which host is really allowed, e.g. when one copy is edited and the other is not. Delete line ${field.line}.`,
        span: fieldSpan(field),
      });
    }
  },
};
