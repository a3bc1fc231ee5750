import { domainToASCII } from "node:url";

/**
 * Host names are compared as RFC 8461 §4.1 asks: lowercase A-labels, one trailing dot removed.
 * U-labels are converted with the WHATWG/UTS-46 mapping node:url implements.
 */
export function normalizeHost(name: string): string {
  let n = name.endsWith(".") ? name.slice(0, -1) : name;
  n = n.toLowerCase();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII test
  if (!/^[\x00-\x7f]*$/.test(n)) {
    const ascii = domainToASCII(n);
    if (ascii) n = ascii;
  }
  return n;
}

/** The A-label form of a name written with U-labels, or undefined when it has none or is invalid. */
export function toALabel(name: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII test
  if (/^[\x00-\x7f]*$/.test(name)) return undefined;
  const ascii = domainToASCII(name.toLowerCase());
  return ascii || undefined;
}

/**
 * Does an MTA-STS `mx` pattern cover a host (RFC 8461 §4.1)? Both are normalised first.
 * A pattern `*.S` covers exactly one extra left-most label: `*.example.net` covers
 * `mx1.example.net` but neither `example.net` nor `a.b.example.net`. Never substring matching.
 */
export function patternCovers(pattern: string, host: string): boolean {
  const p = normalizeHost(pattern);
  const h = normalizeHost(host);
  if (p.startsWith("*.")) {
    const suffix = p.slice(1); // ".example.net"
    if (!h.endsWith(suffix)) return false;
    const label = h.slice(0, h.length - suffix.length);
    return label.length > 0 && !label.includes(".");
  }
  return p === h;
}

/** Is `name` equal to `zone` or below it? (normalised names) */
export function isAtOrBelow(name: string, zone: string): boolean {
  return name === zone || name.endsWith(`.${zone}`);
}

const LDH_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** Is this a syntactically valid host name (LDH labels of 1–63 octets, at most 253 octets)? */
export function isValidHostName(name: string): boolean {
  if (name.length === 0 || name.length > 253) return false;
  return name.split(".").every((l) => LDH_LABEL.test(l));
}

/** Looks like an IPv4 or IPv6 address literal (possibly bracketed). */
export function isIpLiteral(value: string): boolean {
  const v = value.replace(/^\[|\]$/g, "");
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(v)) return true;
  return v.includes(":") && /^[0-9a-f:.]+$/i.test(v);
}
