import type { Finding } from "../../src/model/finding.js";
import type { RefusedAddress } from "../../src/model/live.js";
import type { HttpsFamilyResult, HttpsObservation } from "../../src/model/live-https.js";
import type { SmtpAddressResult, SmtpObservation } from "../../src/model/live-smtp.js";
import type { CertificateDetails, TlsVerdict } from "../../src/model/live-tls.js";
import type { Rule } from "../../src/model/rule.js";
import { parsePolicy } from "../../src/parse/policy.js";
import { buildDomain, lintModels } from "./lint.js";

/**
 * Observations as the HTTPS and SMTP probes record them, for rule tests that judge one
 * situation without a server (the probe tests cover the servers).
 */
export const POLICY_HOST = "mta-sts.example.com";
export const POLICY_URL = `https://${POLICY_HOST}/.well-known/mta-sts.txt`;
export const ENFORCE_POLICY =
  "version: STSv1\nmode: enforce\nmx: mx1.example.net\nmax_age: 604800\n";

export function cert(overrides: Partial<CertificateDetails> = {}): CertificateDetails {
  return {
    subject: POLICY_HOST,
    issuer: "Let's Encrypt R11",
    dnsNames: [POLICY_HOST],
    validFrom: "2026-10-01T00:00:00.000Z",
    validTo: "2026-12-30T00:00:00.000Z",
    daysLeft: 60,
    expiryThresholdDays: 14,
    fingerprint256: "AA:BB",
    ...overrides,
  };
}

export const VALID: TlsVerdict = { valid: true };

/** A family that fetched `body` (text/plain, 200) unless overridden. */
export function family(
  overrides: Partial<HttpsFamilyResult> = {},
  body = ENFORCE_POLICY,
): HttpsFamilyResult {
  return {
    family: 4,
    address: "192.0.2.10",
    outcome: "ok",
    failedAddresses: [],
    tls: VALID,
    certificate: cert(),
    response: {
      status: 200,
      contentType: "text/plain",
      bytesRead: Buffer.byteLength(body),
      truncated: false,
      body: parsePolicy(body, { url: POLICY_URL }),
    },
    elapsedMs: 120,
    ...overrides,
  };
}

export function https(...families: HttpsFamilyResult[]): HttpsObservation {
  return { host: POLICY_HOST, url: POLICY_URL, families };
}

export function smtpResult(overrides: Partial<SmtpAddressResult> = {}): SmtpAddressResult {
  return {
    address: "192.0.2.25",
    family: 4,
    outcome: "ok",
    banner: "mx1.example.net ESMTP",
    ehloKeywords: ["PIPELINING", "STARTTLS"],
    starttlsOffered: true,
    tls: VALID,
    certificate: cert({ subject: "mx1.example.net", dnsNames: ["mx1.example.net"] }),
    elapsedMs: 80,
    ...overrides,
  };
}

export function smtp(...addresses: SmtpAddressResult[]): SmtpObservation {
  return { host: "mx1.example.net", port: 25, addresses };
}

/** Runs rules over a domain with a local policy and the given live observations. */
export function lintLive(
  rules: Rule | Rule[],
  live: {
    https?: HttpsObservation;
    smtp?: SmtpObservation[];
    refused?: RefusedAddress[];
    policy?: string | null;
  },
): Finding[] {
  const domain = buildDomain(live.policy === null ? {} : { policy: live.policy ?? ENFORCE_POLICY });
  domain.live = {
    areas: ["https", "smtp"],
    https: live.https,
    smtp: live.smtp,
    refused: live.refused,
  };
  return lintModels(rules, [domain]);
}
