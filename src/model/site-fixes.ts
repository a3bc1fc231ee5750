import type { Location } from "./finding.js";
import { type JekyllView, POLICY_FRONT_MATTER } from "./jekyll.js";
import type { PolicyDoc } from "./policy.js";
import type { Span } from "./position.js";
import { policyHostName } from "./records.js";

/**
 * Paste-able corrections for a policy a static site publishes, and the wording the hosting-*
 * rules share.
 */

/** Why a page that is not the plain policy breaks delivery, said once for every hosting rule. */
export const NOT_A_POLICY =
  "senders (Google, Microsoft, Postfix + postfix-mta-sts-resolver, Stalwart, mox) then find no valid policy (TLS-RPT result type sts-policy-fetch-error or sts-policy-invalid) and deliver as if the domain had none";

/**
 * The policy body with every field on its own clean line (`name: value`, no indentation,
 * comments, blank lines or front matter), in the order written, ending with one LF.
 * Undefined when the body holds no field to keep.
 */
export function cleanPolicyBody(doc: PolicyDoc | undefined): string | undefined {
  if (!doc || doc.fields.length === 0) return undefined;
  return `${doc.fields.map((f) => `${f.name}: ${f.value}`).join("\n")}\n`;
}

/** The whole file a Jekyll site should hold: front matter that serves it as is, then the clean body. */
export function correctedPageFile(doc: PolicyDoc | undefined): string {
  const body = cleanPolicyBody(doc);
  return body === undefined ? POLICY_FRONT_MATTER : `${POLICY_FRONT_MATTER}\n${body}`;
}

/** The URL senders would find the file at on the policy host. */
export function servedUrl(domain: string, path: string): string {
  return `https://${policyHostName(domain)}${path}`;
}

/** A span in the policy file, else its start. */
export function inPolicyFile(site: JekyllView, span?: Span): Location {
  return { file: site.input.file, span: span ?? { line: 1, column: 1, endLine: 1, endColumn: 1 } };
}

/**
 * For findings that only hold if GitHub Pages really publishes the file: how the site was
 * recognised, and how to say otherwise.
 */
export function detectionNote(site: JekyllView): string {
  return site.input.detectedFrom
    ? ` (The site was taken for a GitHub Pages site from ${site.input.detectedFrom}; if another server publishes this file, set "hosting: none" for the domain in the configuration.)`
    : "";
}
