import { isIPv4, isIPv6 } from "node:net";
import { type Span, spanFrom } from "../../model/position.js";
import { quoted } from "../../model/wording.js";
import type { RecordData, SoaData, TxtString } from "../../model/zone.js";
import { decodeCharacterString } from "./character-string.js";
import { decodeWireRdata, isGenericMarker, readGenericRdata } from "./generic-rdata.js";
import type { Token } from "./lexer.js";
import { resolveName } from "./names.js";
import { isPlainNumber, MAX_UINT32, parseTtl } from "./ttl.js";

/**
 * RDATA in presentation format for the types the rules read (RFC 1035 §3.3, RFC 3596,
 * RFC 7208, RFC 6672), checked as strictly as BIND checks them; other types stay opaque.
 */

export type RdataResult = { data?: RecordData } | { error: string; span: Span };

/** Types whose RDATA is decoded into `ZoneRecord.data`. */
const NAME_TYPES = new Set(["CNAME", "NS", "PTR", "DNAME"]);

/** Types whose presentation format may be empty (RFC 3123: an APL with no items). */
const MAY_BE_EMPTY = new Set(["APL"]);

interface Input {
  type: string;
  tokens: Token[];
  origin: string | undefined;
  /** The whole record, for errors about missing fields. */
  recordSpan: () => Span;
}

function fail(error: string, span: Span): RdataResult {
  return { error, span };
}

/** The span from the first to the last of some tokens. */
function tokensSpan(tokens: Token[], fallback: Span): Span {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return fallback;
  return spanFrom(first.span, last.span);
}

/** Checks the number of fields: missing ones point at the record, extra ones at themselves. */
function arity(input: Input, count: number, shape: string): RdataResult | undefined {
  const { tokens, type } = input;
  const recordSpan = input.recordSpan;
  if (tokens.length < count) {
    return fail(`${type} record is incomplete: its RDATA is ${shape}`, recordSpan());
  }
  if (tokens.length > count) {
    const extra = tokens.slice(count);
    const words = extra.map((t) => t.raw).join(" ");
    return fail(
      `extra text after the ${type} RDATA: ${quoted(words)} (the RDATA is ${shape}; BIND rejects the record)`,
      tokensSpan(extra, recordSpan()),
    );
  }
  return undefined;
}

function readName(
  token: Token,
  origin: string | undefined,
  what: string,
): string | { error: RdataResult } {
  const result = resolveName(token.text, origin);
  if ("error" in result) return { error: fail(`${what}: ${result.error}`, token.span) };
  return result.name;
}

function parseAddress(input: Input): RdataResult {
  const v4 = input.type === "A";
  const shape = v4 ? "one IPv4 address" : "one IPv6 address";
  const wrongArity = arity(input, 1, shape);
  if (wrongArity) return wrongArity;
  const token = input.tokens[0];
  const address = token.text;
  const valid = v4 ? isIPv4(address) : isIPv6(address) && !address.includes("%");
  if (!valid || token.quoted) {
    const hint = v4
      ? "four decimal numbers 0-255 separated by dots, without leading zeros"
      : "eight groups of hex digits separated by colons, one run of zero groups may be written ::";
    const wrongFamily = v4 ? isIPv6(address) : isIPv4(address);
    const family = v4 ? "IPv4" : "IPv6";
    const advice = wrongFamily
      ? ` (it is an ${v4 ? "IPv6" : "IPv4"} address: use an ${v4 ? "AAAA" : "A"} record)`
      : ` (${hint})`;
    return fail(`${quoted(token.raw)} is not a valid ${family} address${advice}`, token.span);
  }
  return { data: { kind: "ADDRESS", address: v4 ? address : address.toLowerCase() } };
}

function parseMx(input: Input): RdataResult {
  const wrongArity = arity(
    input,
    2,
    "a preference (0-65535) and an exchange host, e.g. 10 mx1.example.com.",
  );
  if (wrongArity) return wrongArity;
  const [prefToken, exchangeToken] = input.tokens;
  if (!isPlainNumber(prefToken.text)) {
    return fail(
      `MX preference ${quoted(prefToken.raw)} is not a number (write 0-65535, lower is preferred)`,
      prefToken.span,
    );
  }
  const preference = Number(prefToken.text);
  if (preference > 65535) {
    return fail(`MX preference ${prefToken.text} is out of range 0-65535`, prefToken.span);
  }
  const exchange = readName(exchangeToken, input.origin, "MX exchange");
  if (typeof exchange !== "string") return exchange.error;
  return { data: { kind: "MX", preference, exchange, exchangeText: exchangeToken.raw } };
}

