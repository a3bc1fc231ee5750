/**
 * What the DNS probe observed: the answers to the questions senders ask for a policy domain,
 * from the configured resolver and from each authoritative name server. Answer text comes from
 * servers: it is data, escaped by the report writers.
 */

/**
 * How a DNS question ended. `nxdomain` (the name does not exist) and `nodata` (it exists, but
 * has no record of this type) are answers; the others are failures (`live-dns-error`).
 */
export type DnsStatus =
  | "answer"
  | "nxdomain"
  | "nodata"
  | "timeout"
  | "servfail"
  | "refused"
  | "error";

export type DnsQuestionType = "TXT" | "MX" | "A" | "AAAA" | "NS" | "SOA";

/** One question and its outcome. */
export interface DnsAnswer {
  name: string;
  type: DnsQuestionType;
  status: DnsStatus;
  /**
   * The records, one string each: TXT chunks joined as senders join them, MX as
   * "<preference> <exchange>", addresses as written, NS names, the SOA serial.
   */
  values: string[];
  /** CNAMEs followed on the way to the answer, in order (lowercase, no trailing dot). */
  cnames: string[];
  /** Who answered: "the system resolver", "192.0.2.53:5353", "ns1.example.com (192.0.2.1)". */
  server: string;
  /** The resolver library's code for a failure (ETIMEOUT, ECONNREFUSED …). */
  code?: string;
}

/** The questions of the MTA-STS checks, asked of one server. */
export interface DnsQuestions {
  stsTxt: DnsAnswer;
  tlsrptTxt: DnsAnswer;
  mx: DnsAnswer;
  policyHostA: DnsAnswer;
  policyHostAaaa: DnsAnswer;
}

/** One authoritative name server address, asked directly. */
export interface NameServerView {
  /** The NS host name. */
  name: string;
  address: string;
  /** Where the name came from: the zone, the live NS answer, or both. */
  from: ("zone" | "live")[];
  answers?: DnsQuestions;
  soaSerial?: DnsAnswer;
  /**
   * The address guard's category ("loopback", "private" …) when the server was not asked:
   * kept as data, put in words once by `refusedWords`.
   */
  refusedCategory?: string;
}

/** Addresses of one host (the policy host or an MX host) as the configured resolver gave them. */
export interface HostAddresses {
  host: string;
  a: DnsAnswer;
  aaaa: DnsAnswer;
}

/** Everything the DNS probe observed for one policy domain. */
export interface DnsObservation {
  /** The configured resolver(s), or "the system resolver". */
  resolver: string;
  /** The questions as the configured resolver answered them (drift rules). */
  answers: DnsQuestions;
  /** Addresses of each live MX host (for the STARTTLS probe). */
  mxHosts: HostAddresses[];
  /** The NS question that found the domain's name servers (at the domain or a parent). */
  ns?: DnsAnswer;
  /** Each authoritative server address, asked directly (live-ns-inconsistent). */
  nameServers: NameServerView[];
}

/** The statuses that are failures of the lookup itself, not answers. */
export function isDnsFailure(status: DnsStatus): boolean {
  return (
    status === "timeout" || status === "servfail" || status === "refused" || status === "error"
  );
}

/** An answer in words for messages: "NXDOMAIN", "no TXT record (NODATA)", "timeout" … */
export function describeDnsStatus(answer: Pick<DnsAnswer, "status" | "type" | "code">): string {
  switch (answer.status) {
    case "answer":
      return "an answer";
    case "nxdomain":
      return "NXDOMAIN (the name does not exist)";
    case "nodata":
      return `no ${answer.type} record (NODATA: the name exists)`;
    case "timeout":
      return "no answer before the deadline (timeout)";
    case "servfail":
      return "SERVFAIL (the server could not answer: often a broken delegation or DNSSEC failure)";
    case "refused":
      return "REFUSED (the server will not answer this question)";
    default:
      return `a failed lookup (${answer.code ?? "error"})`;
  }
}

/** The records of an answer as one comparable text: sorted, or the status word. */
export function answerKey(answer: DnsAnswer): string {
  if (answer.status === "answer" || answer.status === "nodata") {
    const chain = answer.cnames.map((c) => `CNAME ${c}`);
    const values = [...answer.values].sort();
    return [...chain, ...values].join(" | ") || "(no records)";
  }
  return answer.status.toUpperCase();
}
