import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/live-dns-error.js";
import { lintModels } from "../helpers/lint.js";
import { answer, nameServer, questions, withDns } from "../helpers/live-dns.js";

describe("live-dns-error (RFC 8461 §3.1: a sender that cannot look the record up cannot apply it)", () => {
  it("a timeout on the _mta-sts TXT names the query, the server and the consequence", () => {
    const model = withDns(
      {},
      {
        answers: questions({
          stsTxt: answer("_mta-sts.example.com", "TXT", [], {
            status: "timeout",
            code: "ETIMEOUT",
          }),
        }),
      },
    );
    const findings = lintModels(rule, [model]);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ rule: "live-dns-error", severity: "error", area: "dns" });
    expect(f.location).toEqual({ host: "_mta-sts.example.com" });
    expect(f.message).toContain(
      'TXT "_mta-sts.example.com": no answer before the deadline (timeout)',
    );
    expect(f.message).toContain("192.0.2.53:53");
    expect(f.message).toContain("cannot discover or refresh the MTA-STS policy");
    expect(f.message).toContain("port 53");
  });

  it("SERVFAIL and REFUSED are told apart, one finding per failing server", () => {
    const broken = nameServer("ns2.example.com", "198.51.100.2", {
      mx: answer("example.com", "MX", [], {
        status: "refused",
        server: "ns2.example.com (198.51.100.2)",
      }),
    });
    const model = withDns(
      {},
      {
        answers: questions({
          tlsrptTxt: answer("_smtp._tls.example.com", "TXT", [], { status: "servfail" }),
        }),
        nameServers: [broken],
      },
    );
    const findings = lintModels(rule, [model]);
    expect(findings).toHaveLength(2);
    expect(findings[0].message).toContain("SERVFAIL");
    expect(findings[0].message).toContain("DNSSEC");
    expect(findings[1].message).toContain("ns2.example.com (198.51.100.2)");
    expect(findings[1].message).toContain("REFUSED");
    expect(findings[1].message).toContain("delegation");
  });

  it("NXDOMAIN and NODATA are answers, not errors", () => {
    const model = withDns(
      {},
      {
        answers: questions({
          stsTxt: answer("_mta-sts.example.com", "TXT", [], { status: "nxdomain" }),
          mx: answer("example.com", "MX", []),
        }),
      },
    );
    expect(lintModels(rule, [model])).toEqual([]);
  });

  it("a name server the address guard kept away from is a notice naming its address", () => {
    const model = withDns(
      {},
      {
        nameServers: [
          {
            name: "ns1.example.com",
            address: "10.0.0.53",
            from: ["live"],
            refusedCategory: "private",
          },
        ],
      },
    );
    const [f] = lintModels(rule, [model]);
    expect(f.severity).toBe("notice");
    expect(f.message).toContain("10.0.0.53");
    expect(f.message).toContain("refused: private address");
  });

  it("the guard's category is shown as it is, brackets included (kept as data, worded once)", () => {
    const model = withDns(
      {},
      {
        nameServers: [
          {
            name: "ns1.example.com",
            address: "100.64.0.53",
            from: ["live"],
            refusedCategory: "shared (CGNAT)",
          },
        ],
      },
    );
    const [f] = lintModels(rule, [model]);
    expect(f.message).toContain("refused: private address (shared (CGNAT))");
  });
});
