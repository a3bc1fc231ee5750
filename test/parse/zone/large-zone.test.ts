import { describe, expect, it } from "vitest";
import { parseMasterFile } from "../../../src/parse/zone/master.js";

/** A 10,000-record zone of the kinds of records mail domains publish. */
function bigZone(): string {
  const lines = [
    "$ORIGIN example.com.",
    "$TTL 3600",
    "@ SOA ns1 hostmaster ( 1 7200 3600 1209600 300 )",
  ];
  for (let i = 0; i < 10000; i++) {
    switch (i % 4) {
      case 0:
        lines.push(`h${i} IN A 192.0.2.${i % 256}`);
        break;
      case 1:
        lines.push(`h${i} 300 MX 10 mx${i}.example.net.`);
        break;
      case 2:
        lines.push(`_t${i} TXT "v=STSv1; id=${i}" "more text here" ; comment`);
        break;
      default:
        lines.push(`   AAAA 2001:db8::${i.toString(16)}`);
    }
  }
  return lines.join("\n");
}

describe("a large zone (speed is measured by npm run bench, not here)", () => {
  it("reads every one of 10,000 records of mixed kinds, with inherited owners, and no issue", () => {
    const text = bigZone();
    const result = parseMasterFile(text, { file: "big.zone", origin: "example.com" });
    expect(result.records).toHaveLength(10001);
    expect(result.issues).toEqual([]);
    const aaaa = result.records.filter((r) => r.type === "AAAA");
    expect(aaaa).toHaveLength(2500);
    // An omitted owner inherits the previous record's owner (RFC 1035 §5.1).
    expect(aaaa[0].owner).toBe("_t2.example.com");
    const last = result.records.at(-1)!;
    expect(last.span.line).toBe(10003);
  });
});
