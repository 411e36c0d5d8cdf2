import assert from 'node:assert/strict';
import { dayFromSerial, dayFromText, FIRST_DAY, formatDay, LAST_DAY, parseDay } from '../../engine/core/dates';
import { moneyProblem, parseMoney, readMoney } from '../../engine/core/values';

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

describe('money cells beyond what money holds', () => {
  it('calls huge numbers too large (however many digits or exponent digits), tiny fractions no amount', () => {
    for (const cell of ['1e9000000000000000', '1e99999999999999999999', '9'.repeat(70), '-1e16', '1000万亿']) {
      assert.deepEqual(readMoney(cell), { ok: false, why: 'too-large' }, cell);
    }
    assert.deepEqual(readMoney('1e-99999'), { ok: false, why: 'not-number' });
    assert.equal(parseMoney('0.000000000001')?.toString(), '1e-12');
  });

  it('says which: too large, or no number with an example', () => {
    assert.match(moneyProblem('too-large', '1.00'), /^too large: amounts must stay below 1000000000000000/);
    assert.equal(moneyProblem('not-number', '1000000.00'), 'not a number; expected an amount such as 1000000.00');
  });
});

describe('dates within the calendar (1900-01-01 to 9999-12-31)', () => {
  it('serials past 9999-12-31 and absurd serials are no dates, at once', () => {
    assert.equal(formatDay(dayFromSerial(2958465)!), '9999-12-31');
    for (const serial of [2958466, 1e10, 1e300, -5, Number.NaN]) assert.equal(dayFromSerial(serial), null, String(serial));
    assert.equal(dayFromSerial(2957003, true), LAST_DAY);
    assert.equal(dayFromSerial(2957004, true), null);
    assert.equal(formatDay(dayFromSerial(1)!), '1900-01-01');
    assert.equal(dayFromSerial(1), FIRST_DAY);
  });

  it('texts outside the years 1900–9999 are no dates', () => {
    assert.equal(dayFromText('1899-12-31'), null);
    assert.equal(dayFromText('10000-01-01'), null);
    assert.equal(parseDay('99999999999'), null);
    assert.equal(parseDay(new Date(Date.UTC(10000, 0, 1))), null);
  });
});
