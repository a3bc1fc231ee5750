import { fieldLine } from "../model/field-names.js";
import {
  checksMx,
  effectiveMode,
  firstField,
  maxAgeSeconds,
  ONE_DAY,
  ONE_WEEK,
} from "../model/policy-semantics.js";
import type { Rule } from "../model/rule.js";
import { describeDuration } from "../model/wording.js";

/**
 * A short max_age lets cached policies lapse: between fetches senders hold no policy, and an
 * attacker who blocks the next lookup downgrades delivery (RFC 8461 §3.2, §10.2).
 */
export const rule: Rule = {
  meta: {
    id: "policy-max-age-short",
    area: "policy",
    defaultSeverity: "warning",
    description:
      "max_age is below 86400 with mode enforce or testing (notice below 604800 with mode enforce).",
    rfc: "RFC 8461 §3.2",
  },
  scope: "policy",
  check(ctx) {
    const mode = effectiveMode(ctx.policy);
    const seconds = maxAgeSeconds(ctx.policy);
    const field = firstField(ctx.policy, "max_age");
    if (seconds === undefined || !field) return;
    if (!checksMx(mode)) return;
    const lifetime = `max_age ${seconds} (${describeDuration(seconds)})`;

    if (seconds < ONE_DAY) {
      const dayLine = fieldLine("max_age", String(ONE_DAY));
      const line = mode === "enforce" ? fieldLine("max_age", String(ONE_WEEK)) : dayLine;
      const advice =
        mode === "enforce" ? `at least "${dayLine}", better "${line}"` : `at least "${dayLine}"`;
      ctx.report({
        message: `${lifetime} is under one day: senders refresh policies about once a day (RFC 8461 §3.3), so their cached copy lapses between refreshes, and while it is gone an attacker who blocks the policy lookup makes them deliver without MTA-STS${mode === "testing" ? " (and TLS-RPT reports from those gaps are missing)" : ""}. Use ${advice}.`,
        span: field.valueSpan,
        fix: line,
        severity: "warning",
      });
      return;
    }
    if (mode === "enforce" && seconds < ONE_WEEK) {
      const line = fieldLine("max_age", String(ONE_WEEK));
      ctx.report({
        message: `${lifetime} is shorter than a week for an enforced policy: RFC 8461 §3.2 expects weeks or more, because senders are protected against a downgrade at refresh time only while their cached copy lasts. Consider "${line}" or longer.`,
        span: field.valueSpan,
        fix: line,
        severity: "notice",
      });
    }
  },
};
