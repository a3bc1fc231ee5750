import { request as httpRequest, type IncomingMessage } from "node:http";
import { connect as tlsConnect } from "node:tls";
import {
  type FetchOutcome,
  type FetchPhase,
  type HttpsFamilyResult,
  type HttpsObservation,
  type HttpsResponse,
  mediaType,
  type PlainHttpCheck,
  POLICY_BODY_LIMIT,
} from "../model/live-https.js";
import type { CertificateDetails, TlsVerdict } from "../model/live-tls.js";
import { WELL_KNOWN_PATH } from "../model/records.js";
import { parsePolicy } from "../parse/policy.js";
import type { ProbeAddress, ProbeOptions } from "./options.js";
import {
  clip,
  describeCertificate,
  describeSocketError,
  judgeCertificate,
  trustContext,
} from "./tls-verdict.js";

const USER_AGENT = "mta-sts-lint (policy fetch as RFC 8461 §3.3 senders do)";

/** `https://host[:port]/.well-known/mta-sts.txt`. */
export function policyUrl(host: string, port: number): string {
  return `https://${host}${port === 443 ? "" : `:${port}`}${WELL_KNOWN_PATH}`;
}

interface AttemptResult {
  outcome: FetchOutcome;
  phase?: FetchPhase;
  error?: string;
  tls?: TlsVerdict;
  certificate?: CertificateDetails;
  response?: HttpsResponse;
}

const PHASE_WORDS: Record<FetchPhase, string> = {
  connect: "the TCP connection was not established",
  tls: "the TLS handshake did not finish",
  headers: "the server sent no HTTP answer",
  body: "the body did not arrive completely",
};

function headerText(res: IncomingMessage, name: string): string | undefined {
  const v = res.headers[name];
  const text = Array.isArray(v) ? v[0] : v;
  return text === undefined ? undefined : clip(text);
}

/**
 * One GET of the policy from one address, as a sender does it: SNI and certificate name =
 * the policy host, no redirects followed, at most POLICY_BODY_LIMIT bytes read, and one
 * deadline for everything: at `deadlineAt` the socket is destroyed whatever phase it is in,
 * so a server that trickles bytes cannot stretch the fetch.
 */
function fetchFrom(
  host: string,
  url: string,
  target: ProbeAddress,
  options: ProbeOptions,
  deadlineAt: number,
  connectTimeoutMs: number,
): Promise<AttemptResult> {
  return new Promise((resolve) => {
    let phase: FetchPhase = "connect";
    let settled = false;
    let tls: TlsVerdict | undefined;
    let certificate: CertificateDetails | undefined;
    const socket = tlsConnect({
      host: target.address,
      port: options.ports.https,
      servername: host,
      secureContext: trustContext(options),
      // Validation is judged after the handshake, so the certificate can be described too.
      rejectUnauthorized: false,
      ALPNProtocols: ["http/1.1"],
    });
    const finish = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(connectTimer);
      socket.destroy();
      resolve({ tls, certificate, ...result });
    };
    const budget = Math.max(0, deadlineAt - Date.now());
    const timer = setTimeout(
      () =>
        finish({
          outcome: "timeout",
          phase,
          error: `timed out after ${options.timeoutMs} ms: ${PHASE_WORDS[phase]}`,
        }),
      budget,
    );
    // An address that never completes the TCP connect must not use up the whole deadline:
    // it gets its own share, and the next address is tried (as senders fail over).
    const connectTimer = setTimeout(
      () =>
        finish({
          outcome: "timeout",
          phase: "connect",
          error: `timed out after ${connectTimeoutMs} ms: ${PHASE_WORDS.connect}`,
        }),
      Math.min(budget, connectTimeoutMs),
    );
    socket.once("connect", () => {
      clearTimeout(connectTimer);
      phase = "tls";
    });
    socket.on("error", (err) => {
      const outcome: FetchOutcome =
        phase === "connect" ? "connect-failed" : phase === "tls" ? "tls-failed" : "protocol-error";
      const reason = describeSocketError(err);
      finish({
        outcome,
        phase,
        error: phase === "tls" ? `TLS handshake failed: ${reason}` : reason,
      });
    });
    socket.once("secureConnect", () => {
      tls = judgeCertificate(socket, host);
      certificate = describeCertificate(socket.getPeerCertificate(), options);
      // A sender stops at an invalid certificate (RFC 8461 §3.3); so do we.
      if (!tls.valid) return finish({ outcome: "cert-invalid", phase: "tls" });
      phase = "headers";
      const req = httpRequest({
        createConnection: () => socket,
        method: "GET",
        path: WELL_KNOWN_PATH,
        headers: {
          host: options.ports.https === 443 ? host : `${host}:${options.ports.https}`,
          "user-agent": USER_AGENT,
          accept: "text/plain",
          connection: "close",
        },
      });
      req.on("error", (err) =>
        finish({ outcome: "protocol-error", phase, error: describeSocketError(err) }),
      );
      req.on("response", (res) => {
        phase = "body";
        const status = res.statusCode ?? 0;
        const response: HttpsResponse = {
          status,
          location: headerText(res, "location"),
          contentType: headerText(res, "content-type"),
          bytesRead: 0,
          truncated: false,
        };
        // Senders read the body of a 200 only; any other answer is already the verdict.
        if (status !== 200) return finish({ outcome: "ok", response });
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => {
          const room = POLICY_BODY_LIMIT + 1 - response.bytesRead;
          chunks.push(chunk.subarray(0, room));
          response.bytesRead += Math.min(chunk.length, room);
          if (response.bytesRead > POLICY_BODY_LIMIT) {
            response.truncated = true;
            finish({ outcome: "ok", response });
          }
        });
        res.on("end", () => {
          if (mediaType(response.contentType) === "text/plain")
            response.body = parsePolicy(Buffer.concat(chunks), { url });
          finish({ outcome: "ok", response });
        });
        res.on("error", (err) =>
          finish({ outcome: "protocol-error", phase, error: describeSocketError(err) }),
        );
        res.on("aborted", () =>
          finish({
            outcome: "protocol-error",
            phase,
            error: "the server closed the connection mid-body",
          }),
        );
      });
      req.end();
    });
  });
}

