import { normalizeHost } from "../../model/hostname.js";
import { quoted } from "../../model/wording.js";
import { readEscape, utf8Length } from "./escapes.js";

/**
 * Domain names in master files (RFC 1035 §5.1): `@` is the origin, a name ending in an
 * unescaped `.` is absolute, anything else is relative to the origin. `\X` and `\DDD` escapes
 * are decoded, except where the decoded character would change the name's meaning or is not
 * printable: `\.` (a dot inside a label) and `\\` stay escaped, and so do non-printable octets
 * (as `\DDD`), so the normalised text stays one-to-one with the wire name.
 */

export type NameResult = { name: string; absolute: boolean } | { error: string };

const MAX_LABEL_OCTETS = 63;
const MAX_NAME_OCTETS = 255;

/** The label text of one decoded octet or character. */
function labelChar(code: number): string {
  if (code === 46) return "\\.";
  if (code === 92) return "\\\\";
  if (code <= 32 || code === 127 || (code > 127 && code < 256)) {
    return `\\${code.toString().padStart(3, "0")}`;
  }
  return String.fromCharCode(code);
}

/**
 * Resolves a name as written against the current origin (normalised, without trailing dot;
 * "" is the root; undefined when no origin is known).
 */
export function resolveName(written: string, origin: string | undefined): NameResult {
  if (written === "@") {
    if (origin === undefined) {
      return {
        error: '"@" stands for the origin, but no $ORIGIN is set and no domain is configured',
      };
    }
    return { name: origin, absolute: false };
  }
  if (written === ".") return { name: "", absolute: true };
  if (written.length === 0) return { error: "an empty name" };

  // Copies runs of plain characters in one slice: names are the bulk of a zone file.
  let out = "";
  let runStart = 0;
  let labelOctets = 0;
  let absolute = false;
  let nameOctets = 1; // the root label's length octet
  // Most names are already lowercase ASCII: they need no normalising copy.
  let plain = true;
  let i = 0;
  while (i < written.length) {
    const c = written.charCodeAt(i);
    if (c === 46) {
      if (labelOctets === 0) {
        return {
          error: `empty label in ${quoted(written)}: two dots in a row, or a leading dot (BIND rejects the name)`,
        };
      }
      nameOctets += labelOctets + 1;
      labelOctets = 0;
      i++;
      if (i === written.length) absolute = true;
      continue;
    }
    if (c === 92) {
      const decoded = readEscape(written, i);
      if ("error" in decoded) return { error: `${decoded.error} in the name ${quoted(written)}` };
      const keepEscaped =
        decoded.decimal ||
        decoded.code <= 32 ||
        decoded.code === 46 ||
        decoded.code === 92 ||
        decoded.code === 127;
      plain = false;
      out += written.slice(runStart, i);
      out += keepEscaped ? labelChar(decoded.code) : written[i + 1];
      labelOctets += decoded.decimal ? 1 : utf8Length(decoded.code);
      i = decoded.next;
      runStart = i;
    } else {
      if (c >= 0x80) {
        labelOctets += utf8Length(c);
        plain = false;
      } else {
        labelOctets++;
        if (c >= 65 && c <= 90) plain = false;
      }
      i++;
    }
    if (labelOctets > MAX_LABEL_OCTETS) {
      return { error: `a label of ${quoted(written)} is longer than 63 octets (RFC 1035 §2.3.4)` };
    }
  }
  out += written.slice(runStart, absolute ? written.length - 1 : written.length);
  if (!absolute) nameOctets += labelOctets + 1;

  let name = out;
  if (!absolute) {
    if (origin === undefined) {
      return {
        error: `relative name ${quoted(written)} but no $ORIGIN is set: write it absolute ("${written}.example.com.") or add $ORIGIN`,
      };
    }
    if (origin !== "") {
      name = `${name}.${origin}`;
      nameOctets += origin.length + 1;
    }
  }
  if (nameOctets > MAX_NAME_OCTETS) {
    return { error: `the name ${quoted(written)} is longer than 255 octets (RFC 1035 §2.3.4)` };
  }
  return { name: plain ? name : normalizeHost(name), absolute };
}
