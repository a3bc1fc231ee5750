import { describe, expect, it } from "vitest";
import { hashName, NameTable } from "../../../src/parse/zone/name-table.js";

/**
 * The hashed name table behind the zone parser's CNAME rules (RFC 1034 §3.6.2): a name must
 * never be lost or confused with another while the table grows through a large zone.
 */
describe("NameTable", () => {
  it("keeps every name's values while it grows far past its first capacity", () => {
    const table = new NameTable(2);
    const names = Array.from({ length: 50_000 }, (_, i) => `host${i}.sub${i % 97}.example.com`);
    names.forEach((name, i) => {
      hashName(name);
      const slot = table.slot();
      table.set(slot, 0, i + 1);
      table.set(slot, 1, -(i + 1));
    });
    names.forEach((name, i) => {
      hashName(name);
      const slot = table.lookup();
      expect(slot).toBeGreaterThanOrEqual(0);
      expect([table.get(slot, 0), table.get(slot, 1)]).toEqual([i + 1, -(i + 1)]);
    });
  });

  it("finds the same slot again for a name, and none for a name never added", () => {
    const table = new NameTable(1, 10);
    hashName("www.example.com");
    const first = table.slot();
    hashName("www.example.com");
    expect(table.slot()).toBe(first);
    for (const absent of ["www.example.co", "ww.example.com", "", "www.example.com."]) {
      hashName(absent);
      expect(table.lookup(), absent).toBe(-1);
    }
  });
});
