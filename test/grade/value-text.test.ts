import { strict as assert } from 'assert';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { numberText, valueText } from '../../engine/core/grade/value-text';

describe('metric values in reasons', () => {
  it('writes every double as JavaScript does', () => {
    fc.assert(fc.property(fc.double(), (x) => { assert.equal(numberText(x), String(x)); }), { numRuns: 20000 });
  });

  it('writes amounts in cents, whole numbers and their neighbours as JavaScript does', () => {
    const cents = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }).map((c) => c / 100);
    const whole = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
    const neighbour = fc.tuple(fc.oneof(cents, whole), fc.constantFrom(-1, 1)).map(([x, s]) => x + s * Number.EPSILON * Math.max(1, x));
    fc.assert(fc.property(fc.oneof(cents, whole, neighbour), (x) => { assert.equal(numberText(x), String(x)); }), { numRuns: 50000 });
  });

  it('writes the edges: zeros, negatives, the end of the fast range, tiny and huge numbers', () => {
    for (const x of [0, -0, 0.1, 0.01, 0.05, 0.1 + 0.2, 99.99, 100, 1234567.89, -1234567.89, -0.5, 2 ** 46 - 0.01, 2 ** 46, 2 ** 46 + 0.015625,
      70368744177663.99, 1e-7, 5e-324, 1e21, 123e20, Number.MAX_VALUE, Infinity, NaN]) {
      assert.equal(numberText(x), String(x), `${x}`);
    }
    assert.equal(numberText(1234567.8), '1234567.8');
    assert.equal(valueText(new Decimal('0.100000000000000000000000000001')), '0.100000000000000000000000000001');
    assert.equal(valueText('好'), '好');
  });
});
