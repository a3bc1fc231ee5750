/**
 * A set of DNS names with a few small integers each, in typed arrays: 16 bytes a slot instead
 * of a Map entry and a retained string (about 100 bytes), so facts about every name of a zone
 * of a million names cost little memory and no garbage collection.
 *
 * Names are stored as a 64-bit hash (two independent 32-bit hashes). Two distinct names of a
 * zone share a hash with a probability of about n² / 2^65 (3·10^-8 for a million names): the
 * table is exact for any zone the linter will meet, and where a collision would matter the
 * callers only ever err towards keeping more.
 */

/** The two halves of a name's hash (module state: hashing allocates nothing). */
let hashA = 0;
let hashB = 0;

/** Hashes a name into `hashA`/`hashB`: FNV-1a and a multiply-rotate hash, both 32-bit. */
export function hashName(name: string): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ name.length;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  // Zero marks an empty slot: a name never hashes to it.
  hashA = a | 1;
  hashB = b;
}

const EMPTY = new Int32Array(0);

export class NameTable {
  /** Per slot: the two hash halves, then `width` values; one cache line serves a lookup. */
  private slots: Int32Array;
  private capacity: number;
  private readonly stride: number;
  private size = 0;

  /** `width` integers per name, all 0 until set; room for `expected` names before growing. */
  constructor(width: number, expected = 0) {
    this.stride = 2 + width;
    let capacity = 16;
    while (capacity < expected * 2 && capacity < 1 << 24) capacity *= 2;
    this.capacity = capacity;
    // Allocated on first use: many tables of small zones are never written to.
    this.slots = EMPTY;
  }

  /** The slot of a name (hashed with `hashName` just before), added when missing. */
  slot(): number {
    return this.slotOfHash(hashA, hashB);
  }

  /** The slot of a name (hashed with `hashName` just before), or -1. */
  lookup(): number {
    return this.find(hashA, hashB, false);
  }

  /** The slot of a name by its hash halves, added when missing. */
  slotOfHash(a: number, b: number): number {
    if (this.slots === EMPTY) this.slots = new Int32Array(this.capacity * this.stride);
    else if ((this.size + 1) * 2 > this.capacity) this.grow();
    return this.find(a, b, true);
  }

  /** The slot of a name by its hash halves (as stored in another table's columns), or -1. */
  lookupHash(a: number, b: number): number {
    return this.find(a, b, false);
  }

  get(slot: number, column: number): number {
    return this.slots[slot + 2 + column];
  }

  set(slot: number, column: number, value: number): void {
    this.slots[slot + 2 + column] = value;
  }

  /** Slots are offsets into `slots` (a multiple of the stride). */
  private find(a: number, b: number, add: boolean): number {
    const { slots, stride } = this;
    if (slots === EMPTY) return -1;
    const mask = this.capacity - 1;
    for (let i = (a ^ b) & mask; ; i = (i + 1) & mask) {
      const at = i * stride;
      const k = slots[at];
      if (k === 0) {
        if (!add) return -1;
        slots[at] = a;
        slots[at + 1] = b;
        this.size++;
        return at;
      }
      if (k === a && slots[at + 1] === b) return at;
    }
  }

  private grow(): void {
    const { slots: old, stride } = this;
    this.capacity *= 2;
    this.slots = new Int32Array(this.capacity * stride);
    this.size = 0;
    for (let at = 0; at < old.length; at += stride) {
      if (old[at] === 0) continue;
      const slot = this.find(old[at], old[at + 1], true);
      for (let c = 2; c < stride; c++) this.slots[slot + c] = old[at + c];
    }
  }
}

/** The halves of the hash of the name last given to `hashName`, to store in columns. */
export function lastHashA(): number {
  return hashA;
}

export function lastHashB(): number {
  return hashB;
}
