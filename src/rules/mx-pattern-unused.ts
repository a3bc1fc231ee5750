import { normalizeHost } from "../model/hostname.js";
import { policyFieldLocation } from "../model/locations.js";
import { coverageHint, coverageInputs, intendedAbsoluteName, readPattern } from "../model/mx.js";
import type { Rule } from "../model/rule.js";
import { quoted, quotedList } from "../model/wording.js";

/** A pattern that covers no MX host is either stale or hides a typo in the host it meant. */
export const rule: Rule = {
  meta: {
    id: "mx-pattern-unused",
    area: "mx",
    defaultSeverity: "warning",
    description: "A policy mx pattern matches no MX host of the zone.",
    rfc: "RFC 8461 §4.1",
  },
  scope: "domain",
  check(ctx) {
    const inputs = coverageInputs(ctx.domain);
    // No MX host at all is mx-missing's (or mx-null's) finding, not one per pattern.
    if (!inputs || inputs.mx.hosts.length === 0) return;
    const { policy, patterns, mx } = inputs;
    // A host written without its trailing dot still counts under the name the author meant:
    // mx-not-covered reports that slip on the zone record.
    const names = mx.hosts.flatMap((h) => {
      const intended = intendedAbsoluteName(h.data, patterns);
      return intended ? [h.host, intended] : [h.host];
    });
    const hosts = mx.hosts.map((h) => h.host);

    for (const field of patterns) {
      // An invalid value without an evident repair ("", "*.*.example.net") matches nothing by
      // definition: that is policy-mx-invalid's finding. A repairable one is judged as repaired.
      const reading = readPattern(field);
      if (reading.kind === "guessed") continue;
      if (names.some((n) => reading.covers(n))) continue;
      const hint = hosts.map((h) => coverageHint(field.value, h)).find((h) => h !== undefined);
      const parts = [
        `The pattern ${quoted(normalizeHost(field.value))} matches none of the domain's MX hosts (${quotedList(hosts)}).`,
        hint,
        "Senders never use it; a pattern that covers nothing usually means a host was renamed or mistyped (and senders that apply MTA-STS may then refuse the real host) or a planned MX never reached the zone.",
        "Correct or remove the line (and change the id of the _mta-sts TXT record), or add the MX record it was meant for.",
      ];
      ctx.report({
        location: policyFieldLocation(ctx.domain, policy, field),
        message: parts.filter((p) => p !== undefined).join(" "),
      });
    }
  },
};
