import {
  cachedMode,
  changeView,
  describeCached,
  describeMaxAge,
  modeNonePolicy,
  removals,
  safeFrom,
} from "../model/change.js";
import type { Rule } from "../model/rule.js";
import { ENFORCING_SENDERS, quoted } from "../model/wording.js";

/**
 * Deleting the record, the policy host or the policy file does not delete the policy from
 * senders' caches (RFC 8461 §8.3): they keep enforcing it, and can no longer learn of a change.
 */
export const rule: Rule = {
  meta: {
    id: "change-removal-unsafe",
    area: "change",
    defaultSeverity: "error",
    description:
      "The _mta-sts record, the policy host or the policy file disappears while the base policy was enforce or testing, without first publishing mode none with a new id.",
    rfc: "RFC 8461 §8.3",
  },
  scope: "domain",
  check({ domain, report }) {
    const view = changeView(domain);
    const mode = view && cachedMode(view);
    if (!view || !mode) return;
    const gone = removals(view);
    if (gone.length === 0) return;
    const maxAge = view.baseMeaning?.maxAge;
    const consequence =
      mode === "enforce"
        ? "keep refusing MX hosts the cached policy does not cover and any MX without valid TLS"
        : "keep reporting failures against the cached policy";
    const wait =
      maxAge === undefined
        ? "once the base policy's max_age has passed"
        : `${describeMaxAge(maxAge)} later (at the earliest ${safeFrom(view.now, maxAge)} if the mode none policy and id go live now)`;
    const location = gone[0].location;
    const body = modeNonePolicy(view);
    // `fix` replaces the located span: only when that is the policy file is the body a fix.
    const onPolicyFile = gone[0].what === "policy-file";
    const lines = body
      .split("\n")
      .filter((l) => l !== "")
      .map(quoted)
      .join(", ");
    const bodyText = onPolicyFile ? "" : ` The mode none policy file, one line each: ${lines}.`;
    report({
      location,
      ...(onPolicyFile ? { fix: body } : {}),
      message: `This revision removes ${gone.map((g) => g.text).join(", ")} while the policy published at ${view.revision} was ${describeCached(view)}. Removing them does not remove the policy from senders' caches: senders that cached it (${ENFORCING_SENDERS}) ${consequence} for up to its ${describeMaxAge(maxAge)}, and with the record or policy gone they can no longer learn of a new one. Remove MTA-STS as RFC 8461 §8.3 says: first publish a policy with mode none and a new id (keep the record, the host and the file), then remove them ${wait}.${bodyText}`,
    });
  },
};
