/**
 * How the live probes behave: deadlines, ports and trust. The defaults are what real senders
 * use; the library API lets tests point the probes at loopback servers on high ports and a
 * throwaway CA (users never need to).
 */
export interface ProbeOptions {
  /** One total deadline per probe (DNS question, policy fetch, SMTP session), in ms. */
  timeoutMs: number;
  ports: { https: number; http: number; smtp: number };
  /** Extra trusted CA certificates (PEM), added to Node's bundled roots. */
  ca?: string[];
  /** Connect to loopback, private and reserved addresses (refused by default: SSRF guard). */
  allowPrivateAddresses: boolean;
  /** Warn when a certificate expires within this many days. */
  certExpiryDays: number;
  /** The clock the certificate checks read. */
  now: () => Date;
  /** DNS servers for the live questions (`ip` or `ip:port`); empty or absent: the system's. */
  resolvers?: string[];
  /** The port authoritative name servers are asked on (53; tests use a high port). */
  nameServerPort?: number;
}

export const DEFAULT_PORTS: ProbeOptions["ports"] = { https: 443, http: 80, smtp: 25 };

/** One address of a host, as resolved (and let through the address guard) for a probe. */
export interface ProbeAddress {
  address: string;
  family: 4 | 6;
}
