import type { CertificateDetails, TlsVerdict } from "./live-tls.js";

/**
 * How far an SMTP session got. `starttls-missing`: the EHLO answer lacked STARTTLS (or the
 * server refused it); `cert-invalid`: the handshake finished but the certificate fails PKIX
 * validation for the MX host name (RFC 8461 §4.2).
 */
export type SmtpOutcome =
  | "ok"
  | "connect-failed"
  | "timeout"
  | "protocol-error"
  | "starttls-missing"
  | "tls-failed"
  | "cert-invalid";

export type SmtpPhase = "connect" | "banner" | "ehlo" | "starttls" | "tls" | "quit";

/** One address of an MX host, probed on port 25. Server text (banner, replies) is data. */
export interface SmtpAddressResult {
  address: string;
  family: 4 | 6;
  outcome: SmtpOutcome;
  /** Where the session stopped (for failures). */
  phase?: SmtpPhase;
  /** Plain text reason for a failed outcome (bounded). */
  error?: string;
  /** First line of the 220 greeting, bounded. */
  banner?: string;
  /** EHLO keywords (uppercase), e.g. STARTTLS, PIPELINING, SIZE. */
  ehloKeywords?: string[];
  starttlsOffered?: boolean;
  tls?: TlsVerdict;
  certificate?: CertificateDetails;
  elapsedMs: number;
}

/** Everything the STARTTLS probe observed for one MX host. */
export interface SmtpObservation {
  /** The MX host name (lowercase, no trailing dot). */
  host: string;
  port: number;
  addresses: SmtpAddressResult[];
  /** Addresses of the host left unprobed (beyond the per-host cap), when there were any. */
  omittedAddresses?: number;
}
