/**
 * A tiny least-recently-used map. The shared runtime keeps a few evaluated registers so that thousands of cells
 * calling CRM.OWNER over the same range reuse one evaluation, while a workbook with several registers or
 * as-of dates does not thrash.
 */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`LRU capacity ${capacity} must be a whole number ≥ 1`);
  }

  /** The value for `key`, marking it most recently used. */
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    // Re-insert so Map iteration order (oldest first) tracks recency.
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  /** Store `value`, evicting the least recently used entry when full. */
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }

  /** Drop every entry. */
  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}
