/**
 * A hash table from whole-number codes (below 2^53, e.g. digit codes of phone numbers) to ids, in typed arrays with
 * open addressing: a lookup is a multiply and one or two array reads, with no string to hash and no entry object
 * per key, which is what a register's several hundred thousand phones need.
 */
export class CodeTable {
  private keys: Float64Array;
  private ids: Int32Array;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Float64Array(size).fill(-1);
    this.ids = new Int32Array(size);
  }

  /** The id stored for `code`, or -1. */
  get(code: number): number {
    const mask = this.keys.length - 1;
    for (let slot = slotOf(code, mask); ; slot = (slot + 1) & mask) {
      const key = this.keys[slot];
      if (key === code) return this.ids[slot];
      if (key === -1) return -1;
    }
  }

  /** Store `id` for `code` (a code not stored yet). */
  set(code: number, id: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let slot = slotOf(code, mask);
    while (this.keys[slot] !== -1) slot = (slot + 1) & mask;
    this.keys[slot] = code;
    this.ids[slot] = id;
    this.count++;
  }

  private grow(): void {
    const { keys, ids } = this;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.ids = new Int32Array(keys.length * 2);
    this.count = 0;
    for (let k = 0; k < keys.length; k++) if (keys[k] !== -1) this.set(keys[k], ids[k]);
  }
}

/** Home slot of a code: both 32-bit halves mixed by a multiplicative hash. */
function slotOf(code: number, mask: number): number {
  const low = code >>> 0;
  const high = Math.floor(code / 4294967296);
  return Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) >>> 7 & mask;
}