/** Whether port 80 answers HTTP at all, within what is left of the deadline. */
function checkPlainHttp(
  host: string,
  target: ProbeAddress,
  options: ProbeOptions,
  deadlineAt: number,
): Promise<PlainHttpCheck> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (check: PlainHttpCheck) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(check);
    };
    const req = httpRequest({
      host: target.address,
      family: target.family,
      port: options.ports.http,
      method: "GET",
      path: WELL_KNOWN_PATH,
      headers: { host, "user-agent": USER_AGENT, connection: "close" },
    });
    const timer = setTimeout(
      () => done({ port: options.ports.http }),
      Math.max(0, deadlineAt - Date.now()),
    );
    req.on("response", (res) => done({ port: options.ports.http, status: res.statusCode }));
    req.on("error", () => done({ port: options.ports.http }));
    req.end();
  });
}

/** Failures below HTTP, where plain-HTTP-only hosting is the usual explanation. */
function failedBelowHttp(outcome: FetchOutcome): boolean {
  return outcome === "connect-failed" || outcome === "timeout" || outcome === "tls-failed";
}

/** The TCP connect of one attempt failed or timed out: the next address gets its turn. */
function notConnected(attempt: AttemptResult): boolean {
  return (
    attempt.phase === "connect" &&
    (attempt.outcome === "connect-failed" || attempt.outcome === "timeout")
  );
}

/**
 * The fetch over one address family: the addresses in order until one connects (as senders
 * fail over), all under one deadline, each connect under its share of what is left of it;
 * then, when HTTPS failed below HTTP, a look at port 80.
 */
async function fetchOverFamily(
  host: string,
  url: string,
  family: 4 | 6,
  addresses: ProbeAddress[],
  options: ProbeOptions,
): Promise<HttpsFamilyResult> {
  const started = Date.now();
  const deadlineAt = started + options.timeoutMs;
  const failedAddresses: HttpsFamilyResult["failedAddresses"] = [];
  let attempt: AttemptResult = { outcome: "connect-failed", phase: "connect" };
  let address = addresses[0].address;
  for (const [i, target] of addresses.entries()) {
    address = target.address;
    const remaining = Math.max(0, deadlineAt - Date.now());
    const connectMs = Math.max(1, Math.floor(remaining / (addresses.length - i)));
    attempt = await fetchFrom(host, url, target, options, deadlineAt, connectMs);
    const last = i === addresses.length - 1 || Date.now() >= deadlineAt;
    if (!notConnected(attempt) || last) break;
    failedAddresses.push({ address, error: attempt.error ?? "connection failed" });
  }
  const result: HttpsFamilyResult = {
    family,
    address,
    ...attempt,
    failedAddresses,
    elapsedMs: Date.now() - started,
  };
  if (failedBelowHttp(attempt.outcome) && Date.now() < deadlineAt) {
    const target = addresses.find((a) => a.address === address) ?? addresses[0];
    result.plainHttp = await checkPlainHttp(host, target, options, deadlineAt);
  }
  return result;
}

/**
 * Fetches `https://<host>/.well-known/mta-sts.txt` from the given addresses (already allowed
 * by the address guard), IPv4 and IPv6 separately and concurrently, and reports what each
 * family saw. Never throws; every failure is part of the observation.
 */
export async function fetchPolicy(
  host: string,
  addresses: ProbeAddress[],
  options: ProbeOptions,
): Promise<HttpsObservation> {
  const url = policyUrl(host, options.ports.https);
  const byFamily = ([4, 6] as const)
    .map((family) => ({ family, list: addresses.filter((a) => a.family === family) }))
    .filter((g) => g.list.length > 0);
  const families = await Promise.all(
    byFamily.map((g) => fetchOverFamily(host, url, g.family, g.list, options)),
  );
  return { host, url, families };
}
