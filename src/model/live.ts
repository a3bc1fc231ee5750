import type { Area } from "./finding.js";
import type { DnsObservation } from "./live-dns.js";
import type { HttpsObservation } from "./live-https.js";
import type { SmtpObservation } from "./live-smtp.js";

/** An address the probes did not connect to (the address guard), and where it came from. */
export interface RefusedAddress {
  /** The host name that resolved to it. */
  host: string;
  address: string;
  family: 4 | 6;
  /** Which probe would have used it. */
  area: Extract<Area, "dns" | "https" | "smtp">;
  /** Why: "loopback", "private", "link-local" … */
  category: string;
}

/** The address guard's refusal in words, from its category: the one place it is worded. */
export function refusedWords(category: string): string {
  return `refused: private address (${category})`;
}

/**
 * What the live probes observed for one policy domain (DNS answers, the HTTPS policy fetch,
 * STARTTLS on each MX). Rules over it are pure: the probes gather, the rules judge.
 */
export interface LiveObservations {
  /** The live areas that ran for this domain (dns, https, smtp). */
  areas: Area[];
  dns?: DnsObservation;
  https?: HttpsObservation;
  smtp?: SmtpObservation[];
  /** Addresses the address guard kept the probes away from. */
  refused?: RefusedAddress[];
}

/** One host and address family in the live section of the summary and the text report. */
export interface LiveHostRow {
  area: Extract<Area, "https" | "smtp">;
  /** The policy host or the MX host. */
  host: string;
  family: 4 | 6;
  address: string;
  /** Reached, and the TLS handshake (and for HTTPS the answer) came through. */
  reachable: boolean;
  /** How the probe ended, in words (server text inside is data). */
  outcome: string;
  /** The certificate's last day (ISO date) and the whole days left. */
  certExpires?: string;
  daysLeft?: number;
  /** Wall time of the fetch or session, in ms. */
  elapsedMs: number;
  /** On the last row of an MX host: how many of its addresses were left unprobed (cap). */
  omittedAddresses?: number;
}

/** Words for a probe outcome; `error` is the probe's own (bounded) reason. */
function outcomeWords(outcome: string, error: string | undefined, status?: number): string {
  if (outcome === "ok") return status !== undefined ? `HTTP ${status}` : "STARTTLS ok";
  return error ? `${outcome}: ${error}` : outcome;
}

/** The rows of the live section for one domain: the policy host per family, each MX address. */
export function liveHostRows(live: LiveObservations | undefined): LiveHostRow[] {
  const rows: LiveHostRow[] = [];
  for (const f of live?.https?.families ?? []) {
    const row: LiveHostRow = {
      area: "https",
      host: live?.https?.host ?? "",
      family: f.family,
      address: f.address,
      reachable: f.outcome === "ok",
      outcome: outcomeWords(f.outcome, f.error, f.response?.status),
      elapsedMs: f.elapsedMs,
    };
    if (f.certificate) {
      row.certExpires = f.certificate.validTo.slice(0, 10);
      row.daysLeft = f.certificate.daysLeft;
    }
    rows.push(row);
  }
  for (const mx of live?.smtp ?? []) {
    for (const a of mx.addresses) {
      const row: LiveHostRow = {
        area: "smtp",
        host: mx.host,
        family: a.family,
        address: a.address,
        reachable: a.outcome === "ok",
        outcome: outcomeWords(a.outcome, a.error),
        elapsedMs: a.elapsedMs,
      };
      if (a.certificate) {
        row.certExpires = a.certificate.validTo.slice(0, 10);
        row.daysLeft = a.certificate.daysLeft;
      }
      rows.push(row);
    }
    const last = rows[rows.length - 1];
    if (mx.omittedAddresses && last?.area === "smtp" && last.host === mx.host)
      last.omittedAddresses = mx.omittedAddresses;
  }
  return rows;
}
