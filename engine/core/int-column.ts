/**
 * A growable column of 32-bit integers: the register is read row by row without knowing how many rows will come,
 * and typed arrays cannot grow, so the column doubles its buffer as it fills and hands out a trimmed array at the end.
 */
export class IntColumn {
  private data: Int32Array;
  private length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  /** Number of values pushed or put so far. */
  get size(): number {
    return this.length;
  }

  /** Append one value. */
  push(value: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = value;
  }

  private grow(): void {
    const bigger = new Int32Array(this.data.length * 2);
    bigger.set(this.data);
    this.data = bigger;
  }

  /** The value at `index`, or 0 past the end (for columns used as a growing map from small ids). */
  at(index: number): number {
    return index < this.length ? this.data[index] : 0;
  }

  /** Set the value at `index`, growing the column (with zeros) as needed. */
  put(index: number, value: number): void {
    while (index >= this.data.length) this.grow();
    if (index >= this.length) this.length = index + 1;
    this.data[index] = value;
  }

  /** The values pushed so far, as an array of exactly that length. */
  finish(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
