import type { DomainModel } from "./domain.js";
import type { Location, Severity } from "./finding.js";
import type { HttpsFamilyResult, HttpsObservation } from "./live-https.js";
import type { SmtpAddressResult, SmtpObservation } from "./live-smtp.js";
import type { CertificateDetails, TlsVerdict } from "./live-tls.js";
import { effectiveMode } from "./policy-semantics.js";
import { ENFORCING_SENDERS, quoted, quotedList } from "./wording.js";

/**
 * Wording and grouping shared by the https-* and smtp-* rules, so the two probes describe
 * certificates, families and addresses the same way. Server text stays quoted data.
 */

export function familyName(family: 4 | 6): string {
  return family === 4 ? "IPv4" : "IPv6";
}

/** "IPv4", "IPv6" or "IPv4 and IPv6". */
export function familiesText(results: readonly { family: 4 | 6 }[]): string {
  return results.map((r) => familyName(r.family)).join(" and ");
}

/** "IPv4 (192.0.2.1)" / "IPv4 (192.0.2.1) and IPv6 (2001:db8::1)". */
export function familiesWithAddresses(results: readonly HttpsFamilyResult[]): string {
  return results.map((r) => `${familyName(r.family)} (${r.address})`).join(" and ");
}

/** Items grouped by a key (in first-seen order); items without a key are dropped. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

export function httpsLocation(obs: HttpsObservation): Location {
  return { url: obs.url };
}

/** rules.md: SMTP findings carry the MX host and the address. */
export function smtpLocation(obs: SmtpObservation, result: SmtpAddressResult): Location {
  const port = obs.port === 25 ? "" : ` port ${obs.port}`;
  return { host: `${obs.host} [${result.address}]${port}` };
}

export function smtpTarget(obs: SmtpObservation, result: SmtpAddressResult): string {
  return `MX host ${obs.host} (${familyName(result.family)} ${result.address})`;
}

const day = (iso: string) => iso.slice(0, 10);

/** "issued by "R11" for "mx1.example.net", valid until 2026-12-01". */
export function describeCert(cert: CertificateDetails | undefined): string {
  if (!cert) return "no certificate details";
  const names = cert.dnsNames.length > 0 ? quotedList(cert.dnsNames) : "no DNS names";
  const issuer = cert.issuer ? `issued by ${quoted(cert.issuer)}` : "issuer unknown";
  return `${issuer} for ${names}, valid ${day(cert.validFrom)} to ${day(cert.validTo)}`;
}

/** What is wrong with a certificate that failed validation, for `host`. */
export function certProblemText(
  verdict: TlsVerdict,
  cert: CertificateDetails | undefined,
  host: string,
): string {
  switch (verdict.problem) {
    case "expired":
      return `the certificate expired on ${cert ? day(cert.validTo) : "an earlier date"}`;
    case "not-yet-valid":
      return `the certificate is not valid before ${cert ? day(cert.validFrom) : "a later date"}`;
    case "host-mismatch":
      return `the certificate does not name ${host} (it names ${cert && cert.dnsNames.length > 0 ? quotedList(cert.dnsNames) : "no DNS names"}; a wildcard covers exactly one left-most label, RFC 6125)`;
    case "self-signed":
      return "the certificate is self-signed: no trusted CA vouches for it";
    case "incomplete-chain":
      return "the server does not send the intermediate certificate(s), so the chain to a trusted root cannot be built";
    case "untrusted":
      return `the certificate chain ends at a CA that is not trusted (${cert?.issuer ? quoted(cert.issuer) : "unknown issuer"})`;
    default:
      return `the certificate failed validation (${quoted(verdict.detail ?? verdict.code ?? "unknown error")})`;
  }
}

/** How to fix a certificate problem, in one sentence. */
export function certFixText(verdict: TlsVerdict, host: string): string {
  switch (verdict.problem) {
    case "expired":
    case "not-yet-valid":
      return "Renew the certificate (and check that the renewal job deploys it and the server reloads).";
    case "host-mismatch":
      return `Issue a certificate whose subjectAltName contains ${host} (or a wildcard one label above it) and serve it for that name (SNI).`;
    case "incomplete-chain":
      return "Configure the server to send the full chain (leaf plus intermediates, e.g. fullchain.pem).";
    default:
      return `Use a certificate for ${host} from a publicly trusted CA (e.g. Let's Encrypt), with its full chain.`;
  }
}

/**
 * rules.md "enforce → error, testing → warning" for the SMTP checks: the mode of the local
 * policy, else of the live one. In testing (or without a usable policy) a failing MX only
 * produces TLS-RPT reports; in enforce, senders stop delivering to it.
 */
export function smtpSeverity(domain: DomainModel): Severity {
  const live = domain.live?.https?.families.find((f) => f.response?.body)?.response?.body;
  const mode = effectiveMode(domain.policy) ?? effectiveMode(live);
  return mode === "enforce" ? "error" : "warning";
}

/** What a failing MX means for delivery under the policy's mode. */
export function smtpImpact(severity: Severity): string {
  return severity === "error"
    ? `In mode enforce, senders that apply MTA-STS (${ENFORCING_SENDERS}) do not deliver to this MX`
    : "In mode testing, senders still deliver but report the failure in TLS-RPT reports; switching to enforce would stop delivery to this MX";
}

/** "in 3 days" / "today". */
export function expiryWhen(cert: CertificateDetails): string {
  if (cert.daysLeft === 0) return "within a day";
  return `in ${cert.daysLeft} day${cert.daysLeft === 1 ? "" : "s"}`;
}
