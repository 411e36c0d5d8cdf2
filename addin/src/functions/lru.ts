/**
 * A tiny least-recently-used map. The shared runtime keeps a few evaluated registers so that thousands of cells
 * calling CRM.OWNER over the same range reuse one evaluation, while a workbook with several registers or
 * as-of dates does not thrash.
 */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  /** The most recently used key, if it is still in the map. */
  private newest: K | undefined;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`LRU capacity ${capacity} must be a whole number ≥ 1`);
  }

  /** The value for `key`, marking it most recently used. */
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value === undefined || key === this.newest) return value;
    // Re-insert so Map iteration order (oldest first) tracks recency; thousands of cells asking for the entry
    // that is already the newest skip this.
    this.map.delete(key);
    this.map.set(key, value);
    this.newest = key;
    return value;
  }

  /** Store `value`, evicting the least recently used entry when full. */
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    this.newest = key;
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }

  /** Drop the entry of `key`. */
  delete(key: K): void {
    this.map.delete(key);
    if (key === this.newest) this.newest = undefined;
  }

  /** Drop every entry that satisfies `test`. */
  deleteWhere(test: (value: V, key: K) => boolean): void {
    for (const [key, value] of this.map) if (test(value, key)) this.delete(key);
  }

  /** Drop every entry. */
  clear(): void {
    this.map.clear();
    this.newest = undefined;
  }

  get size(): number {
    return this.map.size;
  }
}
