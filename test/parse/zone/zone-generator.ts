/**
 * A seeded generator of master files that stress RFC 1035 §5 syntax as BIND reads it:
 * directives ($ORIGIN relative and absolute, $TTL, $INCLUDE with an origin), parentheses over
 * lines with comments inside, `\X` and `\DDD` escapes in names and strings, omitted owners,
 * TTL units, TTL and class in either order, multi-string TXT, comments holding quotes and
 * parentheses, mixed-case types and classes, `@`, relative and absolute names, CRLF files,
 * `$GENERATE` (with modifiers and steps), RFC 3597 `\#` generic RDATA and `TYPEnnn`.
 * Some zones get one deliberate error, at a line BIND names. The expected reading is not
 * computed here: named-checkzone is the oracle.
 */

export interface GeneratedZone {
  /** File name -> text; "main.zone" is the zone, the others are $INCLUDEd from it. */
  files: Record<string, string>;
}

/** mulberry32: small, fast and the same on every platform. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(private readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }
  /** The word in a random mix of upper and lower case. */
  anyCase(word: string): string {
    return [...word].map((c) => (this.chance(0.5) ? c.toUpperCase() : c.toLowerCase())).join("");
  }
}

// biome-ignore format: word lists
const LABEL_PARTS = ["mx", "www", "Mail", "a1", "x-y", "_tcp", "_mta-sts", "\\.", "\\032", "\\\\", "\\;", "\\(", "\\)", "\\\"", "\\065", "\\@", "\\$", "Z9", "b\\ c"];
// biome-ignore format: word lists
const STRING_PARTS = ["v=STSv1; id=20261128T000000", "a", "Hello", " ", ";", "(", ")", "\\\"", "\\\\", "\\059", "\\000", "\\127", "\\t", "x=y", "rua=mailto:t@example.com", "é", "\t"];
// biome-ignore format: word lists
const WORD_PARTS = ["abc", "v=spf1", "\\032", "\\;", "\\\"", "\\(", "k\\\\", "\\010", "Z"];
// biome-ignore format: word lists
const COMMENTS = ["; plain", '; a "quote', "; a (paren", "; ) and ( and \"\"", ";;", ";", "; \\ backslash"];
// biome-ignore format: word lists
const BROKEN = [
  { line: "bad A 192.0.2.256", why: "bad dotted quad" },
  { line: "bad MX 70000 mx", why: "out of range" },
  { line: 'bad TXT "unclosed', why: "unbalanced quotes" },
  { line: "bad 1h30 A 192.0.2.1", why: "unknown RR type" },
  { line: "bad FOO bar", why: "unknown RR type" },
  { line: "a..b A 192.0.2.1", why: "empty label" },
  { line: 'bad TXT "\\256"', why: "syntax error" },
  { line: "bad AAAA 2001:db8::1::2", why: "bad IPv6" },
  { line: "bad CNAME a b", why: "extra input" },
  { line: ")", why: "unbalanced parentheses" },
  { line: "bad SOA ns1 host 1 2 3 4", why: "unexpected end" },
  { line: "cnx A 192.0.2.1\ncnx CNAME www", why: "CNAME and other data" },
  { line: "two CNAME a\ntwo CNAME b", why: "multiple RRs of singleton type" },
  { line: "bad TYPE65280 \\# 2 abcdef", why: "bad generic length" },
  { line: "bad A \\# 4 C00002", why: "bad generic length" },
  { line: "$INCLUDE missing.zone", why: "file not found" },
];

