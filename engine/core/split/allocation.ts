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
  const w = wholeWeights(weights);
  const parts = allocateUnits(toUnits(toDecimal(amount, 'amount'), decimals), w);
  return parts.map((u) => new Decimal(`${u}e-${decimals}`));
}

/**
 * Weights as whole numbers over one scale (0.5 and 1.25 → 50 and 125), checked: at least one, none negative,
 * not all zero. Whole numbers keep every later step exact (BigInt, no rounding at a working precision).
 */
export function wholeWeights(weights: readonly Numeric[]): bigint[] {
  if (weights.length === 0) throw new AllocationError('no weights given; expected at least one weight');
  const w = weights.map((x, i) => toDecimal(x, `weight ${i + 1}`));
  const negative = w.findIndex((x) => x.isNegative());
  if (negative >= 0) throw new AllocationError(`weight ${negative + 1} is ${w[negative].toString()}; weights must not be negative`);
  const scale = Math.max(...w.map((x) => x.decimalPlaces()));
  const wi = w.map((x) => toUnits(x, scale));
  if (wi.every((x) => x === 0n)) throw new AllocationError('the weights sum to 0; at least one weight must be positive');
  return wi;
}

/**
 * Allocate a whole number of smallest money units (cents at 2 places) by whole-number weights (see wholeWeights):
 * largest remainder, ties to the earlier weight. A negative total is allocated like its absolute value and negated.
 */
export function allocateUnits(units: bigint, weights: readonly bigint[]): bigint[] {
  // One party (a closer alone, the usual deal) takes it all: no arithmetic needed.
  if (weights.length === 1) return [units];
  const negative = units < 0n;
  const total = negative ? -units : units;
  let sum = 0n;
  for (let i = 0; i < weights.length; i++) sum += weights[i];
  const parts = new Array<bigint>(weights.length);
  const remainders = new Array<bigint>(weights.length);
  let left = total;
  for (let i = 0; i < weights.length; i++) {
    const share = total * weights[i];
    parts[i] = share / sum;
    remainders[i] = share % sum;
    left -= parts[i];
  }
  // Fewer units are left than there are parties: one each to the largest remainders, the earlier party on a tie.
  // Stable sort by remainder, so equal remainders keep rule order.
  if (left > 0n) {
    const order = parts.map((_, i) => i).sort((a, b) => (remainders[b] > remainders[a] ? 1 : remainders[b] < remainders[a] ? -1 : 0));
    for (let k = 0; left > 0n; k++, left--) parts[order[k]] += 1n;
  }
  if (negative) for (let i = 0; i < parts.length; i++) parts[i] = -parts[i];
  return parts;
}

/** An amount rounded half-up to `decimals` places, as a whole number of its smallest units (1.005 at 2 → 101). */
export function toUnits(amount: Decimal, decimals: number): bigint {
  if (amount.decimalPlaces() > decimals) return BigInt(amount.toFixed(decimals, Decimal.ROUND_HALF_UP).replace('.', ''));
  // No rounding needed (the usual case: money already in cents): pad the plain text instead of making a new Decimal.
  const text = amount.toFixed();
  const point = text.indexOf('.');
  const whole = point < 0 ? text : text.slice(0, point);
  const fraction = point < 0 ? '' : text.slice(point + 1);
  return BigInt(whole + fraction.padEnd(decimals, '0'));
}

/** The decimal text of a whole number of units at `decimals` places (101 at 2 → '1.01', -5 at 2 → '-0.05'). */
export function formatUnits(units: bigint, decimals: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(decimals + 1, '0');
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return negative ? `-${text}` : text;
}

/** Allocate by percents (a policy's percent set), which must sum to 100. */
export function allocatePercents(amount: Numeric, percents: readonly number[], decimals = 2): Decimal[] {
  const total = percents.reduce((a, b) => a.plus(b), new Decimal(0));
  if (!total.equals(100)) {
    throw new AllocationError(`percents ${percents.join(' + ')} = ${total.toString()}; they must sum to 100`);
  }
  return allocate(amount, percents, decimals);
}
