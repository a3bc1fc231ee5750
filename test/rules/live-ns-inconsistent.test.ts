import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/live-ns-inconsistent.js";
import { lintModels, zoneWith } from "../helpers/lint.js";
import { answer, nameServer, withDns } from "../helpers/live-dns.js";

describe("live-ns-inconsistent (propagation: servers of one zone must give one answer)", () => {
  it("a secondary with an older id and serial: two findings naming the servers and answers", () => {
    const stale = nameServer(
      "ns2.example.com",
      "198.51.100.2",
      {
        stsTxt: answer("_mta-sts.example.com", "TXT", ["v=STSv1; id=20250101"], {
          server: "ns2.example.com (198.51.100.2)",
        }),
      },
      "2025010101",
    );
    const model = withDns(
      { zone: zoneWith() },
      { nameServers: [nameServer("ns1.example.com", "198.51.100.1"), stale] },
    );
    const findings = lintModels(rule, [model]);
    expect(findings.map((f) => f.location.host)).toEqual(["_mta-sts.example.com", "example.com"]);
    const [txt, soa] = findings;
    expect(txt).toMatchObject({ severity: "warning", area: "dns" });
    expect(txt.message).toContain(
      '"v=STSv1; id=20260101" from ns1.example.com (198.51.100.1); "v=STSv1; id=20250101" from ns2.example.com (198.51.100.2)',
    );
    expect(soa.message).toContain("different SOA serials");
  });

  it("servers that agree: no finding", () => {
    const model = withDns(
      {},
      {
        nameServers: [
          nameServer("ns1.example.com", "198.51.100.1"),
          nameServer("ns2.example.com", "198.51.100.2"),
        ],
      },
    );
    expect(lintModels(rule, [model])).toEqual([]);
  });

  it("a server that timed out is not a different answer (live-dns-error names it)", () => {
    const down = nameServer("ns2.example.com", "198.51.100.2", {
      stsTxt: answer("_mta-sts.example.com", "TXT", [], { status: "timeout" }),
    });
    const model = withDns(
      {},
      { nameServers: [nameServer("ns1.example.com", "198.51.100.1"), down] },
    );
    expect(lintModels(rule, [model])).toEqual([]);
  });

  it("NXDOMAIN on one server and a record on another is a split", () => {
    const missing = nameServer("ns2.example.com", "198.51.100.2", {
      tlsrptTxt: answer("_smtp._tls.example.com", "TXT", [], {
        status: "nxdomain",
        server: "ns2.example.com (198.51.100.2)",
      }),
    });
    const model = withDns(
      {},
      { nameServers: [nameServer("ns1.example.com", "198.51.100.1"), missing] },
    );
    const [f] = lintModels(rule, [model]);
    expect(f.message).toContain("NXDOMAIN from ns2.example.com (198.51.100.2)");
  });
});
