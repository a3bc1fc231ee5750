import { nameServerSplits } from "../model/live-drift.js";
import type { Rule } from "../model/rule.js";
import { quoted } from "../model/wording.js";

/** The domain's authoritative servers disagree: senders see one answer or another at random. */
export const rule: Rule = {
  meta: {
    id: "live-ns-inconsistent",
    area: "dns",
    defaultSeverity: "warning",
    description:
      "The domain's authoritative name servers give different answers to the same MTA-STS question or SOA serial.",
    rfc: "RFC 8461 §3.1",
  },
  scope: "domain",
  check(ctx) {
    const dns = ctx.domain.live?.dns;
    if (!dns) return;
    for (const split of nameServerSplits(dns.nameServers)) {
      const answers = split.answers
        .map((a) => `${a.shown} from ${a.servers.join(", ")}`)
        .join("; ");
      const what =
        split.question.type === "SOA"
          ? `report different SOA serials for ${quoted(split.question.name)}`
          : `answer ${split.question.type} ${quoted(split.question.name)} differently`;
      ctx.report({
        location: { host: split.question.name },
        message: `The authoritative name servers of ${quoted(ctx.domain.name)} ${what}: ${answers}. Resolvers ask any of them, so senders see one answer or the other until they agree (a new policy id seen by some senders only, MX hosts that come and go). Usually a secondary has not transferred the latest zone: check NOTIFY and zone transfers, and that every server listed in NS serves the current zone.`,
      });
    }
  },
};
