import { describe, expect, it } from "vitest";
import { parseMasterFile } from "../../../src/parse/zone/master.js";
import { fixtureIncluder, memoryIncluder, readFixture } from "./helpers.js";

describe("RFC 1035 §5.1 $INCLUDE", () => {
  it("fixture include/main.zone: the included file's records, origin argument and $TTL (checked with named-checkzone)", () => {
    const r = parseMasterFile(readFixture("include/main.zone"), {
      file: "include/main.zone",
      origin: "example.com",
      include: fixtureIncluder(),
    });
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => `${x.owner} ${x.ttl} ${x.type} ${x.file}`)).toEqual([
      "example.com 3600 SOA include/main.zone",
      "example.com 3600 NS include/main.zone",
      "ns1.example.com 3600 A include/main.zone",
      "mail.example.com 600 MX include/sub/mail.zone",
      "mx1.mail.example.com 600 A include/sub/mail.zone",
      // The origin does not leak back out of the included file; the $TTL does (BIND).
      "after.example.com 600 TXT include/main.zone",
    ]);
    const mx = r.records[3];
    expect(mx.data).toMatchObject({ exchange: "mx1.mail.example.com" });
    expect(mx.span).toEqual({ line: 3, column: 1, endLine: 3, endColumn: 12 });
  });

  it("the included file starts with the including file's owner, which is restored afterwards (BIND)", () => {
    const r = parseMasterFile(
      ["www 60 A 192.0.2.1", "$INCLUDE inc.zone", "  60 AAAA 2001:db8::1"].join("\n"),
      {
        file: "zones/main.zone",
        origin: "example.com",
        include: memoryIncluder({ "zones/inc.zone": "  60 TXT first\nother 60 TXT second" }),
      },
    );
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => `${x.owner} ${x.type}`)).toEqual([
      "www.example.com A",
      "www.example.com TXT",
      "other.example.com TXT",
      "www.example.com AAAA",
    ]);
  });

  it("issues inside an included file name that file and its own line", () => {
    const r = parseMasterFile("$INCLUDE inc.zone\nok 60 A 192.0.2.1", {
      file: "zones/main.zone",
      origin: "example.com",
      include: memoryIncluder({ "zones/inc.zone": "; header\n@ 60 MX 70000 mx1" }),
    });
    expect(r.issues).toEqual([
      {
        file: "zones/inc.zone",
        span: { line: 2, column: 9, endLine: 2, endColumn: 14 },
        message: "MX preference 70000 is out of range 0-65535",
      },
    ]);
    expect(r.records.map((x) => x.owner)).toEqual(["ok.example.com"]);
  });

  it("a quoted path, and the origin argument relative to the current origin", () => {
    const r = parseMasterFile('$INCLUDE "my zones/inc.zone" sub', {
      file: "main.zone",
      origin: "example.com",
      include: memoryIncluder({ "my zones/inc.zone": "@ 60 A 192.0.2.1" }),
    });
    expect(r.issues).toEqual([]);
    expect(r.records[0].owner).toBe("sub.example.com");
  });

  it("a file that cannot be read is an issue at the path, with the reader's reason", () => {
    const r = parseMasterFile("\n$INCLUDE ../../etc/passwd", {
      file: "zones/main.zone",
      origin: "example.com",
      include: () => ({ error: "outside the repository" }),
    });
    expect(r.issues).toEqual([
      {
        file: "zones/main.zone",
        span: { line: 2, column: 10, endLine: 2, endColumn: 26 },
        message: '$INCLUDE "../../etc/passwd" cannot be read: outside the repository',
      },
    ]);
  });

  it("a reader that throws becomes an issue, never an exception", () => {
    const r = parseMasterFile("$INCLUDE x.zone", {
      file: "main.zone",
      include: () => {
        throw new Error("EACCES: permission denied");
      },
    });
    expect(r.issues[0].message).toContain("EACCES: permission denied");
  });

  it("fixture cycle-a.zone -> cycle-b.zone -> cycle-a.zone: one issue at the $INCLUDE closing the loop", () => {
    const r = parseMasterFile(readFixture("include/cycle-a.zone"), {
      file: "include/cycle-a.zone",
      include: fixtureIncluder(),
    });
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].file).toBe("include/cycle-b.zone");
    expect(r.issues[0].span.line).toBe(3);
    expect(r.issues[0].message).toContain(
      "$INCLUDE cycle: include/cycle-a.zone -> include/cycle-b.zone -> include/cycle-a.zone",
    );
    expect(r.records.map((x) => x.owner)).toEqual(["a.example.com", "b.example.com"]);
  });

  it("a file including itself is a cycle", () => {
    const r = parseMasterFile("$INCLUDE self.zone", {
      file: "self.zone",
      include: memoryIncluder({ "self.zone": "$INCLUDE self.zone" }),
    });
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].message).toContain("$INCLUDE cycle: self.zone -> self.zone");
  });

  it("the depth guard stops a chain of distinct files (maxIncludeDepth, default 8)", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++)
      files[`f${i}.zone`] = `r${i} 60 A 192.0.2.1\n$INCLUDE f${i + 1}.zone`;
    const deep = parseMasterFile(files["f0.zone"], {
      file: "f0.zone",
      origin: "example.com",
      include: memoryIncluder(files),
    });
    expect(deep.records).toHaveLength(9); // f0 and 8 nested files
    expect(deep.issues).toHaveLength(1);
    expect(deep.issues[0].file).toBe("f8.zone");
    expect(deep.issues[0].message).toContain("nested more than 8 deep");
    const shallow = parseMasterFile(files["f0.zone"], {
      file: "f0.zone",
      origin: "example.com",
      include: memoryIncluder(files),
      maxIncludeDepth: 2,
    });
    expect(shallow.records).toHaveLength(3);
    expect(shallow.issues[0].file).toBe("f2.zone");
  });

  it("declaredOrigin comes from the top file's $ORIGIN, not from an included file's", () => {
    const r = parseMasterFile("$INCLUDE inc.zone\n$ORIGIN example.org.", {
      file: "main.zone",
      include: memoryIncluder({ "inc.zone": "$ORIGIN other.test." }),
    });
    expect(r.declaredOrigin).toBe("example.org");
  });
});