/** RDLENGTH is 16 bits (RFC 1035 §3.2.1). */
const MAX_RDATA_OCTETS = 65535;

function parseTxt(input: Input): RdataResult {
  if (input.tokens.length === 0) {
    return fail(
      `${input.type} record has no strings: write at least one "..." string`,
      input.recordSpan(),
    );
  }
  const strings: TxtString[] = [];
  let rdataOctets = 0;
  for (const token of input.tokens) {
    const decoded = decodeCharacterString(token);
    if ("error" in decoded) return fail(decoded.error, token.span);
    strings.push(decoded.value);
    rdataOctets += 1 + decoded.octets; // each string is a length octet and its data
  }
  if (rdataOctets > MAX_RDATA_OCTETS) {
    return fail(
      `this ${input.type} record's data is ${rdataOctets} octets; a record holds at most ${MAX_RDATA_OCTETS} (RFC 1035 §3.2.1, BIND rejects it): split the content over several records or shorten it`,
      input.recordSpan(),
    );
  }
  return { data: { kind: "TXT", strings } };
}

function parseNameTarget(input: Input): RdataResult {
  const wrongArity = arity(input, 1, "one target name");
  if (wrongArity) return wrongArity;
  const target = readName(input.tokens[0], input.origin, `${input.type} target`);
  if (typeof target !== "string") return target.error;
  return { data: { kind: "NAME", target } };
}

const SOA_TIMERS = ["refresh", "retry", "expire", "minimum"] as const;

function parseSoa(input: Input): RdataResult {
  const wrongArity = arity(
    input,
    7,
    "primary server, mailbox, serial, refresh, retry, expire and minimum (seven fields)",
  );
  if (wrongArity) return wrongArity;
  const [mnameToken, rnameToken, serialToken, ...timerTokens] = input.tokens;
  const mname = readName(mnameToken, input.origin, "SOA primary server");
  if (typeof mname !== "string") return mname.error;
  const rname = readName(rnameToken, input.origin, "SOA mailbox");
  if (typeof rname !== "string") return rname.error;
  if (!isPlainNumber(serialToken.text) || Number(serialToken.text) > MAX_UINT32) {
    return fail(
      `SOA serial ${quoted(serialToken.raw)} is not a number from 0 to 4294967295`,
      serialToken.span,
    );
  }
  const soa: SoaData = {
    kind: "SOA",
    mname,
    rname,
    serial: Number(serialToken.text),
    refresh: 0,
    retry: 0,
    expire: 0,
    minimum: 0,
  };
  for (let i = 0; i < SOA_TIMERS.length; i++) {
    const token = timerTokens[i];
    const value = parseTtl(token.text);
    if ("error" in value) return fail(`SOA ${SOA_TIMERS[i]}: ${value.error}`, token.span);
    soa[SOA_TIMERS[i]] = value.value;
  }
  return { data: soa };
}

function parseGeneric(input: Input): RdataResult {
  const generic = readGenericRdata(input.tokens.map((t) => t.text));
  const rdataSpan = tokensSpan(input.tokens, input.recordSpan());
  if ("error" in generic) {
    const token = generic.tokenIndex === undefined ? undefined : input.tokens[generic.tokenIndex];
    return fail(generic.error, token?.span ?? rdataSpan);
  }
  const decoded = decodeWireRdata(input.type, generic.octets, rdataSpan);
  if (decoded === undefined) return {};
  if ("error" in decoded) return fail(decoded.error, rdataSpan);
  return decoded;
}

export function parseRdata(input: Input): RdataResult {
  const { type, tokens } = input;
  if (tokens[0] && isGenericMarker(tokens[0])) return parseGeneric(input);
  switch (type) {
    case "A":
    case "AAAA":
      return parseAddress(input);
    case "MX":
      return parseMx(input);
    case "TXT":
    case "SPF":
      return parseTxt(input);
    case "SOA":
      return parseSoa(input);
  }
  if (NAME_TYPES.has(type)) return parseNameTarget(input);
  if (type.startsWith("TYPE")) {
    return fail(
      `${type} is a type without a known text format: write its RDATA in the generic form \\# <length> <hex> (RFC 3597 §5)`,
      tokensSpan(tokens, input.recordSpan()),
    );
  }
  if (tokens.length === 0 && !MAY_BE_EMPTY.has(type)) {
    return fail(`${type} record has no RDATA (BIND rejects it)`, input.recordSpan());
  }
  return {};
}
