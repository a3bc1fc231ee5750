import { quoted } from "../model/wording.js";
import type { Parsed } from "./values.js";

export interface Shard {
  /** 1-based slice number. */
  index: number;
  count: number;
}

/** Largest slice count accepted: far beyond any CI matrix. */
export const MAX_SHARDS = 1024;

/** Parses `i/n` (1 ≤ i ≤ n): the i-th of n slices, as matrix jobs number them. */
export function parseShard(value: string): Parsed<Shard> {
  const m = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(value);
  if (!m) return { ok: false, reason: `${quoted(value)} is not of the form i/n (e.g. 1/4)` };
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_SHARDS) {
    return { ok: false, reason: `${quoted(value)}: n must be 1–${MAX_SHARDS}` };
  }
  if (index < 1 || index > count) {
    return { ok: false, reason: `${quoted(value)}: i must be 1–${count}` };
  }
  return { ok: true, value: { index, count } };
}

/** FNV-1a over the UTF-16 code units, then murmur3's finaliser so near names spread apart. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The slice (1-based) a domain belongs to. Rendezvous hashing: each slice scores the name and
 * the highest score wins. The choice depends only on the name and n, so adding or removing a
 * domain moves no other, and going from n to n+1 slices moves only about 1/(n+1) of them.
 */
export function shardOf(domain: string, count: number): number {
  let best = 1;
  let bestScore = -1;
  for (let slice = 1; slice <= count; slice++) {
    const score = hash32(`${slice}/${domain}`);
    if (score > bestScore) {
      best = slice;
      bestScore = score;
    }
  }
  return best;
}

/** The items of the given slice, in their original order. */
export function selectShard<T extends { domain: string }>(items: readonly T[], shard: Shard): T[] {
  return items.filter((item) => shardOf(item.domain, shard.count) === shard.index);
}
