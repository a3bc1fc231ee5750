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

export class NameTable {
  private keysA: Int32Array;
  private keysB: Int32Array;
  private values: Int32Array;
  private size = 0;

  /** `width` integers per name, all 0 until set; room for `expected` names before growing. */
  constructor(
    private readonly width: number,
    expected = 0,
  ) {
    let capacity = 1024;
    while (capacity < expected * 2 && capacity < 1 << 24) capacity *= 2;
    this.keysA = new Int32Array(capacity);
    this.keysB = new Int32Array(capacity);
    this.values = new Int32Array(capacity * width);
  }

  /** The slot of a name (hashed with `hashName` just before), added when missing. */
  slot(): number {
    if ((this.size + 1) * 2 > this.keysA.length) this.grow();
    return this.find(hashA, hashB, true);
  }

  /** The slot of a name (hashed with `hashName` just before), or -1. */
  lookup(): number {
    return this.find(hashA, hashB, false);
  }

  /** The slot of a name by its hash halves, added when missing. */
  slotOfHash(a: number, b: number): number {
    if ((this.size + 1) * 2 > this.keysA.length) this.grow();
    return this.find(a, b, true);
  }

  /** The slot of a name by its hash halves (as stored in another table's columns), or -1. */
  lookupHash(a: number, b: number): number {
    return this.find(a, b, false);
  }

  get(slot: number, column: number): number {
    return this.values[slot * this.width + column];
  }

  set(slot: number, column: number, value: number): void {
    this.values[slot * this.width + column] = value;
  }

  private find(a: number, b: number, add: boolean): number {
    const mask = this.keysA.length - 1;
    for (let i = (a ^ b) & mask; ; i = (i + 1) & mask) {
      const k = this.keysA[i];
      if (k === 0) {
        if (!add) return -1;
        this.keysA[i] = a;
        this.keysB[i] = b;
        this.size++;
        return i;
      }
      if (k === a && this.keysB[i] === b) return i;
    }
  }

  private grow(): void {
    const { keysA, keysB, values, width } = this;
    const capacity = keysA.length * 2;
    this.keysA = new Int32Array(capacity);
    this.keysB = new Int32Array(capacity);
    this.values = new Int32Array(capacity * width);
    this.size = 0;
    for (let i = 0; i < keysA.length; i++) {
      if (keysA[i] === 0) continue;
      const slot = this.find(keysA[i], keysB[i], true);
      for (let c = 0; c < width; c++) this.values[slot * width + c] = values[i * width + c];
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
