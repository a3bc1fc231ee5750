import type { DomainModel } from "../../src/model/domain.js";
import { buildDomain, type ModelInput, policyText, zoneWith } from "./lint.js";

/** The run's clock in the change tests: suggested ids and timeline times come from it. */
export const NOW = new Date("2026-11-28T12:00:00Z");

/** A head model compared with a base model (both built with the real parsers). */
export function changed(base: ModelInput | null, head: ModelInput, now = NOW): DomainModel {
  const model = buildDomain(head);
  model.base = base
    ? { revision: "base1234", checkedAt: now, model: buildDomain(base) }
    : { revision: "base1234", checkedAt: now };
  return model;
}

/** A policy with an explicit max_age (policyText's is 604800). */
export function policyWithMaxAge(mode: string, maxAge: number, ...mx: string[]): string {
  return policyText(mode, ...mx).replace("max_age: 604800", `max_age: ${maxAge}`);
}

/**
 * A zone with the `_mta-sts` record (id, line 5), the policy host (line 6), the given MX hosts
 * (from line 7) and a TLS-RPT record after them, so that only the change rules have a say.
 */
export function stsZone(id: string | undefined, ...mx: string[]): string {
  return zoneWith(
    ...(id !== undefined ? [`_mta-sts IN TXT "v=STSv1; id=${id}"`] : []),
    "mta-sts IN CNAME pages.example.net.",
    ...mx.map((h, i) => `@ IN MX ${10 * (i + 1)} ${h}.`),
    '_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls-reports@example.com"',
  );
}
