import { isIpLiteral, normalizeHost, toALabel } from "./hostname.js";
import { quoted as q } from "./wording.js";

/**
 * An `mx` value of a policy is `["*."] Domain` (RFC 8461 §3.2, Domain of RFC 5321 §4.1.2):
 * LDH labels of 1–63 octets, an optional leading wildcard label, A-labels for IDNs. Senders
 * compare it with MX host names (§4.1), so anything else matches no host, and strict parsers
 * (mox) reject the whole policy for it.
 */
export interface MxPatternCheck {
  /** What is wrong, as short phrases for a message; empty when the value is a valid pattern. */
  problems: string[];
  /**
   * The corrected pattern(s) when every problem has a mechanical repair: a trailing dot, a
   * U-label, a URL or port around the name, several names on one line (one pattern each).
   */
  corrected?: string[];
}

const MAX_LABEL_OCTETS = 63;
const MAX_NAME_OCTETS = 253;
const LDH = /^[A-Za-z0-9-]+$/;

export function checkMxPattern(value: string): MxPatternCheck {
  // Several names on one line (comma, semicolon or space separated) is a common slip.
  const names = value.split(/[\s,;]+/).filter((n) => n.length > 0);
  if (names.length === 0) return { problems: ["the value is empty"] };

  const problems: string[] = [];
  if (names.length > 1) {
    problems.push(
      `it holds ${names.length} names, but each pattern needs its own "mx:" line (RFC 8461 §3.2)`,
    );
  }
  const corrected: string[] = [];
  let repairable = true;
  for (const name of names) {
    const one = checkOneName(name);
    problems.push(...one.problems);
    if (one.corrected === undefined) repairable = false;
    else corrected.push(one.corrected);
  }
  if (problems.length === 0) return { problems };
  return repairable ? { problems, corrected } : { problems };
}

export function isValidMxPattern(value: string): boolean {
  return checkMxPattern(value).problems.length === 0;
}

/**
 * The form in which two patterns are the same pattern for senders: lowercase A-labels without
 * a trailing dot (`MX.Example.com.` and `mx.example.com` are one pattern).
 */
export function mxPatternKey(value: string): string {
  return normalizeHost(value.trim());
}

interface OneName {
  problems: string[];
  corrected?: string;
}

function checkOneName(written: string): OneName {
  const problems: string[] = [];
  let repairable = true;
  let name = written;

  // "https://mail.example.com/" or "mail.example.com:25": the host is plain to see.
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]*)/i.exec(name);
  if (url) {
    problems.push(`${q(written)} is a URL; a pattern is the host name alone`);
    name = url[1];
  } else {
    const port = /^([^:]+\.[^:]*):(\d+)$/.exec(name);
    if (port) {
      problems.push(`${q(written)} carries a port; a pattern is the host name alone`);
      name = port[1];
    }
  }

  if (name === ".") {
    return {
      problems: [...problems, `"." is the DNS root (the null MX of RFC 7505), not a host name`],
    };
  }
  if (isIpLiteral(name.replace(/\.$/, ""))) {
    return {
      problems: [
        ...problems,
        `${q(name)} is an IP address; patterns match the MX host name, never an address (RFC 8461 §4.1)`,
      ],
    };
  }

  let prefix = "";
  let body = name;
  if (body.startsWith("*.")) {
    prefix = "*.";
    body = body.slice(2);
  }
  if (body.includes("*")) {
    problems.push(
      `"*" is allowed only as the whole left-most label, followed by a dot ("*.example.net", RFC 8461 §4.1)`,
    );
    repairable = false;
  }

  if (body.endsWith(".") && body.length > 1) {
    problems.push(
      "it ends with a dot, which the Domain syntax does not allow (senders compare names without it)",
    );
    body = body.slice(0, -1);
  }

  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII test
  if (!/^[\x00-\x7f]*$/.test(body)) {
    const aLabel = toALabel(body);
    if (aLabel && !aLabel.includes("*")) {
      problems.push(
        `${q(prefix + body)} is written with U-labels; RFC 8461 §3.2 requires the A-label ${q(prefix + aLabel)}`,
      );
      body = aLabel;
    } else {
      problems.push(`${q(prefix + body)} is not a valid internationalized host name`);
      return { problems };
    }
  }

  const labelProblems = checkLabels(body);
  if (labelProblems.length > 0) {
    problems.push(...labelProblems);
    repairable = false;
  }
  if (body.length > MAX_NAME_OCTETS) {
    problems.push(`the name is ${body.length} octets long, over the limit of ${MAX_NAME_OCTETS}`);
    repairable = false;
  }
  return repairable ? { problems, corrected: prefix + body } : { problems };
}

/** Label-level problems of an ASCII name (wildcards are reported before this runs). */
function checkLabels(body: string): string[] {
  const problems: string[] = [];
  const labels = body.split(".");
  if (labels.some((l) => l.length === 0)) {
    problems.push("it has an empty label (a leading dot or two dots in a row)");
  }
  for (const label of labels) {
    if (label.length === 0 || label.includes("*")) continue;
    if (label.includes("_")) {
      problems.push(`"_" is not allowed in a host name (label ${q(label)})`);
    } else if (!LDH.test(label)) {
      const bad = [...label].find((c) => !/[A-Za-z0-9-]/.test(c)) ?? "";
      problems.push(`${q(bad)} is not allowed in a host name (label ${q(label)})`);
    } else if (label.startsWith("-") || label.endsWith("-")) {
      problems.push(`the label ${q(label)} starts or ends with "-"`);
    }
    if (label.length > MAX_LABEL_OCTETS) {
      problems.push(
        `the label ${q(`${label.slice(0, 20)}…`)} is ${label.length} octets long, over the limit of ${MAX_LABEL_OCTETS}`,
      );
    }
  }
  return problems;
}
