import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseShard, selectShard, shardOf } from "../../src/settings/shard.js";

const domains = (n: number) => Array.from({ length: n }, (_, i) => ({ domain: `d${i}.example` }));

describe("parseShard (interface.md --shard <i>/<n>)", () => {
  it("accepts i/n with 1 ≤ i ≤ n", () => {
    expect(parseShard("1/4")).toEqual({ ok: true, value: { index: 1, count: 4 } });
    expect(parseShard(" 4 / 4 ")).toEqual({ ok: true, value: { index: 4, count: 4 } });
  });

  it.each(["5/4", "0/4", "1/0", "a/b", "1", "1/4/2", "-1/4", ""])("refuses %j", (text) => {
    expect(parseShard(text).ok).toBe(false);
  });
});

describe("selectShard: matrix jobs split the domains", () => {
  it("covers every domain exactly once across the slices, in the configured order", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.domain(), { maxLength: 40 }),
        fc.integer({ min: 1, max: 9 }),
        (names, n) => {
          const items = names.map((domain) => ({ domain }));
          const slices = Array.from({ length: n }, (_, i) =>
            selectShard(items, { index: i + 1, count: n }),
          );
          expect(
            slices
              .flat()
              .map((d) => d.domain)
              .sort(),
          ).toEqual([...names].sort());
          for (const slice of slices) {
            expect(slice.map((d) => names.indexOf(d.domain))).toEqual(
              slice.map((d) => names.indexOf(d.domain)).sort((a, b) => a - b),
            );
          }
        },
      ),
    );
  });

  it("is deterministic: the same name always lands in the same slice", () => {
    expect(shardOf("example.com", 4)).toBe(shardOf("example.com", 4));
    expect(selectShard(domains(50), { index: 2, count: 3 })).toEqual(
      selectShard(domains(50), { index: 2, count: 3 }),
    );
  });

  it("adding a domain moves no other domain", () => {
    const before = domains(100).map((d) => shardOf(d.domain, 5));
    const after = [...domains(100), { domain: "new.example" }].map((d) => shardOf(d.domain, 5));
    expect(after.slice(0, 100)).toEqual(before);
  });

  it("going from n to n+1 slices moves only a small share of the domains", () => {
    const names = domains(1000).map((d) => d.domain);
    const moved = names.filter((name) => shardOf(name, 4) !== shardOf(name, 5)).length;
    expect(moved).toBeLessThan(300); // about 1/5 expected; modulo hashing would move about 4/5
  });

  it("spreads the domains roughly evenly", () => {
    const sizes = [1, 2, 3, 4].map(
      (index) => selectShard(domains(1000), { index, count: 4 }).length,
    );
    for (const size of sizes) expect(size).toBeGreaterThan(180);
  });

  it("one slice of one holds everything", () => {
    expect(selectShard(domains(7), { index: 1, count: 1 })).toHaveLength(7);
  });
});
