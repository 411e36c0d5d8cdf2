/** 002 客户归属规定 (****营销中心, 首接负责制 and 7天约客制; preset marketing-center-7-day). */
import { strict as assert } from 'node:assert';
import { A, DEAL, holding, split, under } from './helpers';

const P = 'marketing-center-7-day';
const first = { date: '2026-03-01', phone: A, salesperson: '李娜', event: '来访' };

describe('002 营销中心客户归属规定 (marketing-center-7-day)', () => {
  it('一1 "来电、来访的客户，分别按要求详细登记在相关表格当中，来电客户由经理分配": a call claims nothing', () => {
    assert.deepEqual(holding(under(P, [{ date: '2026-03-01', phone: A, salesperson: '李娜', event: '来电' }]), A), ['', 'none']);
  });

  describe('二2 "最长约客期限为7天…若已超出客户约客期限，则该客户拿出由销售经理重新分配"', () => {
    it('day 7 after the visit (2026-03-08) is inside the period; day 8 is outside', () => {
      assert.deepEqual(holding(under(P, [first], '2026-03-08'), A), ['李娜', 'protected']);
      assert.deepEqual(holding(under(P, [first], '2026-03-09'), A), ['李娜', 'expired']);
    });
    it('"当天约过的客户，需作好详细记录，以此作为后期客户归属依据": an appointment (跟进) on 2026-03-06 starts 7 days again', () => {
      const rows = [first, { date: '2026-03-06', phone: A, salesperson: '李娜', event: '跟进' }, { date: '2026-03-13', phone: A, salesperson: '王强', event: '来访' }];
      assert.deepEqual(holding(under(P, rows), A), ['李娜', 'protected']);
      const late = [first, { date: '2026-03-06', phone: A, salesperson: '李娜', event: '跟进' }, { date: '2026-03-14', phone: A, salesperson: '王强', event: '来访' }];
      assert.deepEqual(holding(under(P, late), A), ['王强', 'protected']);
    });
  });

  it('二4 "由倒排轮先行接待，当天成交的，分单50%，后期维系由原置业顾问负责"', () => {
    const r = under(P, [first, { date: '2026-03-05', phone: A, salesperson: '王强', event: '来访' }, { date: '2026-03-05', phone: A, salesperson: '王强', ...DEAL }]);
    assert.deepEqual(split(r, 4), [['李娜', '500000.00', '5000.00'], ['王强', '500000.00', '5000.00']]);
    assert.deepEqual(holding(r, A), ['李娜', 'protected']);
  });

  it('二4 "当天未成交，客户仍由原置业顾问负责" states no split for a later deal by the other: the case table has no row (a gap)', () => {
    const r = under(P, [first, { date: '2026-03-05', phone: A, salesperson: '王强', event: '来访' }, { date: '2026-03-07', phone: A, salesperson: '王强', ...DEAL }]);
    assert.match(r.splits.find((s) => s.dealRow === '4')!.reason, /no row of the deal-case table \(3 rows\) matches this deal/);
  });

  it('首接负责制 "客户由第一次接待的置业顾问负责到底，业绩和佣金归最初置业顾问所有"', () => {
    const r = under(P, [first, { date: '2026-03-05', phone: A, salesperson: '李娜', ...DEAL }]);
    assert.deepEqual(split(r, 3), [['李娜', '1000000.00', '10000.00']]);
  });
});
