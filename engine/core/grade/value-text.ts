/**
 * How a metric value is written in reasons: exactly as JavaScript writes the number (what Excel shows for it),
 * produced quickly for the amounts registers hold — whole numbers and amounts in cents. A quota over a million
 * customers writes a million values, and the general double-to-text conversion was most of its cost.
 */
import type { Scalar } from './metric-values';

/** `.01` … `.99` without trailing zeros (`.1`, not `.10`), and '' for whole numbers; indexed by cents. */
const CENTS: readonly string[] = Array.from({ length: 100 }, (_, f) => (f === 0 ? '' : `.${String(f).padStart(2, '0')}`.replace(/0$/, '')));

/**
 * Below 2⁴⁶ a double's spacing is under 0.01, so at most one amount in cents rounds to it, and no number with
 * fewer digits does unless it is that amount: its shortest text is the amount's.
 */
const CENTS_EXACT_BELOW = 2 ** 46;

/** The text of a number, equal to `String(x)`. */
export function numberText(x: number): string {
  if (x >= 0 && x < CENTS_EXACT_BELOW) {
    const cents = Math.round(x * 100);
    // cents < 2⁵³, so the division is correctly rounded: equality means x is exactly that amount's double.
    if (cents / 100 === x) {
      const f = cents % 100;
      return String((cents - f) / 100) + CENTS[f];
    }
  }
  return String(x);
}

/** The text of a metric value in a reason, equal to `String(v)`. */
export function valueText(v: Scalar): string {
  return typeof v === 'number' ? numberText(v) : String(v);
}
