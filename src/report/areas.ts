import type { Area, AreaStatus } from "../model/finding.js";

/** Column titles of the scorecard, in the order of AREAS (interface.md, "Job summary"). */
export const AREA_TITLES: Record<Area, string> = {
  policy: "Policy",
  "sts-record": "TXT record",
  mx: "MX coverage",
  tlsrpt: "TLS-RPT",
  zone: "Zone",
  change: "Change safety",
  dns: "DNS",
  https: "HTTPS",
  smtp: "SMTP",
};

/** Worst first: the order a scorecard row or a domain list is sorted by. */
export const STATUS_ORDER: readonly AreaStatus[] = ["fail", "warn", "pass", "skipped"];

export function statusRank(s: AreaStatus): number {
  return STATUS_ORDER.indexOf(s);
}
