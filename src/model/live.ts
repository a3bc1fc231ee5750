import type { Area } from "./finding.js";

/**
 * What the live probes observed for one policy domain (DNS answers, the HTTPS policy fetch,
 * STARTTLS on each MX). Rules over it are pure: the probes gather, the rules judge.
 */
export interface LiveObservations {
  /** The live areas that ran for this domain (dns, https, smtp). */
  areas: Area[];
}
