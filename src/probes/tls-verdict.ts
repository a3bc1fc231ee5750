import {
  checkServerIdentity,
  createSecureContext,
  type PeerCertificate,
  rootCertificates,
  type SecureContext,
  type TLSSocket,
} from "node:tls";
import type {
  CertificateDetails,
  CertProblem,
  TlsResultType,
  TlsVerdict,
} from "../model/live-tls.js";
import type { ProbeOptions } from "./options.js";

/** Longest server-provided string kept in an observation (banners, headers, names). */
export const SERVER_TEXT_LIMIT = 300;

/** Server text cut to a bounded length; it stays data (escaping is the report layer's job). */
export function clip(text: string, limit = SERVER_TEXT_LIMIT): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

const contexts = new WeakMap<string[], SecureContext>();

/**
 * The trust anchors for PKIX validation: Node's bundled roots plus the configured extra CAs,
 * as a secure context built once per CA list (parsing the roots for every connection would
 * cost milliseconds each in runs of thousands of probes). Undefined keeps Node's default
 * store (the same roots, plus NODE_EXTRA_CA_CERTS) when no extra CA is configured.
 */
export function trustContext(options: ProbeOptions): SecureContext | undefined {
  const extra = options.ca;
  if (!extra || extra.length === 0) return undefined;
  let context = contexts.get(extra);
  if (!context) {
    context = createSecureContext({ ca: [...rootCertificates, ...extra] });
    contexts.set(extra, context);
  }
  return context;
}

/** OpenSSL verification codes, by what they mean for a sender. */
const PROBLEM_BY_CODE: Record<string, CertProblem> = {
  CERT_HAS_EXPIRED: "expired",
  CERT_NOT_YET_VALID: "not-yet-valid",
  DEPTH_ZERO_SELF_SIGNED_CERT: "self-signed",
  SELF_SIGNED_CERT_IN_CHAIN: "untrusted",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "incomplete-chain",
  UNABLE_TO_GET_ISSUER_CERT: "incomplete-chain",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "untrusted",
  CERT_UNTRUSTED: "untrusted",
  CERT_REJECTED: "untrusted",
  CERT_SIGNATURE_FAILURE: "untrusted",
  ERR_TLS_CERT_ALTNAME_INVALID: "host-mismatch",
};

/** RFC 8460 §4.3.1: the result type a sender puts in its TLS-RPT report for the problem. */
export function resultTypeOf(problem: CertProblem): TlsResultType {
  switch (problem) {
    case "expired":
      return "certificate-expired";
    case "host-mismatch":
      return "certificate-host-mismatch";
    case "other":
      return "validation-failure";
    default:
      // Not yet valid, self-signed, untrusted root, missing intermediate: all
      // "certificate-not-trusted", the RFC's label for certificate and chain errors.
      return "certificate-not-trusted";
  }
}

function failed(code: string, detail: string): TlsVerdict {
  const problem = PROBLEM_BY_CODE[code] ?? "other";
  return { valid: false, problem, resultType: resultTypeOf(problem), code, detail: clip(detail) };
}

/**
 * Judges a finished handshake the way a sender does (RFC 8461 §4.2, RFC 6125 names): the chain
 * must validate against the trust anchors, and the leaf must name `host` (a wildcard covers
 * exactly one left-most label). The socket was opened with `rejectUnauthorized: false` so that
 * the certificate can still be described when it fails.
 */
export function judgeCertificate(socket: TLSSocket, host: string): TlsVerdict {
  if (!socket.authorized) {
    const err = socket.authorizationError as unknown;
    const code = typeof err === "string" ? err : ((err as { code?: string })?.code ?? "UNKNOWN");
    const text = err instanceof Error ? err.message : String(err);
    return failed(code, text);
  }
  const peer = socket.getPeerCertificate();
  const mismatch = checkServerIdentity(host, peer);
  if (mismatch) return failed("ERR_TLS_CERT_ALTNAME_INVALID", mismatch.message);
  return { valid: true };
}

const DAY_MS = 86_400_000;

function nameOf(
  entity: Record<string, string | string[] | undefined> | undefined,
): string | undefined {
  if (!entity) return undefined;
  const pick = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const parts = [pick(entity.O), pick(entity.CN)].filter((p): p is string => !!p);
  return parts.length > 0 ? clip(parts.join(" ")) : undefined;
}

/** The leaf certificate as the summary shows it; days counted on the probe's clock. */
export function describeCertificate(
  peer: PeerCertificate,
  options: Pick<ProbeOptions, "now" | "certExpiryDays">,
): CertificateDetails | undefined {
  if (!peer?.valid_to) return undefined;
  const validTo = new Date(peer.valid_to);
  const validFrom = new Date(peer.valid_from);
  const dnsNames = (peer.subjectaltname ?? "")
    .split(", ")
    .filter((s) => s.startsWith("DNS:"))
    .map((s) => clip(s.slice(4)))
    .slice(0, 50);
  const subject = nameOf(peer.subject as unknown as Record<string, string>);
  return {
    subject: peer.subject?.CN ? clip(String(peer.subject.CN)) : subject,
    issuer: nameOf(peer.issuer as unknown as Record<string, string>),
    dnsNames,
    validFrom: validFrom.toISOString(),
    validTo: validTo.toISOString(),
    daysLeft: Math.floor((validTo.getTime() - options.now().getTime()) / DAY_MS),
    expiryThresholdDays: options.certExpiryDays,
    fingerprint256: peer.fingerprint256,
  };
}

/** A socket-level error as one plain line (ECONNREFUSED → "connection refused"). */
export function describeSocketError(err: unknown): string {
  const code = (err as { code?: string })?.code;
  const known: Record<string, string> = {
    ECONNREFUSED: "connection refused",
    ECONNRESET: "connection reset by the server",
    EHOSTUNREACH: "host unreachable",
    ENETUNREACH: "network unreachable",
    EADDRNOTAVAIL: "address not available on this machine",
    EPIPE: "connection closed by the server",
  };
  if (code && known[code]) return known[code];
  if (code === "ERR_SSL_WRONG_VERSION_NUMBER" || code === "ERR_SSL_PACKET_LENGTH_TOO_LONG")
    return "the server does not speak TLS on this port (plain HTTP or another protocol?)";
  // e.g. ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE, ERR_SSL_TLSV1_UNRECOGNIZED_NAME: the server ended
  // the handshake, typically because it has no certificate for the name asked for (SNI).
  const alert = code ? /^ERR_SSL_(?:SSLV3|TLSV1)_(?:ALERT_)?(.+)$/.exec(code) : null;
  if (alert)
    return `the server aborted the TLS handshake (alert: ${alert[1].toLowerCase().replace(/_/g, " ")}); often it has no certificate for this name`;
  const message = err instanceof Error ? err.message : String(err);
  return clip(message);
}
