/**
 * DNS observations for rule tests: what the DNS probe would have recorded, built by hand so a
 * rule test needs no server (the probe itself is tested against NSD in test/probes).
 */
import type { DomainModel } from "../../src/model/domain.js";
import type {
  DnsAnswer,
  DnsObservation,
  DnsQuestions,
  DnsQuestionType,
  NameServerView,
} from "../../src/model/live-dns.js";
import { buildDomain, type ModelInput } from "./lint.js";

/** An answer; `values` make it an answer, none make it NODATA unless a status is given. */
export function answer(
  name: string,
  type: DnsQuestionType,
  values: string[] = [],
  extra: Partial<DnsAnswer> = {},
): DnsAnswer {
  return {
    name,
    type,
    status: values.length > 0 ? "answer" : "nodata",
    values,
    cnames: [],
    server: "192.0.2.53:53",
    ...extra,
  };
}

/** The MTA-STS questions for example.com, each overridable. */
export function questions(
  overrides: Partial<DnsQuestions> = {},
  domain = "example.com",
  server = "192.0.2.53:53",
): DnsQuestions {
  const s = { server };
  return {
    stsTxt: answer(`_mta-sts.${domain}`, "TXT", ["v=STSv1; id=20260101"], s),
    tlsrptTxt: answer(`_smtp._tls.${domain}`, "TXT", ["v=TLSRPTv1; rua=mailto:tls@example.com"], s),
    mx: answer(domain, "MX", ["10 mx1.example.com"], s),
    policyHostA: answer(`mta-sts.${domain}`, "A", ["198.51.100.10"], s),
    policyHostAaaa: answer(`mta-sts.${domain}`, "AAAA", [], s),
    ...overrides,
  };
}

/** A name server view that answered the questions. */
export function nameServer(
  name: string,
  address: string,
  overrides: Partial<DnsQuestions> = {},
  serial = "2026010101",
): NameServerView {
  const server = `${name} (${address})`;
  return {
    name,
    address,
    from: ["zone", "live"],
    answers: questions(overrides, "example.com", server),
    soaSerial: answer("example.com", "SOA", [serial], { server }),
  };
}

/** A domain built from texts (lint.ts) with the given DNS observation attached. */
export function withDns(input: ModelInput, dns: Partial<DnsObservation>): DomainModel {
  const model = buildDomain(input);
  model.live = {
    areas: ["dns"],
    dns: {
      resolver: "192.0.2.53:53",
      answers: questions(),
      mxHosts: [],
      nameServers: [],
      ...dns,
    },
  };
  return model;
}
