import type { CertificateDetails, TlsVerdict } from "./live-tls.js";
import type { PolicyDoc } from "./policy.js";

/** RFC 8461 §3.3: senders read at most this many bytes of a policy body. */
export const POLICY_BODY_LIMIT = 65536;

/** postfix-mta-sts-resolver's default fetch timeout: a slower host fails for its users. */
export const SLOW_FETCH_MS = 4000;

/**
 * How far one attempt got. `connect-failed`, `timeout` and `tls-failed` never produced an HTTP
 * answer; `cert-invalid` means the handshake completed but a sender would stop there.
 */
export type FetchOutcome =
  | "ok"
  | "connect-failed"
  | "timeout"
  | "tls-failed"
  | "cert-invalid"
  /** The TLS session was up but no valid HTTP answer came (connection closed, garbage). */
  | "protocol-error";

/** Where a deadline or error struck. */
export type FetchPhase = "connect" | "tls" | "headers" | "body";

/** The HTTP answer of the policy host. Header values are server text: data. */
export interface HttpsResponse {
  status: number;
  /** The `Location` header of a 3xx, bounded. */
  location?: string;
  /** The `Content-Type` header as sent, bounded. */
  contentType?: string;
  /** Bytes of the body read (never more than POLICY_BODY_LIMIT + 1). */
  bytesRead: number;
  /** The body was longer than POLICY_BODY_LIMIT; reading stopped there. */
  truncated: boolean;
  /**
   * The body, parsed with the policy parser (source.url = the URL), for a complete 200 with
   * media type text/plain. An HTML error page is not a policy: linting it would only repeat
   * `https-content-type` as dozens of syntax findings.
   */
  body?: PolicyDoc;
}

/** Port 80 of the policy host, checked when port 443 could not be used. */
export interface PlainHttpCheck {
  port: number;
  /** The HTTP status port 80 answered with; absent when it did not answer. */
  status?: number;
}

/** The fetch over one address family (RFC 8461 §3.3 as a sender performs it). */
export interface HttpsFamilyResult {
  family: 4 | 6;
  /** The address the result comes from (the last one tried). */
  address: string;
  outcome: FetchOutcome;
  phase?: FetchPhase;
  /** Plain text reason for a failed outcome (bounded). */
  error?: string;
  /** Earlier addresses of this family that could not be connected to. */
  failedAddresses: { address: string; error: string }[];
  tls?: TlsVerdict;
  certificate?: CertificateDetails;
  response?: HttpsResponse;
  /** Wall time of the attempt, from the first connect to the last byte or failure. */
  elapsedMs: number;
  /** Present when port 443 failed below HTTP (connect, timeout, handshake). */
  plainHttp?: PlainHttpCheck;
}

/** Everything the HTTPS policy fetch observed for one policy host. */
export interface HttpsObservation {
  /** The policy host, `mta-sts.<domain>`. */
  host: string;
  /** `https://mta-sts.<domain>/.well-known/mta-sts.txt` (port shown when not 443). */
  url: string;
  /** One entry per address family that had addresses, IPv4 first. */
  families: HttpsFamilyResult[];
}

/** `text/plain; charset=utf-8` → `text/plain`: the media type, lowercase, parameters dropped. */
export function mediaType(contentType: string | undefined): string | undefined {
  return contentType?.split(";")[0].trim().toLowerCase();
}
