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

  /** Append one value. */
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** The values pushed so far, as an array of exactly that length. */
  finish(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
