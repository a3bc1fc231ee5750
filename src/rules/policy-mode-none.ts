import { fieldLine } from "../model/field-names.js";
import { effectiveMode, firstField, maxAgeSeconds, ONE_DAY } from "../model/policy-semantics.js";
import type { Rule } from "../model/rule.js";
import { describeDuration } from "../model/wording.js";

/** Mode none starts the removal of MTA-STS, which RFC 8461 §8.3 does with a short max_age. */
export const rule: Rule = {
  meta: {
    id: "policy-mode-none",
    area: "policy",
    defaultSeverity: "warning",
    description: "Mode `none` with a max_age above 86400.",
    rfc: "RFC 8461 §8.3",
  },
  scope: "policy",
  check(ctx) {
    if (effectiveMode(ctx.policy) !== "none") return;
    const seconds = maxAgeSeconds(ctx.policy);
    const field = firstField(ctx.policy, "max_age");
    if (seconds === undefined || !field || seconds <= ONE_DAY) return;
    const line = fieldLine("max_age", String(ONE_DAY));
    ctx.report({
      message: `Mode "none" with max_age ${seconds} (${describeDuration(seconds)}): RFC 8461 §8.3 removes MTA-STS by publishing mode "none" with a small max_age (about one day), so that senders' cached copies lapse soon after the _mta-sts record and policy host are taken down. Write "${line}".`,
      span: field.valueSpan,
      fix: line,
    });
  },
};
