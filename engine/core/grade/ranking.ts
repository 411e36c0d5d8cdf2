/**
 * Ranking customers by a metric, deterministically: by value (higher first unless the order is asc), then by
 * Customer Key — callers hand customers in Customer Key order, so the tie-break is the position.
 */
import Decimal from 'decimal.js';
import type { Scalar } from './metric-values';

/** A rankable value: numbers and decimals rank, text and blanks do not. */
export function rankable(v: Scalar): number | Decimal | null {
  return typeof v === 'number' || v instanceof Decimal ? v : null;
}

/** Compare two rankable values: negative when `a` is below `b`. */
export function compareValues(a: number | Decimal, b: number | Decimal): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  return new Decimal(a instanceof Decimal ? a : String(a)).cmp(b instanceof Decimal ? b : String(b));
}

/** Whether the platform stores the low half of a double first (every engine Excel and Node run on does). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const LO = LITTLE_ENDIAN ? 0 : 1;
const HI = 1 - LO;

/**
 * Room for the radix sort to work in, kept by a caller that sorts many lists in a row (a cap per department): a
 * typed array per list and pass would be allocated outside the heap, and that much memory coming and going makes
 * the collector run over everything else a run holds.
 */
export class SortSpace {
  #words = new Uint32Array(0);

  /** At least `n` words, their contents left as they were. */
  words(n: number): Uint32Array {
    if (this.#words.length < n) this.#words = new Uint32Array(Math.max(n, 2 * this.#words.length));
    return this.#words;
  }
}

/**
 * Indexes of `values` in order (ascending, or descending when `desc`), stable; the order lies in `space`. A
 * least-significant-digit radix sort on the bits of the doubles: a department's few thousand customers or a million
 * sort in a few passes over typed arrays, where a comparator sort spends most of its time calling the comparator.
 * Digits of 11 bits (six passes over a 64-bit key) keep the 2,048 counters of a pass in the first-level cache; long
 * lists take 16-bit digits (four passes), their 65,536 counters paid for by the length.
 */
function radixOrder(values: Float64Array, desc: boolean, space: SortSpace): Uint32Array {
  const n = values.length;
  const bits = n >= WIDE_FROM ? 16 : 11;
  const digits = 1 << bits, mask = digits - 1;
  const perWord = Math.ceil(32 / bits);
  // In the space: the keys' two words, the indexes twice (each pass moves them from one to the other), the counts.
  const all = space.words(4 * n + 2 * perWord * digits);
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const hi = all.subarray(0, n), lo = all.subarray(n, 2 * n);
  let pos = all.subarray(2 * n, 3 * n), pos2 = all.subarray(3 * n, 4 * n);
  const flip = desc ? 0xffffffff : 0;
  // Every pass's counts in one sweep: pass p counts digit p of the key (lowest first) at count[p × digits + digit].
  const count = all.subarray(4 * n, 4 * n + 2 * perWord * digits).fill(0);
  const hiBase = perWord * digits;
  for (let j = 0; j < n; j++) {
    let h = words[2 * j + HI], l = words[2 * j + LO];
    if (h === 0x80000000 && l === 0) h = 0; // -0 is 0, the same value: they must tie
    // IEEE order to unsigned order: negatives reversed (all bits flipped), positives above them (sign bit set).
    if (h & 0x80000000) { h = ~h; l = ~l; } else h |= 0x80000000;
    h = (h ^ flip) >>> 0;
    l = (l ^ flip) >>> 0;
    hi[j] = h;
    lo[j] = l;
    pos[j] = j;
    for (let d = 0, base = 0; d < perWord; d++, base += digits) {
      count[base + ((l >>> (d * bits)) & mask)]++;
      count[hiBase + base + ((h >>> (d * bits)) & mask)]++;
    }
  }
  // Each pass is a stable counting sort, so earlier (lower) digits break later ties. A pass moves only the
  // indexes and looks their keys up where they were made: fewer writes than moving the keys along.
  for (let p = 0; p < 2 * perWord; p++) {
    const word = p < perWord ? lo : hi;
    const shift = (p % perWord) * bits;
    const base = p * digits;
    if (n === 0 || count[base + ((word[0] >>> shift) & mask)] === n) continue; // one bucket holds all: a no-op
    let sum = 0;
    for (let d = base; d < base + digits; d++) { const c = count[d]; count[d] = sum; sum += c; }
    for (let j = 0; j < n; j++) {
      const i = pos[j];
      pos2[count[base + ((word[i] >>> shift) & mask)]++] = i;
    }
    [pos, pos2] = [pos2, pos];
  }
  return pos;
}

/**
 * From how many values a pass of 16-bit digits (65,536 counters, four passes) beats one of 11 (2,048, six
 * passes): long lists amortise the larger counters.
 */
const WIDE_FROM = 65536;

/** From how many values the radix sort beats a comparison sort (its passes count 2,048 digits each). */
const RADIX_FROM = 384;

/**
 * Positions (indexes into `values`) in rank order: best first by value in `order`, ties by position; values
 * that cannot rank come last, in position order.
 */
export function rankOrder(values: readonly Scalar[], order: 'desc' | 'asc'): Uint32Array {
  const positions = new Uint32Array(values.length);
  for (let i = 0; i < positions.length; i++) positions[i] = i;
  return rankPositions(values, positions, order);
}

/**
 * `positions` (indexes into `values`, ascending) put in rank order in place, as rankOrder orders a list of the
 * values at those positions: best first by value in `order`, ties by position; values that cannot rank last, in
 * position order. Returns `positions`. `space` is where a radix sort works: one kept across many calls saves
 * allocating it each time.
 */
export function rankPositions(values: ArrayLike<Scalar>, positions: Uint32Array, order: 'desc' | 'asc', space = new SortSpace()): Uint32Array {
  const n = positions.length;
  let ranked = 0;
  let allNumbers = true;
  let rest: number[] | undefined; // values that cannot rank are few: set aside, put back after the ranked ones
  for (let j = 0; j < n; j++) {
    const i = positions[j];
    const v = values[i];
    if (typeof v === 'number') positions[ranked++] = i;
    else if (v instanceof Decimal) { positions[ranked++] = i; allNumbers = false; } else (rest ??= []).push(i);
  }
  if (rest) positions.set(rest, ranked);
  const idx = positions.subarray(0, ranked);
  if (allNumbers) {
    const numbers = Float64Array.from(idx, (i) => values[i] as number);
    const at = idx.slice();
    const ranks = rankNumbers(numbers, order, space);
    for (let j = 0; j < ranked; j++) idx[j] = at[ranks[j]];
  } else {
    const sign = order === 'desc' ? -1 : 1;
    idx.set(Array.from(idx).sort((a, b) => sign * compareValues(values[a] as number | Decimal, values[b] as number | Decimal) || a - b));
  }
  return positions;
}

/**
 * Indexes of `values` in rank order: best first by value in `order`, ties by index. The order lies in `space`,
 * good until its next use: a caller ranking many lists in a row (a cap per department) allocates nothing per list.
 */
export function rankNumbers(values: Float64Array, order: 'desc' | 'asc', space: SortSpace): Uint32Array {
  const n = values.length;
  if (n >= RADIX_FROM) return radixOrder(values, order === 'desc', space);
  // A radix sort's passes cost their counters whatever the length: short lists sort faster by comparison.
  const idx = space.words(n).subarray(0, n);
  for (let j = 0; j < n; j++) idx[j] = j;
  const sign = order === 'desc' ? -1 : 1;
  idx.set(Array.from(idx).sort((a, b) => sign * compareValues(values[a], values[b]) || a - b));
  return idx;
}

/** Whether two rankable values are equal (a tie). */
export function sameValue(a: Scalar, b: Scalar): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  const x = rankable(a), y = rankable(b);
  return x !== null && y !== null && compareValues(x, y) === 0;
}

/** floor(n × percent / 100), exactly. */
export function countOf(n: number, percent: Decimal): number {
  return percent.times(n).div(100).floor().toNumber();
}
