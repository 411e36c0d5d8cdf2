/**
 * Exact allocation of an amount by weights (SPEC §4): decimal arithmetic, rounding to `decimals` places, and the
 * largest-remainder method so that the parts always sum exactly to the total. Ties in the remainder go to the
 * parties in the order given (the order the rule lists them: owner before closer).
 */
import Decimal from 'decimal.js';

/** Weights or amount that cannot be allocated. */
export class AllocationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AllocationError';
  }
}

/** A number given as Decimal, JS number or numeric text. */
export type Numeric = Decimal | number | string;

function toDecimal(value: Numeric, what: string): Decimal {
  try {
    const d = value instanceof Decimal ? value : new Decimal(typeof value === 'number' ? String(value) : value.trim());
    if (!d.isFinite()) throw new Error('not finite');
    return d;
  } catch {
    throw new AllocationError(`${what} ${JSON.stringify(String(value))} is not a number`);
  }
}

/**
 * Allocate `amount` by `weights` to `decimals` places. Each part is within one unit of the last place of its
 * exact share, and the parts sum exactly to the amount rounded to `decimals`. A negative amount (refund) is
 * allocated like its absolute value and negated, so refunds mirror sales.
 */
export function allocate(amount: Numeric, weights: readonly Numeric[], decimals = 2): Decimal[] {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new AllocationError(`decimals ${decimals} is not allowed; expected a whole number from 0 to 10`);
  }
  if (weights.length === 0) throw new AllocationError('no weights given; expected at least one weight');
  const w = weights.map((x, i) => toDecimal(x, `weight ${i + 1}`));
  const negative = w.findIndex((x) => x.isNegative());
  if (negative >= 0) throw new AllocationError(`weight ${negative + 1} is ${w[negative].toString()}; weights must not be negative`);
  // Whole numbers throughout: weights scaled to integers, the amount in its smallest units. BigInt keeps every step
  // exact (no rounding at a working precision), and the remainders compare exactly over one denominator.
  const scale = Math.max(...w.map((x) => x.decimalPlaces()));
  const wi = w.map((x) => wholeDigits(x, scale));
  const sum = wi.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw new AllocationError('the weights sum to 0; at least one weight must be positive');

  const total = toDecimal(amount, 'amount').toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const units = wholeDigits(total.abs(), decimals);
  const floors = wi.map((x) => (units * x) / sum);
  const remainders = wi.map((x) => (units * x) % sum);
  let left = units - floors.reduce((a, b) => a + b, 0n);
  // Largest remainder first; Array.prototype.sort is stable, so equal remainders keep rule order.
  const order = floors.map((_, i) => i).sort((a, b) => (remainders[b] > remainders[a] ? 1 : remainders[b] < remainders[a] ? -1 : 0));
  for (const i of order) {
    if (left <= 0n) break;
    floors[i] += 1n;
    left--;
  }
  const sign = total.isNegative() ? '-' : '';
  return floors.map((u) => new Decimal(`${sign}${u}e-${decimals}`));
}

/** The digits of a non-negative Decimal with `places` decimal places, as a whole number (1.5 at 2 places → 150). */
function wholeDigits(x: Decimal, places: number): bigint {
  return BigInt(x.toFixed(places).replace('.', ''));
}

/** Allocate by percents (a policy's percent set), which must sum to 100. */
export function allocatePercents(amount: Numeric, percents: readonly number[], decimals = 2): Decimal[] {
  const total = percents.reduce((a, b) => a.plus(b), new Decimal(0));
  if (!total.equals(100)) {
    throw new AllocationError(`percents ${percents.join(' + ')} = ${total.toString()}; they must sum to 100`);
  }
  return allocate(amount, percents, decimals);
}
