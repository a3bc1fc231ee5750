import { recordLocation } from "../model/locations.js";
import {
  coverageInputs,
  coveredAsMeant,
  describeHost,
  firstCoverageHint,
  intendedAbsoluteName,
  type MxHost,
  readPattern,
} from "../model/mx.js";
import type { Rule } from "../model/rule.js";
import { ENFORCING_SENDERS, quoted, quotedList } from "../model/wording.js";
import { mxRecordText } from "../model/zone-text.js";

/** An MX host outside the policy's patterns is one that MTA-STS senders refuse to use. */
export const rule: Rule = {
  meta: {
    id: "mx-not-covered",
    area: "mx",
    defaultSeverity: "error",
    description: "An MX host in the zone matches no mx pattern of the policy.",
    rfc: "RFC 8461 §4.1",
  },
  scope: "domain",
  check(ctx) {
    const inputs = coverageInputs(ctx.domain);
    // Without any mx line the policy is invalid as a whole: that is policy-mx-required; with
    // only empty ones ("mx:") it is policy-mx-invalid's.
    if (!inputs || inputs.patterns.every((p) => p.value.trim() === "")) return;
    const { mode, patterns, zone } = inputs;
    const readings = patterns.map(readPattern);
    const listed = quotedList(patterns.map((p) => p.value));
    const consequence =
      mode === "enforce"
        ? `In mode enforce, senders that apply MTA-STS (${ENFORCING_SENDERS}) refuse to deliver to this host, and TLS-RPT reports show "validation-failure".`
        : `In mode testing, senders still deliver but report every connection to this host as "validation-failure" in TLS-RPT; in mode enforce they would refuse it.`;

    for (const mx of inputs.mx.hosts) {
      // A host an invalid pattern was meant for is policy-mx-invalid's finding, not this one.
      if (coveredAsMeant(readings, mx.host)) continue;
      const intended = intendedAbsoluteName(mx.data, patterns);
      if (intended && zone.format === "bind") {
        ctx.report({
          severity: mode === "enforce" ? "error" : "warning",
          location: recordLocation(mx.record),
          message: `MX host ${describeHost(mx)} matches no mx pattern of the policy (${listed}): the exchange ${quoted(mx.data.exchangeText)} was written without a trailing dot, so the zone's origin was appended to it. ${consequence} End the name with a dot: ${quoted(`${intended}.`)}.`,
          fix: mxRecordText(mx.record, mx.data.preference, intended),
        });
        continue;
      }
      ctx.report({
        severity: mode === "enforce" ? "error" : "warning",
        location: recordLocation(mx.record),
        message: notCoveredMessage(mx, listed, consequence, firstCoverageHint(patterns, mx.host)),
        fix: `mx: ${mx.host}`,
      });
    }
  },
};

function notCoveredMessage(
  mx: MxHost,
  listed: string,
  consequence: string,
  hint: string | undefined,
): string {
  const parts = [
    `MX host ${describeHost(mx)} matches no mx pattern of the policy (${listed}).`,
    hint,
    consequence,
    `Add the line "mx: ${mx.host}" to the policy, then change the id of the _mta-sts TXT record so senders fetch the new policy.`,
  ];
  return parts.filter((p) => p !== undefined).join(" ");
}
