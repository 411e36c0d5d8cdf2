import { strict as assert } from 'assert';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { compareValues, rankOrder } from '../../engine/core/grade/ranking';
import type { Scalar } from '../../engine/core/grade/metric-values';

/** The rank order by definition: rankable values by value then position, the rest after them by position. */
function byDefinition(values: readonly Scalar[], order: 'desc' | 'asc'): number[] {
  const sign = order === 'desc' ? -1 : 1;
  const isRankable = (v: Scalar): v is number | Decimal => typeof v === 'number' || v instanceof Decimal;
  const positions = values.map((_, i) => i);
  const ranked = positions.filter((i) => isRankable(values[i]))
    .sort((a, b) => sign * compareValues(values[a] as number | Decimal, values[b] as number | Decimal) || a - b);
  return ranked.concat(positions.filter((i) => !isRankable(values[i])));
}

/** Doubles of every kind a metric can hold: signs, zeros, tiny and huge magnitudes, repeats. */
const double = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom(0, -0, 0.1, -0.1, 1e-300, -1e-300, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 1234567.89),
);
const scalar: fc.Arbitrary<Scalar> = fc.oneof(
  { weight: 8, arbitrary: double },
  { weight: 1, arbitrary: fc.constantFrom(null, 'n/a', '好') },
);

describe('rank order', () => {
  it('orders numbers by value, ties by position, unrankable values last in position order', () => {
    fc.assert(fc.property(fc.array(scalar, { maxLength: 300 }), fc.constantFrom('desc' as const, 'asc' as const), (values, order) => {
      assert.deepEqual(Array.from(rankOrder(values, order)), byDefinition(values, order));
    }), { numRuns: 500 });
  });

  it('orders exact decimals among numbers the same way', () => {
    const decimal = fc.integer({ min: -1000, max: 1000 }).map((k) => new Decimal(k).div(7));
    fc.assert(fc.property(fc.array(fc.oneof(scalar, decimal), { maxLength: 100 }), fc.constantFrom('desc' as const, 'asc' as const), (values, order) => {
      assert.deepEqual(Array.from(rankOrder(values, order)), byDefinition(values, order));
    }), { numRuns: 300 });
  });

  it('ranks 0 and -0 as a tie, and a spread of magnitudes in value order', () => {
    assert.deepEqual(Array.from(rankOrder([0, -0, 0, -1e-300, 1e300, -0], 'desc')), [4, 0, 1, 2, 5, 3]);
    assert.deepEqual(Array.from(rankOrder([-0, 0, 3, -2, null, 1e-300], 'asc')), [3, 0, 1, 5, 2, 4]);
  });
});