export function generateZone(seed: number): GeneratedZone {
  const d = new Dice(rng(seed));
  const eol = d.chance(0.2) ? "\r\n" : "\n";
  const files: Record<string, string> = {};
  let uniques = 0;
  const unique = (prefix: string) => `${prefix}${++uniques}`;

  const ttl = () =>
    d.pick([
      String(d.int(0, 86400)),
      `${d.int(1, 9)}${d.anyCase(d.pick(["s", "m", "h", "d", "w"]))}`,
      `${d.int(1, 3)}H${d.int(1, 59)}m`,
      `1w2d3h4m5s`,
    ]);
  const label = () => {
    let l = "";
    for (let n = d.int(1, 3); n > 0; n--) l += d.pick(LABEL_PARTS);
    return l;
  };
  /** A name inside the zone: relative (to an origin inside the zone) or absolute. */
  const name = (origin: string) =>
    d.pick([
      () => "@",
      () => label(),
      () => `${label()}.${label()}`,
      () => `${label()}.${origin}`,
      () => `*.${label()}`,
    ])();
  const ttlClass = () => {
    const t = ttl();
    const c = d.anyCase("in");
    return d.pick([[], [t], [c], [t, c], [c, t]]);
  };
  const quoted = () => {
    let s = "";
    for (let n = d.int(0, 4); n > 0; n--) s += d.pick(STRING_PARTS);
    return `"${s}"`;
  };
  const word = () => {
    let s = "";
    for (let n = d.int(1, 3); n > 0; n--) s += d.pick(WORD_PARTS);
    return s;
  };

  /** Type and RDATA words of one record whose owner may hold other data. */
  const rdataOf = (origin: string): string[] =>
    d.pick([
      () => [d.anyCase("a"), `192.0.2.${d.int(0, 255)}`],
      () => [
        d.anyCase("aaaa"),
        d.pick(["2001:db8::1", "2001:DB8:0:0:0:0:0:2", "::ffff:192.0.2.3", "2001:db8:1::"]),
      ],
      () => [d.anyCase("mx"), String(d.int(0, 65535)), d.pick([name(origin), ".", "@"])],
      () => {
        const strings: string[] = [];
        for (let n = d.int(1, 3); n > 0; n--) strings.push(d.chance(0.7) ? quoted() : word());
        return [d.anyCase(d.pick(["txt", "spf"])), ...strings];
      },
      () => [d.anyCase("type16"), quoted()],
      // RFC 3597 §5: the generic form, of an unknown type and of known ones.
      () => [d.anyCase("type65280"), "\\#", "3", d.pick(["abcdef", "AB CD EF", "ab cdef"])],
      () => [d.anyCase("type65281"), "\\#", "0"],
      () => [d.anyCase("a"), "\\#", "4", d.pick(["C0000201", "c0 00 02 01"])],
      () => [d.anyCase("txt"), "\\#", "6", d.pick(["0568656c6c6f", "05 68656C6C6F"])],
      () => [d.anyCase("mx"), "\\#", "6", "000a026d7800"],
    ])();

  /** A `$GENERATE` line: a range (with a step), an owner template, a type and its RDATA. */
  const generate = (): string => {
    const start = d.int(0, 20);
    const stop = start + d.int(0, 6);
    const step = d.pick(["", "", "/2", "/3"]);
    const prefix = unique("gen");
    const lhs = d.pick([`${prefix}-$`, `${prefix}-\${1,3,d}`, `$.${prefix}`, `${prefix}\${-1}`]);
    const [type, rhs] = d.pick([
      ["A", "192.0.2.$"],
      ["CNAME", `${prefix}-target-$`],
      ["TXT", '"v$"'],
      ["MX", '"10 mx$"'],
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a $GENERATE modifier
      ["AAAA", "2001:db8::${0,4,x}"],
      ["PTR", "host$.example.com."],
    ]);
    return [`$GENERATE ${start}-${stop}${step}`, lhs, ...ttlClass(), d.anyCase(type), rhs].join(
      " ",
    );
  };

  /** Splits words over lines in parentheses, with comments between them. */
  const layout = (head: string[], rdata: string[]): string => {
    if (!d.chance(0.3) || rdata.length === 0) {
      const line = [...head, ...rdata].join(d.pick([" ", "\t", "  "]));
      return d.chance(0.3) ? `${line} ${d.pick(COMMENTS)}` : line;
    }
    const at = d.int(0, rdata.length - 1);
    const lines = [`${[...head, ...rdata.slice(0, at)].join(" ")} ( ${d.pick(COMMENTS)}`];
    for (const w of rdata.slice(at))
      lines.push(`\t${w}${d.chance(0.4) ? ` ${d.pick(COMMENTS)}` : ""}`);
    lines.push(d.pick(["\t)", ")", "\t) ; done"]));
    return lines.join(eol);
  };

  /**
   * Records of one file. `exclusive` owners (CNAME, NS delegations) get a unique name and are
   * never repeated by an indented record, so the zone stays free of CNAME conflicts.
   */
  const body = (origin: string, count: number, allowIndent: boolean): string[] => {
    const out: string[] = [];
    let indentOk = allowIndent;
    for (let n = 0; n < count; n++) {
      const kind = d.int(0, 9);
      if (kind === 0) {
        out.push(layout([unique("cn"), ...ttlClass(), d.anyCase("cname")], [name(origin)]));
        indentOk = false;
      } else if (kind === 1) {
        out.push(layout([unique("del"), ...ttlClass(), d.anyCase("ns")], ["ns.example.net."]));
        indentOk = false;
      } else if (kind === 2) {
        out.push(d.pick([d.pick(COMMENTS), "", " \t", `$TTL ${ttl()}`, generate()]));
        indentOk = false;
      } else {
        const owner = indentOk && d.chance(0.3) ? d.pick([" ", "\t", "  "]) : name(origin);
        const line = layout([...(owner.trim() ? [owner] : []), ...ttlClass()], rdataOf(origin));
        out.push(owner.trim() ? line : `${owner}${line}`);
        indentOk = true;
      }
    }
    return out;
  };

  const lines: string[] = [];
  const apex = d.pick(["example.com.", "EXAMPLE.com.", "@"]);
  if (d.chance(0.5)) lines.push(`$ORIGIN ${d.anyCase("example.com.")}`);
  if (d.chance(0.8)) lines.push(`$TTL ${ttl()}`);
  lines.push(
    layout(
      [apex, ...ttlClass(), d.anyCase("soa")],
      ["ns1", "hostmaster", String(d.int(0, 4294967295)), ttl(), ttl(), ttl(), ttl()],
    ),
  );
  lines.push(`\t${d.anyCase("ns")}\tns1`, "ns1 A 192.0.2.53");
  lines.push(...body("example.com.", d.int(3, 8), true));
  if (d.chance(0.4)) {
    lines.push(`$ORIGIN ${d.pick(["sub", "Deep.Sub", "sub.example.com."])}`);
    lines.push(...body("sub.example.com.", d.int(1, 4), false));
    lines.push("$ORIGIN example.com.");
  }
  if (d.chance(0.4)) {
    const file = "inc.zone";
    const origin = d.pick(["", " inc", " inc.example.com.", " @"]);
    files[file] = [`; included${origin}`, ...body("inc.example.com.", d.int(1, 4), false), ""].join(
      eol,
    );
    lines.push(`$INCLUDE ${d.chance(0.5) ? file : `"${file}"`}${origin}`);
  }
  lines.push(...body("example.com.", d.int(2, 6), false));
  // Zones BIND rejects: the linter must report the same line.
  if (d.chance(0.25)) {
    lines.splice(d.int(4, lines.length), 0, d.pick(BROKEN).line.replaceAll("\n", eol));
  }
  files["main.zone"] = lines.join(eol) + (d.chance(0.9) ? eol : "");
  return { files };
}
