/**
 * Type and class mnemonics (IANA "DNS Parameters" registry), read case-insensitively, with the
 * RFC 3597 §5 generic forms `TYPEnnn` and `CLASSnnn`. A generic form of a known type is
 * reported under its mnemonic (`TYPE16` is TXT), as BIND prints it.
 */

// biome-ignore format: a table reads better packed
const TYPE_NUMBERS: Record<string, number> = {
  A: 1, NS: 2, MD: 3, MF: 4, CNAME: 5, SOA: 6, MB: 7, MG: 8, MR: 9, NULL: 10, WKS: 11, PTR: 12,
  HINFO: 13, MINFO: 14, MX: 15, TXT: 16, RP: 17, AFSDB: 18, X25: 19, ISDN: 20, RT: 21, NSAP: 22,
  "NSAP-PTR": 23, SIG: 24, KEY: 25, PX: 26, GPOS: 27, AAAA: 28, LOC: 29, NXT: 30, EID: 31,
  NIMLOC: 32, SRV: 33, ATMA: 34, NAPTR: 35, KX: 36, CERT: 37, A6: 38, DNAME: 39, SINK: 40,
  OPT: 41, APL: 42, DS: 43, SSHFP: 44, IPSECKEY: 45, RRSIG: 46, NSEC: 47, DNSKEY: 48, DHCID: 49,
  NSEC3: 50, NSEC3PARAM: 51, TLSA: 52, SMIMEA: 53, HIP: 55, NINFO: 56, RKEY: 57, TALINK: 58,
  CDS: 59, CDNSKEY: 60, OPENPGPKEY: 61, CSYNC: 62, ZONEMD: 63, SVCB: 64, HTTPS: 65, DSYNC: 66,
  SPF: 99, UINFO: 100, UID: 101, GID: 102, UNSPEC: 103, NID: 104, L32: 105, L64: 106, LP: 107,
  EUI48: 108, EUI64: 109, TKEY: 249, TSIG: 250, IXFR: 251, AXFR: 252, MAILB: 253, MAILA: 254,
  ANY: 255, URI: 256, CAA: 257, AVC: 258, DOA: 259, AMTRELAY: 260, RESINFO: 261, WALLET: 262,
  TA: 32768, DLV: 32769,
};

const TYPE_BY_NUMBER = new Map<number, string>(
  Object.entries(TYPE_NUMBERS).map(([name, n]) => [n, name]),
);

/** Query-only and transaction types that a zone file cannot hold (BIND: "meta RR type"). */
const META_TYPES = new Set(["OPT", "TKEY", "TSIG", "IXFR", "AXFR", "MAILB", "MAILA", "ANY"]);

const CLASS_NUMBERS: Record<string, number> = { IN: 1, CS: 2, CH: 3, HS: 4 };
const CLASS_ALIASES: Record<string, string> = { CHAOS: "CH", HESIOD: "HS" };
const CLASS_BY_NUMBER = new Map<number, string>(
  Object.entries(CLASS_NUMBERS).map(([name, n]) => [n, name]),
);

/** `PREFIXnnn` with nnn in 0-65535, or undefined. */
function genericNumber(upper: string, prefix: string): number | undefined {
  if (!upper.startsWith(prefix)) return undefined;
  const digits = upper.slice(prefix.length);
  if (digits.length === 0 || digits.length > 5) return undefined;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  const n = Number(digits);
  return n <= 65535 ? n : undefined;
}

/** The upper-case class mnemonic, or undefined when the token is not a class. */
export function readClass(token: string): string | undefined {
  return memoized(classMemo, token, readClassUncached);
}

function readClassUncached(token: string): string | undefined {
  const upper = token.toUpperCase();
  if (Object.hasOwn(CLASS_NUMBERS, upper)) return upper;
  if (Object.hasOwn(CLASS_ALIASES, upper)) return CLASS_ALIASES[upper];
  const n = genericNumber(upper, "CLASS");
  if (n === undefined) return undefined;
  return CLASS_BY_NUMBER.get(n) ?? `CLASS${n}`;
}

/** The upper-case type mnemonic, or undefined when the token is not a type. */
export function readType(token: string): string | undefined {
  return memoized(typeMemo, token, readTypeUncached);
}

function readTypeUncached(token: string): string | undefined {
  const upper = token.toUpperCase();
  if (Object.hasOwn(TYPE_NUMBERS, upper)) return upper;
  const n = genericNumber(upper, "TYPE");
  if (n === undefined) return undefined;
  return TYPE_BY_NUMBER.get(n) ?? `TYPE${n}`;
}

export function isMetaType(type: string): boolean {
  return META_TYPES.has(type);
}

/**
 * Every record asks for its class and type, mostly with the same few words ("IN", "A", "MX",
 * a TTL): remembering the answers saves an upper-cased copy of each word on large zones.
 */
const MEMO_LIMIT = 256;
const classMemo = new Map<string, string | null>();
const typeMemo = new Map<string, string | null>();

function memoized(
  memo: Map<string, string | null>,
  token: string,
  read: (token: string) => string | undefined,
): string | undefined {
  const known = memo.get(token);
  if (known !== undefined) return known ?? undefined;
  const value = read(token);
  if (memo.size < MEMO_LIMIT) memo.set(token, value ?? null);
  return value;
}
