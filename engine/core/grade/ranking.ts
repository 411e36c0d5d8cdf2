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
 * `idx` reordered by `values[idx[j]]` (ascending, or descending when `desc`), stable. A least-significant-digit
 * radix sort on the bits of the doubles: a million customers sort in a few passes over typed arrays, where a
 * comparator sort spends most of its time calling the comparator.
 */
function radixOrder(values: readonly number[], idx: Uint32Array, desc: boolean): Uint32Array {
  const n = idx.length;
  const bits = new Uint32Array(2);
  const asDouble = new Float64Array(bits.buffer);
  let hi = new Uint32Array(n), lo = new Uint32Array(n), pos = idx.slice();
  for (let j = 0; j < n; j++) {
    asDouble[0] = values[idx[j]] + 0; // + 0 turns -0 into 0: they are the same value and must tie
    let h = bits[HI], l = bits[LO];
    // IEEE order to unsigned order: negatives reversed (all bits flipped), positives above them (sign bit set).
    if (h & 0x80000000) { h = ~h; l = ~l; } else h |= 0x80000000;
    if (desc) { h = ~h; l = ~l; }
    hi[j] = h >>> 0;
    lo[j] = l >>> 0;
  }
  let hi2 = new Uint32Array(n), lo2 = new Uint32Array(n), pos2 = new Uint32Array(n);
  const count = new Uint32Array(65536);
  // Four 16-bit digits, lowest first; each pass is a stable counting sort, so earlier digits break later ties.
  for (let digit = 0; digit < 4; digit++) {
    const word = digit < 2 ? lo : hi;
    const shift = (digit & 1) * 16;
    count.fill(0);
    for (let j = 0; j < n; j++) count[(word[j] >>> shift) & 0xffff]++;
    if (n > 0 && count[(word[0] >>> shift) & 0xffff] === n) continue; // one bucket holds all: the pass is a no-op
    let sum = 0;
    for (let d = 0; d < 65536; d++) { const c = count[d]; count[d] = sum; sum += c; }
    for (let j = 0; j < n; j++) {
      const t = count[(word[j] >>> shift) & 0xffff]++;
      hi2[t] = hi[j]; lo2[t] = lo[j]; pos2[t] = pos[j];
    }
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
    [pos, pos2] = [pos2, pos];
  }
  return pos;
}

/** From how many values the radix sort beats a comparison sort. */
const RADIX_FROM = 4096;

/**
 * Positions (indexes into `values`) in rank order: best first by value in `order`, ties by position; values
 * that cannot rank come last, in position order.
 */
export function rankOrder(values: readonly Scalar[], order: 'desc' | 'asc'): Uint32Array {
  const n = values.length;
  const out = new Uint32Array(n);
  let ranked = 0, rest = n;
  let allNumbers = true;
  // Rankable positions fill `out` from the front, the others from the back (reversed, put right below).
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (typeof v === 'number') out[ranked++] = i;
    else if (v instanceof Decimal) { out[ranked++] = i; allNumbers = false; } else out[--rest] = i;
  }
  out.subarray(ranked).reverse();
  const idx = out.subarray(0, ranked);
  // A radix sort's passes cost 65,536 counters each whatever the length: short lists (a department's capped grade)
  // sort faster by comparison.
  if (allNumbers && ranked >= RADIX_FROM) idx.set(radixOrder(values as readonly number[], idx, order === 'desc'));
  else {
    const sign = order === 'desc' ? -1 : 1;
    idx.set(Array.from(idx).sort((a, b) => sign * compareValues(values[a] as number | Decimal, values[b] as number | Decimal) || a - b));
  }
  return out;
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
