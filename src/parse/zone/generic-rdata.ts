import type { Span } from "../../model/position.js";
import { quoted } from "../../model/wording.js";
import type { RecordData, TxtString } from "../../model/zone.js";
import { isPlainNumber } from "./ttl.js";

/**
 * RFC 3597 §5 generic RDATA: `\# <length> <hex>...`, usable with any type. For the types the
 * rules read, the octets are decoded as the type's wire format, as BIND does (and a wire
 * format that does not fit the type is an error there too).
 */

export type GenericResult = { octets: Uint8Array } | { error: string; tokenIndex?: number };

/** Is this the generic RDATA marker? */
export function isGenericMarker(token: { text: string; quoted: boolean }): boolean {
  return !token.quoted && token.text === "\\#";
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** Reads `\# length hex...` from the RDATA words (the first is the marker). */
export function readGenericRdata(words: string[]): GenericResult {
  const lengthText = words[1];
  if (lengthText === undefined) {
    return {
      error: 'generic RDATA "\\#" needs a length and hex data (RFC 3597 §5: \\# 4 c0000201)',
    };
  }
  if (!isPlainNumber(lengthText) || Number(lengthText) > 65535) {
    return {
      error: `generic RDATA length ${quoted(lengthText)} is not a number of octets (0-65535)`,
      tokenIndex: 1,
    };
  }
  const length = Number(lengthText);
  const hex = words.slice(2).join("");
  if (hex.length % 2 !== 0) {
    return { error: "generic RDATA hex data has an odd number of digits", tokenIndex: 2 };
  }
  const octets = new Uint8Array(hex.length / 2);
  for (let i = 0; i < octets.length; i++) {
    const hi = hexValue(hex.charCodeAt(2 * i));
    const lo = hexValue(hex.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) {
      return {
        error: `generic RDATA ${quoted(hex.slice(2 * i, 2 * i + 2))} is not hexadecimal`,
        tokenIndex: 2,
      };
    }
    octets[i] = (hi << 4) | lo;
  }
  if (octets.length !== length) {
    return {
      error: `generic RDATA length ${length} does not match the ${octets.length} octets of hex data that follow`,
      tokenIndex: 1,
    };
  }
  return { octets };
}

/** Text of one wire label octet in a normalised name (see names.ts). */
function labelOctet(o: number): string {
  if (o === 46) return "\\.";
  if (o === 92) return "\\\\";
  if (o <= 32 || o >= 127) return `\\${o.toString().padStart(3, "0")}`;
  return String.fromCharCode(o).toLowerCase();
}

class WireReader {
  offset = 0;
  constructor(readonly octets: Uint8Array) {}

  get remaining(): number {
    return this.octets.length - this.offset;
  }

  u16(): number | undefined {
    if (this.remaining < 2) return undefined;
    const v = (this.octets[this.offset] << 8) | this.octets[this.offset + 1];
    this.offset += 2;
    return v;
  }

  u32(): number | undefined {
    const hi = this.u16();
    const lo = this.u16();
    return hi === undefined || lo === undefined ? undefined : hi * 65536 + lo;
  }

  /** An uncompressed wire name (RFC 3597 §4 forbids compression in generic RDATA). */
  name(): string | undefined {
    const labels: string[] = [];
    for (;;) {
      if (this.remaining < 1) return undefined;
      const length = this.octets[this.offset++];
      if (length === 0) return labels.join(".");
      if (length > 63 || this.remaining < length) return undefined;
      let label = "";
      for (let i = 0; i < length; i++) label += labelOctet(this.octets[this.offset++]);
      labels.push(label);
    }
  }
}

function ipv6Text(octets: Uint8Array): string {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((octets[i] << 8) | octets[i + 1]);
  // RFC 5952 §4.2: compress the longest run of two or more zero groups.
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

export type WireResult = { data: RecordData } | { error: string };

/**
 * Decodes generic RDATA of a type the rules read. `span` locates the RDATA for TXT strings
 * (their characters have no source columns of their own).
 */
export function decodeWireRdata(
  type: string,
  octets: Uint8Array,
  span: Span,
): WireResult | undefined {
  const reader = new WireReader(octets);
  const bad = { error: `generic RDATA does not hold a valid ${type} record (RFC 3597 §5)` };
  const done = (data: RecordData): WireResult => (reader.remaining === 0 ? { data } : bad);
  switch (type) {
    case "A":
      return octets.length === 4 ? { data: { kind: "ADDRESS", address: octets.join(".") } } : bad;
    case "AAAA":
      return octets.length === 16 ? { data: { kind: "ADDRESS", address: ipv6Text(octets) } } : bad;
    case "MX": {
      const preference = reader.u16();
      const exchange = reader.name();
      if (preference === undefined || exchange === undefined) return bad;
      return done({ kind: "MX", preference, exchange, exchangeText: `${exchange}.` });
    }
    case "TXT":
    case "SPF": {
      const strings: TxtString[] = [];
      while (reader.remaining > 0) {
        const length = octets[reader.offset++];
        if (reader.remaining < length) return bad;
        let text = "";
        for (let i = 0; i < length; i++) text += String.fromCharCode(octets[reader.offset++]);
        strings.push({ text, span });
      }
      return strings.length > 0 ? { data: { kind: "TXT", strings } } : bad;
    }
    case "CNAME":
    case "NS":
    case "PTR":
    case "DNAME": {
      const target = reader.name();
      return target === undefined ? bad : done({ kind: "NAME", target });
    }
    case "SOA": {
      const mname = reader.name();
      const rname = reader.name();
      const numbers = [reader.u32(), reader.u32(), reader.u32(), reader.u32(), reader.u32()];
      if (mname === undefined || rname === undefined) return bad;
      const [serial, refresh, retry, expire, minimum] = numbers;
      if (
        serial === undefined ||
        refresh === undefined ||
        retry === undefined ||
        expire === undefined ||
        minimum === undefined
      ) {
        return bad;
      }
      return done({ kind: "SOA", mname, rname, serial, refresh, retry, expire, minimum });
    }
    default:
      return undefined;
  }
}
