import { strict as assert } from 'assert';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { gradeCustomers, gradeOne, gradePolicyFromObject } from '../../engine/core/grade';
import { DEFAULT_POINTS } from '../../engine/core/grade/score';

const WEIGHTS = { sales: 30, credit: 20.5, loyalty: 7 };
const policy = gradePolicyFromObject({ indicators: WEIGHTS, thresholds: { A: 90, B: 70, C: '-' } }, 'test');

/** Σ points × weight / Σ weight by definition, for a customer's indicator values. */
function expectedScore(values: Record<string, string | number>): Decimal {
  let sum = new Decimal(0), weights = new Decimal(0);
  for (const [metric, weight] of Object.entries(WEIGHTS)) {
    const v = values[metric];
    const points = typeof v === 'string' ? DEFAULT_POINTS.get(v)! : new Decimal(String(v));
    sum = sum.plus(points.times(weight));
    weights = weights.plus(weight);
  }
  return sum.div(weights);
}

const indicator = fc.oneof(fc.constantFrom('好', '较好', '普通', '差'), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 10000 }).map((c) => c / 100));
const customer = fc.record({ sales: indicator, credit: indicator, loyalty: indicator });

describe('weighted scores', () => {
  it('are exact for every customer, whichever customers were scored before (shared terms and sums); shown rounded as in the reason', () => {
    fc.assert(fc.property(fc.array(customer, { minLength: 1, maxLength: 40 }), (list) => {
      for (const values of list) {
        const expected = expectedScore(values);
        const outcome = gradeOne(values, policy);
        assert.equal(outcome.score, expected.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber());
        assert.ok(outcome.reason.startsWith(`score ${expected.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString()} = (`), outcome.reason);
        assert.equal(outcome.grade, expected.gte(90) ? 'A' : expected.gte(70) ? 'B' : 'C');
      }
      const results = gradeCustomers(list.map((metrics, i) => ({ key: `c${String(i).padStart(3, '0')}`, metrics })), policy, { asOf: '2026-03-31' });
      assert.deepEqual(results.map((r) => r.score), list.map((values) => expectedScore(values).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber()));
    }), { numRuns: 200 });
  });

  it('names a missing or unknown indicator value', () => {
    assert.match(gradeOne({ sales: 80, credit: '好' }, policy).reason, /indicator loyalty has no value/);
    assert.match(gradeOne({ sales: 80, credit: '优', loyalty: 1 }, policy).reason, /indicator credit: "优" is not a level/);
    assert.match(gradeOne({ sales: 101, credit: '好', loyalty: 1 }, policy).reason, /indicator sales: 101 is outside 0–100/);
  });
});
