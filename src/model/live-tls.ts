/**
 * What a TLS handshake told us about a server's certificate, shared by the HTTPS policy fetch
 * and the SMTP STARTTLS probe. The probes fill it in; the rules only read it.
 */

/**
 * RFC 8460 §4.3.1 result types for certificate failures: the words operators see in TLS-RPT
 * reports. A certificate that is not yet valid has no type of its own; senders report it as
 * `certificate-not-trusted` (the RFC's catch-all for certificate errors).
 */
export type TlsResultType =
  | "certificate-host-mismatch"
  | "certificate-expired"
  | "certificate-not-trusted"
  | "validation-failure";

/** Why a certificate failed validation, finer than the RFC 8460 result type. */
export type CertProblem =
  | "expired"
  | "not-yet-valid"
  | "host-mismatch"
  | "self-signed"
  /** The server did not send the intermediate certificates (UNABLE_TO_VERIFY_LEAF_SIGNATURE). */
  | "incomplete-chain"
  | "untrusted"
  | "other";

/** The validation outcome for one handshake (PKIX against Node's roots plus extra CAs). */
export interface TlsVerdict {
  valid: boolean;
  problem?: CertProblem;
  resultType?: TlsResultType;
  /** Node/OpenSSL's code, e.g. `CERT_HAS_EXPIRED`, `ERR_TLS_CERT_ALTNAME_INVALID`. */
  code?: string;
  /** One line from the TLS stack (bounded, untrusted names inside are data). */
  detail?: string;
}

/** The leaf certificate the server presented. Text fields come from the server: data. */
export interface CertificateDetails {
  /** Subject common name, when present. */
  subject?: string;
  /** Issuer organisation and common name, e.g. "Let's Encrypt R11". */
  issuer?: string;
  /** DNS names of the subjectAltName extension. */
  dnsNames: string[];
  /** ISO 8601 instants. */
  validFrom: string;
  validTo: string;
  /** Whole days from the probe's clock to `validTo` (negative once expired). */
  daysLeft: number;
  /** The configured warning threshold in days (`certExpiryDays`) when the probe ran. */
  expiryThresholdDays: number;
  /** SHA-256 fingerprint, colon-separated hex. */
  fingerprint256?: string;
}

/** True when a valid certificate enters the configured warning window before it expires. */
export function expiresSoon(cert: CertificateDetails | undefined): boolean {
  return cert !== undefined && cert.daysLeft >= 0 && cert.daysLeft < cert.expiryThresholdDays;
}
