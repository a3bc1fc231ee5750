/**
 * Deadlines and bounded concurrency for the live probes: no server, however slow or hostile,
 * may hold a run past its deadline, and many domains share a fixed number of probes in flight.
 */

/** Thrown (as a rejection) when a deadline passes first. */
export class DeadlineError extends Error {
  override readonly name = "DeadlineError";
  constructor(readonly ms: number) {
    super(`no result within ${ms} ms`);
  }
}

/**
 * Settles with `work` or rejects with DeadlineError after `ms`, whichever comes first; `onLate`
 * runs when the deadline wins, to release what the work holds (sockets, resolver queries).
 * The timer never keeps the process alive.
 */
export function withDeadline<T>(work: Promise<T>, ms: number, onLate?: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      onLate?.();
      reject(new DeadlineError(ms));
    }, ms);
    timer.unref?.();
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}

/**
 * Runs `fn` over every item with at most `limit` calls in flight and returns the results in
 * the items' order. A slow item occupies one slot only: the others keep flowing past it.
 * `fn` must not reject (each probe turns its failures into observations).
 */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  const slots = Math.max(1, Math.min(limit, items.length));
  await Promise.all(Array.from({ length: slots }, worker));
  return results;
}
