import { fieldLine, misspellingsOf, POLICY_REJECTED } from "../model/field-names.js";
import { fieldSpan } from "../model/locations.js";
import { policyStart } from "../model/policy.js";
import {
  firstField,
  isPlainSeconds,
  MAX_AGE_LIMIT,
  ONE_DAY,
  ONE_WEEK,
} from "../model/policy-semantics.js";
import type { Rule } from "../model/rule.js";
import { describeDuration, quoted } from "../model/wording.js";

const UNIT_SECONDS: Record<string, number> = {
  "": 1,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  d: ONE_DAY,
  day: ONE_DAY,
  days: ONE_DAY,
  w: ONE_WEEK,
  week: ONE_WEEK,
  weeks: ONE_WEEK,
};

/**
 * The number of seconds a value that is not plain digits evidently means: a unit (`1w`,
 * `86400s`, `7 days`), digit grouping (`604,800`), quotes. Undefined when it is not clear.
 */
function intendedSeconds(value: string): number | undefined {
  const v = value.replace(/^["']|["']$/g, "").trim();
  const grouped = /^\d{1,3}(?:[,_ ]\d{3})+$/.test(v) ? v.replace(/[,_ ]/g, "") : undefined;
  if (grouped) return Number(grouped);
  const m = /^(\d+)\s*([a-z]*)$/i.exec(v);
  if (!m) return undefined;
  const unit = UNIT_SECONDS[m[2].toLowerCase()];
  return unit === undefined ? undefined : Number(m[1]) * unit;
}

/** The max_age senders can use: digits only, at most one year (RFC 8461 §3.2). */
export const rule: Rule = {
  meta: {
    id: "policy-max-age",
    area: "policy",
    defaultSeverity: "error",
    description:
      "The policy has no `max_age`, or its value is not 1–10 plain digits, or it is above 31557600.",
    rfc: "RFC 8461 §3.2",
  },
  scope: "policy",
  check(ctx) {
    const field = firstField(ctx.policy, "max_age");
    if (!field) {
      const typo = misspellingsOf(ctx.policy, "max_age")[0];
      const typoNote = typo
        ? ` Line ${typo.line} writes ${quoted(typo.name)}, and senders compare field names exactly.`
        : "";
      ctx.report({
        message: `The policy has no "max_age" field, which RFC 8461 §3.2 requires once: ${POLICY_REJECTED}.${typoNote} Add "max_age: 604800" (one week; RFC 8461 expects weeks or more once the policy is settled).`,
        span: typo ? typo.nameSpan : policyStart(ctx.policy),
        fix: typo && isPlainSeconds(typo.value) ? fieldLine("max_age", typo.value) : undefined,
      });
      return;
    }

    if (field.value === "") {
      ctx.report({
        message: `The "max_age" line has no value, but RFC 8461 §3.2 requires 1 to 10 digits of seconds: ${POLICY_REJECTED}. Write the lifetime in seconds, e.g. "max_age: 604800" for one week.`,
        span: fieldSpan(field),
      });
      return;
    }

    if (isPlainSeconds(field.value)) {
      const seconds = Number(field.value);
      if (seconds <= MAX_AGE_LIMIT) return;
      const limitLine = fieldLine("max_age", String(MAX_AGE_LIMIT));
      ctx.report({
        message: `max_age ${field.value} is above ${MAX_AGE_LIMIT} (about one year), the maximum RFC 8461 §3.2 allows: ${POLICY_REJECTED}. Write "${limitLine}" or less.`,
        span: field.valueSpan,
        fix: limitLine,
      });
      return;
    }

    const meant = intendedSeconds(field.value);
    const fixed =
      meant === undefined
        ? undefined
        : fieldLine("max_age", String(Math.min(meant, MAX_AGE_LIMIT)));
    const how = fixed
      ? ` Write "${fixed}"${meant !== undefined && meant <= MAX_AGE_LIMIT ? ` (${describeDuration(meant)})` : ""}.`
      : ` Write the lifetime in seconds, e.g. "max_age: 604800" for one week.`;
    const why = /^\d{11,}$/.test(field.value)
      ? "more than 10 digits"
      : "not plain seconds (only the digits 0–9, no unit, sign or separator)";
    ctx.report({
      message: `max_age ${quoted(field.value)} is ${why}, which RFC 8461 §3.2 requires: ${POLICY_REJECTED}.${how}`,
      span: field.valueSpan,
      fix: fixed,
    });
  },
};
