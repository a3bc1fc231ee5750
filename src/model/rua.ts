import { isIpLiteral, isValidHostName } from "./hostname.js";
import { quoted } from "./wording.js";

/**
 * Checking one `rua` URI of a TLS-RPT record (RFC 8460 §3): `tlsrpt-uri = URI` (RFC 3986) with
 * commas, exclamation points and semicolons percent-encoded; only the `mailto:` and `https:`
 * schemes are defined. A report sender that cannot use a URI sends nothing there.
 */
export interface RuaProblem {
  /** What is wrong with the URI, as a plain-text clause (no trailing period). */
  problem: string;
  /** The corrected URI (or URIs, comma-separated), when one can be computed. */
  fix?: string;
}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const EMAIL = /^[^\s@:/]+@[^\s@]+\.[^\s@]+$/;
/** RFC 3986 unreserved, reserved and `%`; everything else must be percent-encoded. */
const URI_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/;
const BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/;
/** DMARC's `!10m` size limit, which TLS-RPT does not have. */
const SIZE_SUFFIX = /![0-9]+[kmgtKMGT]?$/;

/** Percent-encodes the characters RFC 8460 §3 says MUST be encoded in a `rua` URI. */
function encodeDelimiters(uri: string): string {
  return uri.replace(/[,!;]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The first problem of one URI, or undefined when senders can use it. */
export function checkRuaUri(uri: string): RuaProblem | undefined {
  if (uri.length === 0) return { problem: "the URI is empty (a stray comma?)" };
  if (/\s/.test(uri)) {
    const parts = uri.split(/\s+/).filter((p) => p.length > 0);
    const allUsable = parts.length > 1 && parts.every((p) => checkRuaUri(p) === undefined);
    return {
      problem: "the URI contains whitespace; several URIs must be separated by commas",
      fix: allUsable ? parts.join(",") : undefined,
    };
  }
  const scheme = SCHEME.exec(uri)?.[1];
  if (scheme === undefined) {
    if (EMAIL.test(uri)) {
      return { problem: 'the address has no "mailto:" scheme', fix: `mailto:${uri}` };
    }
    return { problem: 'the URI has no scheme; use "mailto:" or "https:"' };
  }
  const lower = scheme.toLowerCase();
  if (lower === "http") {
    return {
      problem: 'plain "http:" is not a TLS-RPT scheme; reports are posted to "https:" URIs only',
      fix: `https:${uri.slice(scheme.length + 1)}`,
    };
  }
  if (lower !== "mailto" && lower !== "https") {
    return {
      problem: `the scheme ${quoted(`${scheme}:`)} is not supported; only "mailto:" and "https:" are`,
    };
  }
  if (/[,;]/.test(uri)) {
    return {
      problem: 'the URI contains an unencoded "," or ";", which must be percent-encoded',
      fix: encodeDelimiters(uri),
    };
  }
  if (uri.includes("!")) {
    if (lower === "mailto" && SIZE_SUFFIX.test(uri)) {
      return {
        problem:
          'the URI ends with a "!size" limit as DMARC allows, but TLS-RPT defines no size suffix and an unencoded "!" makes the URI malformed',
        fix: uri.replace(SIZE_SUFFIX, ""),
      };
    }
    return {
      problem: 'the URI contains an unencoded "!", which must be percent-encoded as %21',
      fix: encodeDelimiters(uri),
    };
  }
  if (!URI_CHARS.test(uri)) {
    return { problem: "the URI contains characters that must be percent-encoded (RFC 3986)" };
  }
  if (BAD_PERCENT.test(uri)) {
    return { problem: 'the URI contains a "%" that does not start a percent-encoded octet' };
  }
  return lower === "mailto" ? checkMailto(uri, scheme) : checkHttps(uri, scheme);
}

function checkMailto(uri: string, scheme: string): RuaProblem | undefined {
  const rest = uri.slice(scheme.length + 1);
  if (rest.startsWith("//")) {
    return {
      problem: '"mailto:" is followed by "//", which becomes part of the address',
      fix: `mailto:${rest.replace(/^\/+/, "")}`,
    };
  }
  const address = rest.split("?")[0];
  if (address.length === 0) return { problem: 'the "mailto:" URI has no address' };
  const at = address.lastIndexOf("@");
  if (at <= 0)
    return { problem: `${quoted(address)} is not an e-mail address (no local part and "@")` };
  const host = decodeSafely(address.slice(at + 1));
  if (!isValidHostName(host.replace(/\.$/, "")) && !isIpLiteral(host)) {
    return { problem: `the address's domain ${quoted(host)} is not a valid host name` };
  }
  return undefined;
}

function checkHttps(uri: string, scheme: string): RuaProblem | undefined {
  const rest = uri.slice(scheme.length + 1);
  const authority = /^\/\/([^/?#]*)/.exec(rest)?.[1];
  if (authority === undefined || authority.length === 0) {
    return {
      problem: 'the "https:" URI has no host (it must start with "https://" and a host name)',
    };
  }
  if (!URL.canParse(uri)) return { problem: 'the "https:" URI cannot be parsed' };
  const host = new URL(uri).hostname.replace(/\.$/, "");
  if (!isValidHostName(host) && !isIpLiteral(host)) {
    return { problem: `the host ${quoted(host)} is not a valid host name` };
  }
  return undefined;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
