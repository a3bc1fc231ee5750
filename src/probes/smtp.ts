import { connect as netConnect, type Socket } from "node:net";
import { type TLSSocket, connect as tlsConnect } from "node:tls";
import type {
  SmtpAddressResult,
  SmtpObservation,
  SmtpOutcome,
  SmtpPhase,
} from "../model/live-smtp.js";
import { mapBounded } from "./limit.js";
import type { ProbeAddress, ProbeOptions } from "./options.js";
import { ehloKeywords, ReplyReader, type SmtpReply } from "./smtp-reply.js";
import {
  clip,
  describeCertificate,
  describeSocketError,
  judgeCertificate,
  trustContext,
} from "./tls-verdict.js";

/**
 * Addresses probed per MX host, as for name servers: enough to see a broken address among
 * working ones, while a host that resolves to hundreds of addresses costs no more.
 */
export const MAX_ADDRESSES_PER_MX = 4;
/** SMTP sessions in flight at once, per MX host and across the MX hosts of a domain. */
export const SMTP_SESSIONS_IN_FLIGHT = 2;

/**
 * The addresses of an MX host to probe: at most MAX_ADDRESSES_PER_MX, the families taken in
 * turn so an IPv6 problem is not hidden behind many A records; and how many were left out.
 */
export function pickMxAddresses(addresses: readonly ProbeAddress[]): {
  picked: ProbeAddress[];
  omitted: number;
} {
  const v4 = addresses.filter((a) => a.family === 4);
  const v6 = addresses.filter((a) => a.family === 6);
  const picked: ProbeAddress[] = [];
  for (let i = 0; picked.length < MAX_ADDRESSES_PER_MX && (i < v4.length || i < v6.length); i++) {
    if (i < v4.length) picked.push(v4[i]);
    if (i < v6.length && picked.length < MAX_ADDRESSES_PER_MX) picked.push(v6[i]);
  }
  // IPv4 first, as the rows and findings list them.
  picked.sort((a, b) => a.family - b.family);
  return { picked, omitted: addresses.length - picked.length };
}

/** The name we greet with: reserved (RFC 2606), so it never claims to be someone's host. */
const EHLO_NAME = "mta-sts-lint.invalid";

const PHASE_WORDS: Record<SmtpPhase, string> = {
  connect: "the TCP connection to port 25 was not established",
  banner: "no 220 greeting arrived",
  ehlo: "no answer to EHLO",
  starttls: "no answer to STARTTLS",
  tls: "the TLS handshake did not finish",
  quit: "no answer to QUIT",
};

function replyText(reply: SmtpReply): string {
  return clip(`${reply.code} ${reply.lines.join(" / ")}`, 200);
}

/**
 * One SMTP session with one address, as a sending MTA runs it up to the point that matters
 * for MTA-STS (RFC 8461 §4.2): greeting, EHLO, STARTTLS, the TLS handshake with SNI = the MX
 * host, PKIX validation for the MX host name, QUIT. One deadline for the whole session:
 * at `timeoutMs` the socket is destroyed, whatever the server is doing.
 */
