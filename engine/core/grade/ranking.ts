/**
 * Ranking customers by a metric, deterministically: by value (higher first unless the order is asc), then by
 * Customer Key — callers hand customers in Customer Key order, so the tie-break is the position.
 */
import Decimal from 'decimal.js';
import type { Scalar } from './metricValues';

/** A rankable value: numbers and decimals rank, text and blanks do not. */
export function rankable(v: Scalar): number | Decimal | null {
  return typeof v === 'number' || v instanceof Decimal ? v : null;
}

/** Compare two rankable values: negative when `a` is below `b`. */
export function compareValues(a: number | Decimal, b: number | Decimal): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  return new Decimal(a instanceof Decimal ? a : String(a)).cmp(b instanceof Decimal ? b : String(b));
}

/**
 * Positions (indexes into `values`) in rank order: best first by value in `order`, ties by position; values
 * that cannot rank come last, in position order.
 */
export function rankOrder(values: readonly Scalar[], order: 'desc' | 'asc'): number[] {
  const idx: number[] = [];
  const rest: number[] = [];
  for (let i = 0; i < values.length; i++) (rankable(values[i]) === null ? rest : idx).push(i);
  const sign = order === 'desc' ? -1 : 1;
  if (idx.every((i) => typeof values[i] === 'number')) {
    // Array.prototype.sort is stable, so equal values keep position (Customer Key) order without a tie-break.
    const nums = Float64Array.from(values as readonly number[]);
    idx.sort(order === 'desc' ? (a, b) => nums[b] - nums[a] : (a, b) => nums[a] - nums[b]);
  } else {
    idx.sort((a, b) => sign * compareValues(values[a] as number | Decimal, values[b] as number | Decimal) || a - b);
  }
  return idx.concat(rest);
}

/** Whether two rankable values are equal (a tie). */
export function sameValue(a: Scalar, b: Scalar): boolean {
  const x = rankable(a), y = rankable(b);
  return x !== null && y !== null && compareValues(x, y) === 0;
}

/** floor(n × percent / 100), exactly. */
export function countOf(n: number, percent: Decimal): number {
  return percent.times(n).div(100).floor().toNumber();
}
