import { refusedWords } from "../model/live.js";
import { type DnsAnswer, describeDnsStatus } from "../model/live-dns.js";
import { failedLookups } from "../model/live-drift.js";
import type { Rule } from "../model/rule.js";
import { quoted } from "../model/wording.js";

/** What a sender loses when a lookup of this kind fails. */
function consequence(answer: DnsAnswer, domain: string): string {
  if (answer.name.startsWith("_mta-sts."))
    return "senders cannot discover or refresh the MTA-STS policy (they keep a cached policy, or deliver without one)";
  if (answer.name.startsWith("_smtp._tls."))
    return "senders cannot find where to send TLS-RPT reports";
  if (answer.type === "MX") return "senders cannot find the mail hosts: mail is delayed";
  if (answer.name.startsWith("mta-sts."))
    return "senders cannot reach the policy host to fetch the policy";
  if (answer.type === "A" || answer.type === "AAAA")
    return answer.name === domain ? "" : `senders cannot reach the MX host ${quoted(answer.name)}`;
  return "the name servers of the domain cannot be checked";
}

/** How to fix a failure of this kind. */
function remedy(status: DnsAnswer["status"]): string {
  switch (status) {
    case "timeout":
      return "Check that the server is up and answers on port 53 over UDP and TCP.";
    case "servfail":
      return "Check that the zone loads on the server and, with DNSSEC, that its signatures are valid and the DS record at the parent matches.";
    case "refused":
      return "The server does not serve this zone: fix the delegation (the NS records at the parent) or add the zone to the server.";
    default:
      return "Check the server and the delegation (the NS records at the parent).";
  }
}

/** A DNS lookup a check needs failed (not NXDOMAIN or NODATA: those are answers). */
export const rule: Rule = {
  meta: {
    id: "live-dns-error",
    area: "dns",
    defaultSeverity: "error",
    description:
      "A DNS lookup needed by a live check fails (timeout, SERVFAIL, REFUSED); the finding names the query.",
    rfc: "RFC 8461 §3.1",
  },
  scope: "domain",
  check(ctx) {
    const name = ctx.domain.name;
    for (const { server, answers } of failedLookups(ctx.domain)) {
      const items = answers.map((a) => `${a.type} ${quoted(a.name)}: ${describeDnsStatus(a)}`);
      const losses = [...new Set(answers.map((a) => consequence(a, name)).filter((c) => c))];
      const statuses = [...new Set(answers.map((a) => a.status))];
      ctx.report({
        location: { host: answers[0].name },
        message: `DNS lookups through ${server} failed: ${items.join("; ")}. Senders whose resolvers meet the same failure are affected: ${losses.join("; ")}. ${statuses.map(remedy).join(" ")}`,
      });
    }
    // The address guard kept the probe from asking a name server: said once, as a notice.
    for (const view of ctx.domain.live?.dns?.nameServers ?? []) {
      if (view.refusedCategory === undefined) continue;
      ctx.report({
        severity: "notice",
        location: { host: view.name },
        message: `The name server ${quoted(view.name)} of ${quoted(name)} resolves to ${view.address}, which was not asked: ${refusedWords(view.refusedCategory)}. A public name server on such an address is unreachable for senders; set allow-private-addresses to check it anyway (for test networks).`,
      });
    }
  },
};
