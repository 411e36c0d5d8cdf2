import { strict as assert } from 'node:assert';
import { gradeOne, gradePolicyFromTable, gradePreset } from '../../engine/core/grade';
import { FunctionError } from '../../addin/src/functions/errors';
import { grade, score } from '../../addin/src/functions/grade';

/** A decision table as a sheet range (header row with the grade column). */
const TABLE = [
  ['annual_sales', 'grade'],
  ['>10000000', 'VIP'],
  ['[5000000..10000000]', 'A'],
  ['[2000000..5000000)', 'B'],
  ['-', 'C'],
];

describe('CRM.GRADE and CRM.SCORE', () => {
  it('grade like the engine for a preset, given as text or as a one-cell range', () => {
    const policy = gradePreset('annual-sales-4tier');
    for (const sales of [12_000_000, 10_000_000, 5_000_000, 4_999_999.99, 2_000_000, 0, 1999999]) {
      const expected = gradeOne({ annual_sales: sales }, policy).grade;
      assert.equal(grade([['annual_sales'], [sales]], 'annual-sales-4tier'), expected, String(sales));
      assert.equal(grade([[sales]], [['annual-sales-4tier']], [['annual_sales']]), expected, String(sales));
    }
  });

  it('grade by a decision table range, with blank cells as Excel passes them', () => {
    const policy = gradePolicyFromTable(TABLE);
    for (const blank of [null, '', 0]) {
      const range = TABLE.map((r) => [...r, blank]);
      for (const sales of [20_000_000, 7_000_000, 3_000_000, 100]) {
        assert.equal(grade([['annual_sales', blank], [sales, blank]], range), gradeOne({ annual_sales: sales }, policy).grade);
      }
    }
  });

  it('several metrics, and a repeated name as a monthly series (连续六个月)', () => {
    assert.equal(grade([['avg_assets', 'net_commission'], [6_000_000, 0]], 'securities-4tier'), 'VIP');
    const months = Array(6).fill('monthly_spend');
    assert.equal(grade([[900, 900, 900, 900, 900, 900]], 'unicom-stars', [months]), '五星');
    assert.equal(grade([[900, 900, 900, 900, 900, 600]], 'unicom-stars', [months]), '四星');
  });

  it('errors: unknown preset, mismatched names, a table no row matches', () => {
    const unknown = grade([['x'], [1]], 'no-such') as FunctionError;
    assert.ok(unknown instanceof FunctionError);
    assert.equal(unknown.code, 'invalidValue');
    assert.match(unknown.message, /no-such/);
    assert.match((grade([[1, 2]], 'annual-sales-4tier', [['annual_sales']]) as FunctionError).message, /one name per value/);
    assert.match((grade([['score'], [5]], 'risk-profile') as FunctionError).message, /no row .* matches/);
    assert.equal((score([['annual_sales'], [1]], 'annual-sales-4tier') as FunctionError).code, 'notAvailable');
  });
});
