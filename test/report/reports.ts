import { AREAS, type Area, type AreaStatus, type Finding } from "../../src/model/finding.js";
import type { DomainReport, LintReport } from "../../src/model/report.js";
import type { RuleMeta } from "../../src/model/rule.js";
import { counts } from "../../src/report/exit.js";

/** Hand-built reports with realistic content, as the engine would produce them. */

export const RULES: RuleMeta[] = [
  {
    id: "policy-mx-required",
    area: "policy",
    defaultSeverity: "error",
    description: "Mode enforce or testing and no mx line.",
    rfc: "RFC 8461 §3.2",
  },
  {
    id: "policy-mode-testing",
    area: "policy",
    defaultSeverity: "notice",
    description: "Mode testing: failures are reported, not enforced.",
    rfc: "RFC 8461 §5",
  },
  {
    id: "policy-syntax",
    area: "policy",
    defaultSeverity: "error",
    description: "A line is not `key: value` per the ABNF.",
    rfc: "RFC 8461 §3.2",
  },
  {
    id: "mx-not-covered",
    area: "mx",
    defaultSeverity: "error",
    description: "An MX host in the zone matches no policy mx pattern.",
    rfc: "RFC 8461 §4.1",
  },
  {
    id: "tlsrpt-missing",
    area: "tlsrpt",
    defaultSeverity: "warning",
    description: "No v=TLSRPTv1 record at _smtp._tls.",
    rfc: "RFC 8460 §3",
  },
  {
    id: "https-content-type",
    area: "https",
    defaultSeverity: "error",
    description: "The media type is not text/plain.",
    rfc: "RFC 8461 §3.3",
  },
  {
    id: "config-invalid",
    area: null,
    defaultSeverity: "error",
    description: "The configuration file or action inputs are invalid.",
  },
];

export function checks(
  overrides: Partial<Record<Area, AreaStatus>> = {},
): Record<Area, AreaStatus> {
  const c = {} as Record<Area, AreaStatus>;
  for (const a of AREAS) c[a] = overrides[a] ?? "skipped";
  return c;
}

export function domainReport(domain: string, extra: Partial<DomainReport> = {}): DomainReport {
  return {
    domain,
    policyFile: `mta-sts/${domain}.txt`,
    zoneFile: `zones/${domain}.zone`,
    mode: "enforce",
    id: "20261128T000000",
    checks: checks({
      policy: "pass",
      "sts-record": "pass",
      mx: "pass",
      tlsrpt: "pass",
      zone: "pass",
    }),
    ...extra,
  };
}

export function report(
  findings: Finding[],
  domains: DomainReport[] = [domainReport("example.com")],
): LintReport {
  return {
    version: 1,
    tool: { name: "mta-sts-lint", version: "0.1.0" },
    domains,
    findings,
    summary: counts(findings),
  };
}

/** The RFC 8461 §3.2 mistake seen most in the wild: mode enforce without any mx line. */
export const mxRequired: Finding = {
  rule: "policy-mx-required",
  severity: "error",
  domain: "example.com",
  area: "policy",
  message:
    "Mode enforce without any mx line: senders that honour the policy (Google, Microsoft, Postfix with postfix-mta-sts-resolver) match no MX host and stop delivering. Add one mx line per MX host.",
  location: {
    file: "mta-sts/example.com.txt",
    span: { line: 2, column: 1, endLine: 2, endColumn: 14 },
  },
  fix: "mx: mail.example.com",
};

export const mxNotCovered: Finding = {
  rule: "mx-not-covered",
  severity: "error",
  domain: "example.com",
  area: "mx",
  message:
    "MX host mx2.example.net matches no mx pattern of the policy: senders enforcing MTA-STS refuse to deliver to it (RFC 8460 result type validation-failure).",
  location: {
    file: "zones/example.com.zone",
    span: { line: 12, column: 1, endLine: 12, endColumn: 36 },
  },
  fix: "mx: mx2.example.net",
};

export const tlsrptMissing: Finding = {
  rule: "tlsrpt-missing",
  severity: "warning",
  domain: "example.com",
  area: "tlsrpt",
  message:
    "No v=TLSRPTv1 record at _smtp._tls.example.com: nobody tells you when senders fail to deliver over TLS.",
  location: { file: "zones/example.com.zone" },
};

export const liveContentType: Finding = {
  rule: "https-content-type",
  severity: "error",
  domain: "example.com",
  area: "https",
  message:
    "The policy is served as text/html: postfix-mta-sts-resolver rejects it. Serve it as text/plain.",
  location: { url: "https://mta-sts.example.com/.well-known/mta-sts.txt" },
};

/** Text an attacker controls (a policy line, a DNS answer) carrying every trick at once. */
export const HOSTILE =
  "::error::x <script>alert(1)</script> [link](http://x) @org/team `tick` a|b #12\r\n::add-mask::secret\u001b[31mred ##[group]g";

export function hostile(base: Finding, rule = base.rule): Finding {
  return {
    ...base,
    rule,
    message: `${HOSTILE} in ${base.message}`,
    location: {
      ...base.location,
      file: base.location.file ? `mta-sts/::error::<b>|@org/team.txt` : undefined,
    },
    fix: `mx: ${HOSTILE}`,
  };
}
