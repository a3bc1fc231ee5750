import { isIPv4, isIPv6 } from "node:net";
import type { Span } from "../../model/position.js";
import { quoted } from "../../model/wording.js";
import type { RecordData, TxtString } from "../../model/zone.js";
import { zoneString } from "../../model/zone-text.js";
import { resolveName } from "./names.js";

/**
 * Record data from the structured zone sources (octoDNS YAML, DNSControl IR): the same
 * `ZoneRecord.data` the master-file reader fills, so every rule reads every source alike.
 * The tools hand each field over separately, so there is no presentation format to tokenise.
 */

/** A string value of the source and where it stands. */
export interface SourceText {
  text: string;
  /** The value in the source (quotes included when it was quoted). */
  span: Span;
  /** Source column of each character of `text`, when it was written on one line. */
  columns?: number[];
  /** The column just after the last character's source text (before a closing quote). */
  endColumn?: number;
}

export type DataResult = { data?: RecordData } | { error: string };

/** Types whose single value is a host name. */
const NAME_TYPES = new Set(["CNAME", "NS", "PTR", "DNAME"]);

/** The absolute owner of a name written relative to the zone: "" and "@" are the apex. */
export function ownerOf(relative: string, origin: string): { name: string } | { error: string } {
  if (relative === "" || relative === "@") return { name: origin };
  const written = relative.endsWith(".") ? relative.slice(0, -1) : relative;
  const resolved = resolveName(written, origin);
  if ("error" in resolved) return { error: resolved.error };
  return { name: resolved.name };
}

/** A host name target: absolute when it ends with a dot, else relative to the zone. */
export function hostName(
  written: string,
  origin: string,
  what: string,
): string | { error: string } {
  if (written.trim() !== written || written === "") {
    return { error: `${what} ${quoted(written)} is not a host name` };
  }
  const resolved = resolveName(written, origin);
  if ("error" in resolved) return { error: `${what}: ${resolved.error}` };
  return resolved.name;
}

/** Data of a one-value record of the types the rules read (A, AAAA, CNAME, NS, PTR, DNAME). */
export function valueData(type: string, value: string, origin: string): DataResult {
  if (type === "A" || type === "AAAA") {
    const v4 = type === "A";
    const valid = v4 ? isIPv4(value) : isIPv6(value) && !value.includes("%");
    if (!valid) {
      const other = v4 ? isIPv6(value) : isIPv4(value);
      const advice = other
        ? ` (it is an ${v4 ? "IPv6" : "IPv4"} address: use an ${v4 ? "AAAA" : "A"} record)`
        : "";
      return {
        error: `${quoted(value)} is not a valid ${v4 ? "IPv4" : "IPv6"} address${advice}`,
      };
    }
    return { data: { kind: "ADDRESS", address: v4 ? value : value.toLowerCase() } };
  }
  if (NAME_TYPES.has(type)) {
    const target = hostName(value, origin, `${type} target`);
    if (typeof target !== "string") return target;
    return { data: { kind: "NAME", target } };
  }
  return {};
}

/** MX data from a preference and an exchange given as separate fields. */
export function mxData(preference: number, exchange: string, origin: string): DataResult {
  if (!Number.isInteger(preference) || preference < 0 || preference > 65535) {
    return { error: `MX preference ${preference} is not a whole number from 0 to 65535` };
  }
  if (exchange === ".")
    return { data: { kind: "MX", preference, exchange: "", exchangeText: "." } };
  const name = hostName(exchange, origin, "MX exchange");
  if (typeof name !== "string") return name;
  return { data: { kind: "MX", preference, exchange: name, exchangeText: exchange } };
}

/**
 * A TXT string from a source value: `span` covers the characters themselves when their
 * columns are known, so a field inside the value can be pointed at exactly.
 */
export function txtString(value: SourceText): TxtString {
  const { columns, text } = value;
  if (!columns || columns.length !== text.length || text.length === 0) {
    return { text, span: value.span };
  }
  const line = value.span.line;
  const endColumn = value.endColumn ?? columns[columns.length - 1] + 1;
  return { text, span: { line, column: columns[0], endLine: line, endColumn }, columns };
}

/** The record's text in master-file presentation form, for `ZoneRecord.rdata`. */
export function txtRdata(strings: readonly TxtString[]): string {
  return strings.map((s) => zoneString(s.text)).join(" ");
}
