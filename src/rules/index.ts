// The ordered rule registry: every rule the linter runs, in the order their findings are
// listed. Adding a rule means adding its file, its docs page and its tests, then one line here.
import type { Rule, RuleMeta } from "../model/rule.js";
import { rule as changeDeployOrder } from "./change-deploy-order.js";
import { rule as changeIdNotBumped } from "./change-id-not-bumped.js";
import { rule as changeIdWithoutPolicyChange } from "./change-id-without-policy-change.js";
import { rule as changeMxNotInPublishedPolicy } from "./change-mx-not-in-published-policy.js";
import { rule as changeRemovalUnsafe } from "./change-removal-unsafe.js";
import { rule as configInvalid } from "./config-invalid.js";
import { rule as hostingCnameMismatch } from "./hosting-cname-mismatch.js";
import { rule as hostingFrontMatter } from "./hosting-front-matter.js";
import { rule as hostingLayout } from "./hosting-layout.js";
import { rule as hostingLiquid } from "./hosting-liquid.js";
import { rule as hostingNotPublished } from "./hosting-not-published.js";
import { rule as hostingPermalink } from "./hosting-permalink.js";
import { rule as httpsCertExpiring } from "./https-cert-expiring.js";
import { rule as httpsCertInvalid } from "./https-cert-invalid.js";
import { rule as httpsContentType } from "./https-content-type.js";
import { rule as httpsPolicyDrift } from "./https-policy-drift.js";
import { rule as httpsRedirect } from "./https-redirect.js";
import { rule as httpsSlow } from "./https-slow.js";
import { rule as httpsStatus } from "./https-status.js";
import { rule as httpsTooLarge } from "./https-too-large.js";
import { rule as httpsUnreachable } from "./https-unreachable.js";
import { rule as inputUnreadable } from "./input-unreadable.js";
import { rule as liveDnsError } from "./live-dns-error.js";
import { rule as liveMxDrift } from "./live-mx-drift.js";
import { rule as liveNsInconsistent } from "./live-ns-inconsistent.js";
import { rule as liveStsRecordDrift } from "./live-sts-record-drift.js";
import { rule as liveTlsrptDrift } from "./live-tlsrpt-drift.js";
import { rule as mxMissing } from "./mx-missing.js";
import { rule as mxNotCovered } from "./mx-not-covered.js";
import { rule as mxNull } from "./mx-null.js";
import { rule as mxPatternUnused } from "./mx-pattern-unused.js";
import { rule as mxTargetInvalid } from "./mx-target-invalid.js";
import { rule as policyBlankLine } from "./policy-blank-line.js";
import { rule as policyDuplicateField } from "./policy-duplicate-field.js";
import { rule as policyHostMissing } from "./policy-host-missing.js";
import { rule as policyMaxAge } from "./policy-max-age.js";
import { rule as policyMaxAgeShort } from "./policy-max-age-short.js";
import { rule as policyMode } from "./policy-mode.js";
import { rule as policyModeNone } from "./policy-mode-none.js";
import { rule as policyModeTesting } from "./policy-mode-testing.js";
import { rule as policyMxDuplicate } from "./policy-mx-duplicate.js";
import { rule as policyMxInvalid } from "./policy-mx-invalid.js";
import { rule as policyMxRequired } from "./policy-mx-required.js";
import { rule as policyMxWildcardBroad } from "./policy-mx-wildcard-broad.js";
import { rule as policySyntax } from "./policy-syntax.js";
import { rule as policyTooLarge } from "./policy-too-large.js";
import { rule as policyUnknownField } from "./policy-unknown-field.js";
import { rule as policyVersion } from "./policy-version.js";
import { rule as smtpCertExpiring } from "./smtp-cert-expiring.js";
import { rule as smtpCertInvalid } from "./smtp-cert-invalid.js";
import { rule as smtpStarttlsMissing } from "./smtp-starttls-missing.js";
import { rule as smtpUnreachable } from "./smtp-unreachable.js";
import { rule as stsRecordAtApex } from "./sts-record-at-apex.js";
import { rule as stsRecordDuplicateField } from "./sts-record-duplicate-field.js";
import { rule as stsRecordId } from "./sts-record-id.js";
import { rule as stsRecordMissing } from "./sts-record-missing.js";
import { rule as stsRecordMultiple } from "./sts-record-multiple.js";
import { rule as stsRecordSplit } from "./sts-record-split.js";
import { rule as stsRecordSyntax } from "./sts-record-syntax.js";
import { rule as stsRecordTtlLong } from "./sts-record-ttl-long.js";
import { rule as stsRecordUnrelated } from "./sts-record-unrelated.js";
import { rule as stsRecordWhitespace } from "./sts-record-whitespace.js";
import { rule as tlsrptMissing } from "./tlsrpt-missing.js";
import { rule as tlsrptMultiple } from "./tlsrpt-multiple.js";
import { rule as tlsrptRua } from "./tlsrpt-rua.js";
import { rule as tlsrptSyntax } from "./tlsrpt-syntax.js";
import { rule as tlsrptWhitespace } from "./tlsrpt-whitespace.js";
import { rule as tlsrptWrongName } from "./tlsrpt-wrong-name.js";
import { rule as zoneSyntax } from "./zone-syntax.js";

export const RULES: readonly Rule[] = [
  inputUnreadable,
  configInvalid,
  zoneSyntax,
  policySyntax,
  policyBlankLine,
  policyVersion,
  policyMode,
  policyMaxAge,
  policyMaxAgeShort,
  policyMxRequired,
  policyMxInvalid,
  policyMxDuplicate,
  policyDuplicateField,
  policyUnknownField,
  policyTooLarge,
  policyModeTesting,
  policyModeNone,
  policyMxWildcardBroad,
  hostingFrontMatter,
  hostingLayout,
  hostingLiquid,
  hostingPermalink,
  hostingNotPublished,
  hostingCnameMismatch,
  stsRecordMissing,
  stsRecordMultiple,
  stsRecordSyntax,
  stsRecordId,
  stsRecordWhitespace,
  stsRecordDuplicateField,
  stsRecordUnrelated,
  stsRecordAtApex,
  stsRecordSplit,
  stsRecordTtlLong,
  policyHostMissing,
  mxNotCovered,
  mxPatternUnused,
  mxMissing,
  mxNull,
  mxTargetInvalid,
  tlsrptMissing,
  tlsrptMultiple,
  tlsrptSyntax,
  tlsrptRua,
  tlsrptWhitespace,
  tlsrptWrongName,
  liveDnsError,
  liveStsRecordDrift,
  liveMxDrift,
  liveTlsrptDrift,
  liveNsInconsistent,
  httpsUnreachable,
  httpsCertInvalid,
  httpsCertExpiring,
  httpsRedirect,
  httpsStatus,
  httpsContentType,
  httpsTooLarge,
  httpsSlow,
  httpsPolicyDrift,
  smtpUnreachable,
  smtpStarttlsMissing,
  smtpCertInvalid,
  smtpCertExpiring,
  changeIdNotBumped,
  changeIdWithoutPolicyChange,
  changeDeployOrder,
  changeMxNotInPublishedPolicy,
  changeRemovalUnsafe,
];

export const RULE_METAS: readonly RuleMeta[] = RULES.map((r) => r.meta);
