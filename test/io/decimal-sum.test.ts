/**
 * The Dashboard's running sums equal decimal.js adding the same texts one by one, for money texts, long digit
 * strings, exponents and sums far past 2^53.
 */
import assert from 'node:assert/strict';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { DecimalSum } from '../../engine/io/decimal-sum';

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

describe('DecimalSum', () => {
  it('equals decimal.js summing the same texts', () => {
    const text = fc.oneof(
      fc.constant(''),
      fc.tuple(fc.boolean(), digits(1, 9), digits(0, 4)).map(([neg, i, f]) => `${neg ? '-' : ''}${i}${f ? `.${f}` : ''}`),
      fc.tuple(digits(10, 22), digits(0, 6)).map(([i, f]) => `${i}${f ? `.${f}` : ''}`),
      fc.tuple(fc.integer({ min: -99, max: 99 }), fc.integer({ min: -5, max: 12 })).map(([m, e]) => `${m}e${e}`),
    );
    fc.assert(fc.property(fc.array(text, { maxLength: 40 }), fc.integer({ min: 0, max: 4 }), (texts, decimals) => {
      const sum = new DecimalSum();
      let expected = new Decimal(0);
      for (const t of texts) {
        sum.add(t);
        expected = expected.plus(t || 0);
      }
      assert.equal(sum.toFixed(decimals), expected.toFixed(decimals));
      assert.ok(sum.value().eq(expected));
    }), { numRuns: 2000 });
  });

  it('stays exact past 2^53 units', () => {
    const sum = new DecimalSum();
    for (let i = 0; i < 10; i++) sum.add('9999999999999.99');
    assert.equal(sum.toFixed(2), '99999999999999.90');
  });

  it('rejects text that is no number, as decimal.js does', () => {
    assert.throws(() => new DecimalSum().add('abc'));
  });
});
