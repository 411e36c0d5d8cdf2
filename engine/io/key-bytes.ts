/**
 * Customer Keys held as their UTF-8 bytes, one after another, and compared with JS strings in JS string order
 * (`<`). A month's results have a million keys: held as bytes they are one buffer, not a million strings made
 * while the file is read and copied by every garbage collection after; a key is made a string only when asked for
 * (a customer that vanished, a lookup by key).
 */

/** Whether a byte is ASCII: one byte, one UTF-16 code unit, so byte order is JS string order. */
function ascii(b: number): boolean {
  return b < 0x80;
}

/** A store of keys by position. */
export class KeyBytes {
  #bytes: Buffer = Buffer.allocUnsafe(1 << 16);
  /** Where key i ends in #bytes; it begins where key i - 1 ends. */
  #ends = new Uint32Array(1024);
  #count = 0;
  /**
   * Keys already made strings (all of those given as strings), by position; made when the first is, as long as
   * #ends (a fast array of holes, where one written at a far position would turn the array into a dictionary).
   */
  #texts: (string | undefined)[] | null = null;

  /** How many keys there are. */
  get size(): number {
    return this.#count;
  }

  /** Room for `count` keys, so that a big file's keys are placed without growing their ends. */
  reserve(count: number): void {
    if (count > this.#ends.length) this.#room(count);
  }

  /** Add the key of bytes[start, end) (UTF-8); returns its position. */
  push(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    const used = this.#bytesFor(length);
    // A key has a dozen bytes: a loop costs less than a native copy.
    const into = this.#bytes;
    for (let k = 0; k < length; k++) into[used + k] = bytes[start + k];
    return this.#add(used + length);
  }

  /** Add a key given as text; returns its position. */
  pushText(key: string): number {
    const length = Buffer.byteLength(key);
    const used = this.#bytesFor(length);
    this.#bytes.write(key, used);
    const i = this.#add(used + length);
    this.#textsMade()[i] = key;
    return i;
  }

  /** Drop the last key added. */
  pop(): void {
    this.#count--;
    if (this.#texts !== null) this.#texts[this.#count] = undefined;
  }

  /** Key i as text. */
  text(i: number): string {
    const texts = this.#textsMade();
    let t = texts[i];
    if (t === undefined) {
      const start = this.#start(i), end = this.#ends[i];
      let k = start;
      while (k < end && ascii(this.#bytes[k])) k++;
      t = this.#bytes.toString(k === end ? 'latin1' : 'utf8', start, end);
      texts[i] = t;
    }
    return t;
  }

  /** Key i compared with `key` in JS string order: negative when it sorts before, 0 when equal, else positive. */
  compare(i: number, key: string): number {
    const bytes = this.#bytes;
    const start = this.#start(i), end = this.#ends[i];
    const n = Math.min(end - start, key.length);
    for (let k = 0; k < n; k++) {
      const a = bytes[start + k], b = key.charCodeAt(k);
      if (!ascii(a) || !ascii(b)) return textOrder(this.text(i), key);
      if (a !== b) return a - b;
    }
    // Every unit compared so far was ASCII alike, so the one with more left sorts after.
    return (end - start - n) - (key.length - n);
  }

  /** Whether key i sorts strictly before key i + 1 in JS string order. */
  ascends(i: number): boolean {
    const bytes = this.#bytes;
    const a0 = this.#start(i), a1 = this.#ends[i], b0 = a1, b1 = this.#ends[i + 1];
    const n = Math.min(a1 - a0, b1 - b0);
    for (let k = 0; k < n; k++) {
      const a = bytes[a0 + k], b = bytes[b0 + k];
      if (!ascii(a) || !ascii(b)) return this.text(i) < this.text(i + 1);
      if (a !== b) return a < b;
    }
    return a1 - a0 < b1 - b0;
  }

  #start(i: number): number {
    return i === 0 ? 0 : this.#ends[i - 1];
  }

  /** Room for `length` more bytes of keys; returns where they go (the bytes used so far). */
  #bytesFor(length: number): number {
    const used = this.#count === 0 ? 0 : this.#ends[this.#count - 1];
    if (used + length > this.#bytes.length) {
      const bytes = Buffer.allocUnsafe(2 * (used + length));
      this.#bytes.copy(bytes, 0, 0, used);
      this.#bytes = bytes;
    }
    return used;
  }

  #textsMade(): (string | undefined)[] {
    return (this.#texts ??= new Array(this.#ends.length));
  }

  /** Room for n keys' ends (and texts, once made). */
  #room(n: number): void {
    const ends = new Uint32Array(n);
    ends.set(this.#ends.subarray(0, this.#count));
    this.#ends = ends;
    if (this.#texts !== null) {
      const texts = new Array<string | undefined>(n);
      for (let i = 0; i < this.#count; i++) texts[i] = this.#texts[i];
      this.#texts = texts;
    }
  }

  #add(end: number): number {
    if (this.#count === this.#ends.length) this.#room(2 * this.#count);
    this.#ends[this.#count] = end;
    return this.#count++;
  }
}

/** The order of two texts as JS's `<` gives it. */
function textOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
