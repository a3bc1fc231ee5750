import { isIPv4, isIPv6 } from "node:net";

/**
 * The SSRF guard: live checks connect only to addresses on the public internet. A domain's DNS
 * is untrusted input, so a name that resolves to 127.0.0.1, 10.0.0.5 or 169.254.169.254 (a
 * cloud metadata service) must not make the runner probe its own network. Categories follow
 * the IANA special-purpose address registries (RFC 6890 and its updates).
 */

interface Range {
  /** Network address as a bigint of the family's width. */
  base: bigint;
  bits: number;
  category: string;
}

function v4ToBigInt(address: string): bigint {
  return address.split(".").reduce((n, part) => (n << 8n) | BigInt(Number(part)), 0n);
}

function v6ToBigInt(address: string): bigint {
  let text = address.toLowerCase();
  const zone = text.indexOf("%");
  if (zone >= 0) text = text.slice(0, zone);
  // A trailing dotted quad (::ffff:192.0.2.1) becomes two hextets.
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (quad) {
    const v4 = v4ToBigInt(quad[1]);
    text = `${text.slice(0, -quad[1].length)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const headParts = head ? head.split(":") : [];
  const tailParts = tail ? tail.split(":") : [];
  const fill = tail === undefined ? [] : Array(8 - headParts.length - tailParts.length).fill("0");
  return [...headParts, ...fill, ...tailParts].reduce(
    (n, part) => (n << 16n) | BigInt(Number.parseInt(part || "0", 16)),
    0n,
  );
}

function v4(cidr: string, category: string): Range {
  const [net, bits] = cidr.split("/");
  return { base: v4ToBigInt(net), bits: Number(bits), category };
}

function v6(cidr: string, category: string): Range {
  const [net, bits] = cidr.split("/");
  return { base: v6ToBigInt(net), bits: Number(bits), category };
}

const V4_RANGES: readonly Range[] = [
  v4("0.0.0.0/8", "unspecified"),
  v4("10.0.0.0/8", "private"),
  v4("100.64.0.0/10", "carrier-grade NAT"),
  v4("127.0.0.0/8", "loopback"),
  v4("169.254.0.0/16", "link-local"),
  v4("172.16.0.0/12", "private"),
  v4("192.0.0.0/24", "reserved (IETF protocol assignments)"),
  v4("192.0.2.0/24", "documentation"),
  v4("192.88.99.0/24", "reserved (6to4 relay anycast)"),
  v4("192.168.0.0/16", "private"),
  v4("198.18.0.0/15", "reserved (benchmarking)"),
  v4("198.51.100.0/24", "documentation"),
  v4("203.0.113.0/24", "documentation"),
  v4("224.0.0.0/4", "multicast"),
  v4("240.0.0.0/4", "reserved"),
];

const V6_RANGES: readonly Range[] = [
  v6("::/128", "unspecified"),
  v6("::1/128", "loopback"),
  v6("100::/64", "reserved (discard-only)"),
  v6("2001:db8::/32", "documentation"),
  v6("3fff::/20", "documentation"),
  v6("fc00::/7", "unique-local"),
  v6("fe80::/10", "link-local"),
  v6("fec0::/10", "reserved (deprecated site-local)"),
  v6("ff00::/8", "multicast"),
];

function inRange(value: bigint, width: number, range: Range): boolean {
  const shift = BigInt(width - range.bits);
  return value >> shift === range.base >> shift;
}

/**
 * Prefixes that carry an IPv4 address in their low 32 bits: the embedded address decides
 * (an IPv4-mapped ::ffff:127.0.0.1 reaches loopback just the same).
 */
const V6_EMBEDDING_V4: readonly { range: Range; name: string }[] = [
  { range: v6("::ffff:0:0/96", ""), name: "IPv4-mapped" },
  { range: v6("::/96", ""), name: "IPv4-compatible" },
  { range: v6("64:ff9b::/96", ""), name: "NAT64" },
];

/** The special-purpose category of an address, or undefined for a public one. */
export function addressCategory(address: string): string | undefined {
  if (isIPv4(address)) {
    const value = v4ToBigInt(address);
    return V4_RANGES.find((r) => inRange(value, 32, r))?.category;
  }
  if (!isIPv6(address)) return "not an IP address";
  const value = v6ToBigInt(address);
  const own = V6_RANGES.find((r) => inRange(value, 128, r))?.category;
  if (own) return own;
  for (const { range } of V6_EMBEDDING_V4) {
    if (!inRange(value, 128, range)) continue;
    const embedded = value & 0xffffffffn;
    const text = [24n, 16n, 8n, 0n].map((s) => String((embedded >> s) & 0xffn)).join(".");
    return addressCategory(text);
  }
  // 6to4 (2002::/16) embeds an IPv4 address in bits 16–47.
  if (value >> 112n === 0x2002n) {
    const embedded = (value >> 80n) & 0xffffffffn;
    const text = [24n, 16n, 8n, 0n].map((s) => String((embedded >> s) & 0xffn)).join(".");
    return addressCategory(text);
  }
  return undefined;
}

export type GuardVerdict = { allowed: true } | { allowed: false; category: string };

/** May a probe connect to this address? Everything is allowed with `allowPrivateAddresses`. */
export function guardAddress(address: string, allowPrivateAddresses: boolean): GuardVerdict {
  if (allowPrivateAddresses) return { allowed: true };
  const category = addressCategory(address);
  return category === undefined ? { allowed: true } : { allowed: false, category };
}
