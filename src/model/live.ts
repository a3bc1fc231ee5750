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
