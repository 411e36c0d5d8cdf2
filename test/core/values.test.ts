import assert from 'node:assert/strict';
import { parseMoney, readMoney } from '../../engine/core/values';

describe('money cells', () => {
  const cases: [string | number, string | null][] = [
    ['120万', '1200000'], ['1.2亿', '120000000'], ['1.5万元', '15000'], ['１２０万', '1200000'], ['¥1,200,000.00', '1200000'],
    ['  ￥ 3,000 元 ', '3000'], ['(1,000.00)', '-1000'], ['10000.01', '10000.01'], [10000.01, '10000.01'], ['-5', '-5'],
    ['1.000,00', null], ['1,2', null], ['abc', null],
  ];
  for (const [cell, expected] of cases) {
    it(`reads ${JSON.stringify(cell)} as ${expected ?? 'no number'}`, () => {
      assert.equal(parseMoney(cell)?.toString() ?? null, expected);
    });
  }

  it('refuses magnitudes beyond the money limit, and absurd exponents, without computing them', () => {
    assert.deepEqual(readMoney('1e15'), { ok: false, why: 'too-large' });
    assert.deepEqual(readMoney(1e300), { ok: false, why: 'too-large' });
    assert.equal(readMoney('1e9000000000000000').ok, false);
    assert.equal(readMoney('1e99999999999999999999').ok, false);
    assert.equal(readMoney(Number.POSITIVE_INFINITY).ok, false);
  });
});