function probeAddress(
  host: string,
  target: ProbeAddress,
  options: ProbeOptions,
): Promise<SmtpAddressResult> {
  return new Promise((resolve) => {
    const started = Date.now();
    const result: SmtpAddressResult = {
      address: target.address,
      family: target.family,
      outcome: "ok",
      elapsedMs: 0,
    };
    let phase: SmtpPhase = "connect";
    let settled = false;
    let tlsSocket: TLSSocket | undefined;
    const plain: Socket = netConnect({ host: target.address, port: options.ports.smtp });
    const reader = new ReplyReader();

    const finish = (outcome: SmtpOutcome, error?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      result.outcome = outcome;
      if (outcome !== "ok") result.phase ??= phase;
      if (error !== undefined) result.error = clip(error, 200);
      result.elapsedMs = Date.now() - started;
      tlsSocket?.destroy();
      plain.destroy();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish("timeout", `timed out after ${options.timeoutMs} ms: ${PHASE_WORDS[phase]}`),
      options.timeoutMs,
    );

    /** Ends politely after the verdict; the verdict stands whatever QUIT brings. */
    let verdict: { outcome: SmtpOutcome; error?: string } | undefined;
    const quit = (socket: Socket, outcome: SmtpOutcome, error?: string) => {
      // The verdict belongs to the step that produced it, not to the goodbye.
      if (outcome !== "ok") result.phase = phase;
      phase = "quit";
      verdict = { outcome, error };
      socket.write("QUIT\r\n", () => finish(outcome, error));
    };

    const startTls = () => {
      phase = "tls";
      plain.removeAllListeners("data");
      tlsSocket = tlsConnect({
        socket: plain,
        servername: host,
        secureContext: trustContext(options),
        rejectUnauthorized: false,
      });
      tlsSocket.on("error", (err) =>
        finish("tls-failed", `TLS handshake failed: ${describeSocketError(err)}`),
      );
      tlsSocket.once("secureConnect", () => {
        const socket = tlsSocket as TLSSocket;
        result.tls = judgeCertificate(socket, host);
        result.certificate = describeCertificate(socket.getPeerCertificate(), options);
        quit(socket, result.tls.valid ? "ok" : "cert-invalid");
      });
    };

    const onReply = (reply: SmtpReply) => {
      if (phase === "banner") {
        if (reply.code !== 220) return finish("protocol-error", `greeting was ${replyText(reply)}`);
        result.banner = clip(reply.lines[0] ?? "", 200);
        phase = "ehlo";
        plain.write(`EHLO ${EHLO_NAME}\r\n`);
      } else if (phase === "ehlo") {
        if (reply.code !== 250)
          return finish("protocol-error", `EHLO was answered ${replyText(reply)}`);
        result.ehloKeywords = ehloKeywords(reply);
        result.starttlsOffered = result.ehloKeywords.includes("STARTTLS");
        if (!result.starttlsOffered)
          return quit(plain, "starttls-missing", "the EHLO answer does not list STARTTLS");
        phase = "starttls";
        plain.write("STARTTLS\r\n");
      } else if (phase === "starttls") {
        if (reply.code !== 220)
          return quit(plain, "starttls-missing", `STARTTLS was refused: ${replyText(reply)}`);
        startTls();
      }
    };

    plain.once("connect", () => {
      phase = "banner";
    });
    plain.on("data", (chunk: Buffer) => {
      const { replies, error } = reader.push(chunk);
      for (const reply of replies) {
        if (settled || phase === "tls" || phase === "quit") break;
        onReply(reply);
      }
      // Bytes after the 220 to STARTTLS belong to the TLS stream, not to the reply reader.
      if (error && !settled && phase !== "tls" && phase !== "quit") finish("protocol-error", error);
    });
    plain.on("error", (err) => {
      if (verdict) return finish(verdict.outcome, verdict.error);
      // During the handshake the TCP socket may report the failure before the TLS socket does.
      const outcome =
        phase === "connect" ? "connect-failed" : phase === "tls" ? "tls-failed" : "protocol-error";
      const reason = describeSocketError(err);
      finish(outcome, phase === "tls" ? `TLS handshake failed: ${reason}` : reason);
    });
    plain.on("close", () => {
      if (verdict) return finish(verdict.outcome, verdict.error);
      if (phase !== "tls")
        finish("protocol-error", `the server closed the connection: ${PHASE_WORDS[phase]}`);
    });
  });
}

/**
 * Probes STARTTLS on the given addresses of one MX host (already allowed by the address
 * guard), at most SMTP_SESSIONS_IN_FLIGHT at once, each under its own deadline. Never throws.
 */
export async function probeMxHost(
  host: string,
  addresses: ProbeAddress[],
  options: ProbeOptions,
): Promise<SmtpObservation> {
  const results = await mapBounded(addresses, SMTP_SESSIONS_IN_FLIGHT, (a) =>
    probeAddress(host, a, options),
  );
  return { host, port: options.ports.smtp, addresses: results };
}
