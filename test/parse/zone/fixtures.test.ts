import { describe, expect, it } from "vitest";
import { parseMasterFile } from "../../../src/parse/zone/master.js";
import { only, readFixture } from "./helpers.js";

// Expected owners, TTLs and types are named-checkzone 9.18's reading of the same fixtures
// (`named-checkzone -D -o - <origin> <file>`).
describe("fixture zone files", () => {
  it("rfc1035-features.zone: every RFC 1035 §5.1 feature read as BIND reads it", () => {
    const r = parseMasterFile(readFixture("rfc1035-features.zone"), {
      file: "test/fixtures/zone/rfc1035-features.zone",
      origin: "example.com",
    });
    expect(r.issues).toEqual([]);
    expect(r.declaredOrigin).toBe("example.com");
    expect(r.records.map((x) => `${x.owner} ${x.ttl} ${x.class} ${x.type}`)).toEqual([
      "example.com 5400 IN SOA",
      "example.com 5400 IN NS",
      "example.com 5400 IN NS",
      "ns1.example.com 3600 IN A",
      "www.example.com 300 IN A",
      "www.example.com 5400 IN AAAA",
      "example.com 5400 IN MX",
      "example.com 5400 IN MX",
      "_mta-sts.example.com 5400 IN TXT",
      "_smtp._tls.example.com 5400 IN TXT",
      "quoted.example.com 5400 IN TXT",
      "host.sub.example.com 5400 IN A",
      "mta-sts.example.com 5400 IN CNAME",
      "generic.sub.example.com 5400 IN TXT",
      "opaque.sub.example.com 5400 IN CAA",
      "unknown.sub.example.com 5400 IN TYPE65280",
    ]);
    expect(only(r, "example.com", "SOA").data).toEqual({
      kind: "SOA",
      mname: "ns1.example.com",
      rname: "hostmaster.example.com",
      serial: 2026112801,
      refresh: 7200,
      retry: 1800,
      expire: 777600,
      minimum: 300,
    });
    const soa = only(r, "example.com", "SOA");
    expect(soa.span).toEqual({ line: 8, column: 1, endLine: 13, endColumn: 6 });
    expect(r.records.filter((x) => x.type === "MX").map((x) => x.data)).toEqual([
      { kind: "MX", preference: 10, exchange: "mx1.example.com", exchangeText: "mx1" },
      { kind: "MX", preference: 20, exchange: "mx2.example.net", exchangeText: "mx2.example.net." },
    ]);
    const tlsrpt = only(r, "_smtp._tls.example.com", "TXT");
    expect(tlsrpt.span).toEqual({ line: 22, column: 1, endLine: 23, endColumn: 37 });
    expect(tlsrpt.data).toMatchObject({
      strings: [
        { text: "v=TLSRPTv1; ", span: { line: 22, column: 18 } },
        { text: "rua=mailto:tlsrpt@example.com", span: { line: 23, column: 6 } },
      ],
    });
    expect(only(r, "quoted.example.com", "TXT").data).toMatchObject({
      strings: [{ text: 'semi;colon (paren) "quote"' }, { text: "unquoted;word" }, { text: "ABC" }],
    });
    expect(only(r, "generic.sub.example.com", "TXT").data).toMatchObject({
      strings: [{ text: "v=STSv1" }],
    });
    expect(only(r, "mta-sts.example.com", "CNAME").data).toEqual({
      kind: "NAME",
      target: "sites.example.net",
    });
  });

  it("real-world-export.zone: a provider export (TTL 1 'automatic', ';;' banners, split DKIM key)", () => {
    const r = parseMasterFile(readFixture("real-world-export.zone"), { file: "example.org.zone" });
    expect(r.issues).toEqual([]);
    expect(r.declaredOrigin).toBe("example.org");
    expect(r.records).toHaveLength(10);
    expect(only(r, "_mta-sts.example.org", "TXT")).toMatchObject({
      ttl: 1,
      span: { line: 28 },
      data: { strings: [{ text: "v=STSv1; id=20261128120000" }] },
    });
    expect(only(r, "sel1._domainkey.example.org", "TXT").data).toMatchObject({
      strings: [{ text: expect.stringMatching(/^v=DKIM1; k=rsa; p=/) }, { text: "IDAQAB" }],
    });
    expect(r.records.filter((x) => x.type === "MX").map((x) => x.data)).toMatchObject([
      { exchange: "mx1.mail.example.net" },
      { exchange: "mx2.mail.example.net" },
    ]);
  });
});
