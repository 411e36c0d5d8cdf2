import { strict as assert } from 'assert';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { compareValues, rankOrder, rankPositions } from '../../engine/core/grade/ranking';
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

/** Lists of many lengths about the length from which numbers sort by radix (384), some with few distinct values. */
const aroundThreshold = fc.oneof(fc.integer({ min: 380, max: 390 }), fc.integer({ min: 300, max: 1200 })).chain((length) => fc.oneof(
  fc.array(scalar, { minLength: length, maxLength: length }),
  fc.array(fc.oneof(fc.constantFrom(0, -0, 7, -7, 1e-300, -1e300), fc.constant(null)), { minLength: length, maxLength: length }),
  fc.array(double, { minLength: length, maxLength: length }),
));
const order = fc.constantFrom('desc' as const, 'asc' as const);

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

  it('orders lists about the radix threshold, and long ones, as the definition does', () => {
    fc.assert(fc.property(aroundThreshold, order, (values, o) => {
      assert.deepEqual(Array.from(rankOrder(values, o)), byDefinition(values, o));
    }), { numRuns: 200 });
    fc.assert(fc.property(fc.array(scalar, { minLength: 4000, maxLength: 20_000 }), order, (values, o) => {
      assert.deepEqual(Array.from(rankOrder(values, o)), byDefinition(values, o));
    }), { numRuns: 8 });
    // From 65,536 values the radix digits are wider.
    fc.assert(fc.property(fc.array(scalar, { minLength: 65_530, maxLength: 66_000 }), order, (values, o) => {
      assert.deepEqual(Array.from(rankOrder(values, o)), byDefinition(values, o));
    }), { numRuns: 3 });
  });

  it('orders a subset of positions as rankOrder orders the values at them', () => {
    fc.assert(fc.property(aroundThreshold, fc.integer(), order, (values, seed, o) => {
      // About three positions in four, chosen by a seeded sequence.
      let s = seed >>> 0;
      const chosen = values.map((_, i) => i).filter(() => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) & 3) !== 0);
      const expected = byDefinition(chosen.map((i) => values[i]), o).map((k) => chosen[k]);
      assert.deepEqual(Array.from(rankPositions(values, Uint32Array.from(chosen), o)), expected);
    }), { numRuns: 200 });
  });

  it('ranks 0 and -0 as a tie, and a spread of magnitudes in value order', () => {
    assert.deepEqual(Array.from(rankOrder([0, -0, 0, -1e-300, 1e300, -0], 'desc')), [4, 0, 1, 2, 5, 3]);
    assert.deepEqual(Array.from(rankOrder([-0, 0, 3, -2, null, 1e-300], 'asc')), [3, 0, 1, 5, 2, 4]);
  });
});
