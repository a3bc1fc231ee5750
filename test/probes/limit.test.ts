import { describe, expect, it } from "vitest";
import { DeadlineError, mapBounded, withDeadline } from "../../src/probes/limit.js";

/** A promise the test settles by hand: no timing involved. */
function gate<T>() {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describe("bounded concurrency (many domains: one slow domain delays nobody)", () => {
  it("the others finish while one item is still pending", async () => {
    const slow = gate<string>();
    const finished: number[] = [];
    const run = mapBounded([0, 1, 2, 3, 4, 5], 2, async (i) => {
      const value = i === 0 ? await slow.promise : `fast ${i}`;
      finished.push(i);
      return value;
    });
    // Let the fast items flow through the second slot.
    for (let n = 0; n < 50 && finished.length < 5; n++) await Promise.resolve();
    expect(finished).toEqual([1, 2, 3, 4, 5]);
    slow.open("slow 0");
    expect(await run).toEqual(["slow 0", "fast 1", "fast 2", "fast 3", "fast 4", "fast 5"]);
  });

  it("never has more than `limit` calls in flight", async () => {
    let inFlight = 0;
    let most = 0;
    await mapBounded(
      Array.from({ length: 40 }, (_, i) => i),
      8,
      async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((r) => setImmediate(r));
        inFlight--;
      },
    );
    expect(most).toBe(8);
  });

  it("no items, no calls", async () => {
    expect(await mapBounded([], 8, async () => 1)).toEqual([]);
  });
});

describe("deadlines", () => {
  it("a promise that never settles is cut at the deadline and the late hook releases it", async () => {
    let released = false;
    const never = new Promise<never>(() => {});
    await expect(
      withDeadline(never, 20, () => {
        released = true;
      }),
    ).rejects.toBeInstanceOf(DeadlineError);
    expect(released).toBe(true);
  });

  it("a result before the deadline wins, and failures pass through", async () => {
    expect(await withDeadline(Promise.resolve(7), 1000)).toBe(7);
    await expect(withDeadline(Promise.reject(new Error("boom")), 1000)).rejects.toThrow("boom");
  });
});
