import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { AllocationError, allocate, allocatePercents } from '../../engine/core';
import { run } from './helpers';
import { table } from './fixtures';

const A = '13800000001', B = '13800000002';
const parts = (xs: Decimal[]): string[] => xs.map((x) => x.toFixed(2));

describe('SPLIT (SPEC §4)', () => {
  describe('allocation', () => {
    it('the SPEC examples: 10000.01 at 50/50, 100.00 in three equal parts', () => {
      assert.deepEqual(parts(allocate('10000.01', [50, 50])), ['5000.01', '5000.00']);
      assert.deepEqual(parts(allocate('100.00', [1, 1, 1])), ['33.34', '33.33', '33.33']);
    });
    it('ties go to the parties in rule order; the largest remainder wins first', () => {
      assert.deepEqual(parts(allocate('0.05', [1, 1])), ['0.03', '0.02']);
      assert.deepEqual(parts(allocate('1.00', [1, 2])), ['0.33', '0.67']);
      assert.deepEqual(allocate('10', [1, 1, 1], 0).map(String), ['4', '3', '3']);
    });
    it('negative amounts (refunds, 退房) split like positive ones', () => {
      assert.deepEqual(parts(allocate('-10000.01', [50, 50])), ['-5000.01', '-5000.00']);
    });
    it('percent sets that do not sum to 100 are an error, not a renormalisation', () => {
      assert.throws(() => allocatePercents('100', [60, 30]), (e: Error) => e instanceof AllocationError && /60 \+ 30 = 90/.test(e.message));
    });
    it('bad weights are errors that say what is expected', () => {
      assert.throws(() => allocate('100', []), /at least one weight/);
      assert.throws(() => allocate('100', [1, -1]), /weight 2 is -1; weights must not be negative/);
      assert.throws(() => allocate('100', [0, 0]), /sum to 0/);
      assert.throws(() => allocate('abc', [1]), /amount "abc" is not a number/);
      assert.throws(() => allocate('100', [1], 11), /decimals 11/);
    });

    const amount = fc.tuple(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), fc.integer({ min: 0, max: 6 }))
      .map(([units, dp]) => ({ text: new Decimal(units.toString()).dividedBy(new Decimal(10).pow(dp)).toFixed(dp), dp }));
    const weights = fc.array(fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 12 })
      .filter((w) => w.some((x) => x > 0));

    it('property: the parts sum exactly to the total', () => {
      fc.assert(fc.property(amount, weights, ({ text, dp }, w) => {
        const got = allocate(text, w, dp);
        return got.reduce((a, b) => a.plus(b), new Decimal(0)).equals(new Decimal(text));
      }), { numRuns: 500 });
    });
    it('property: each part is within one unit of the last place of its exact share', () => {
      fc.assert(fc.property(amount, weights, ({ text, dp }, w) => {
        const got = allocate(text, w, dp);
        const sum = w.reduce((a, b) => a.plus(String(b)), new Decimal(0));
        const unit = new Decimal(1).dividedBy(new Decimal(10).pow(dp));
        return got.every((p, i) => p.minus(new Decimal(text).times(String(w[i])).dividedBy(sum)).abs().lessThan(unit));
      }), { numRuns: 500 });
    });
    it('property: the result is deterministic', () => {
      fc.assert(fc.property(amount, weights, ({ text, dp }, w) => {
        return allocate(text, w, dp).map(String).join() === allocate(text, [...w], dp).map(String).join();
      }), { numRuns: 200 });
    });
  });

  describe('deal cases', () => {
    const split = (r: ReturnType<typeof run>) => r.splits.map((s) => [s.party, s.role, s.creditShare, s.creditAmount, s.commissionAmount]);

    it('closer is the owner: closer 100%', () => {
      const r = run(table(['2026-03-01', A, '李娜', '', '来访'], ['2026-03-05', A, '李娜', '', '成交', '', '300000', '3000']), 'realestate');
      assert.deepEqual(split(r), [['李娜', 'closer', '100', '300000.00', '3000.00']]);
      assert.match(r.splits[0].reason, /closer 李娜 is the owner/);
    });
    it('unowned customer: closer 100%', () => {
      const r = run(table(['2026-03-05', A, '李娜', '', '成交', '', '300000', '3000']), 'realestate');
      assert.deepEqual(split(r), [['李娜', 'closer', '100', '300000.00', '3000.00']]);
      assert.match(r.splits[0].reason, /unowned or released/);
    });
    it('assist under showroom-70-30: credit and commission owner 70 / closer 30', () => {
      const r = run(table(['2026-03-01', A, '李娜', '', '来访'], ['2026-03-05', A, '王强', '', '签约', '', '1000000.01', '10000.01']), 'showroom-70-30');
      assert.deepEqual(split(r), [
        ['李娜', 'owner', '70', '700000.01', '7000.01'],
        ['王强', 'closer', '30', '300000.00', '3000.00'],
      ]);
    });
    it('assist with owner 50 / closer 50 percents', () => {
      const halves = { assist_credit: { owner: 50, closer: 50 }, assist_commission: { owner: 50, closer: 50 } };
      const r = run(table(['2026-03-01', A, '李娜', '', '来访'], ['2026-03-05', A, '王强', '', '成交', '', '1000', '100']), 'realestate', halves);
      assert.deepEqual(split(r), [['李娜', 'owner', '50', '500.00', '50.00'], ['王强', 'closer', '50', '500.00', '50.00']]);
    });
    it('employee introduction: introducer 30%, closer 70% of the commission', () => {
      const r = run(table(
        ['2026-03-01', A, '李娜', '', '来访', '', '', '', '', '财务小王', '是'],
        ['2026-03-05', A, '李娜', '', '成交', '', '800000', '8000.01'],
      ), 'realestate', { introducers: ['财务小王'] });
      assert.deepEqual(split(r), [['财务小王', 'introducer', '0', '0.00', '2400.00'], ['李娜', 'closer', '100', '800000.00', '5600.01']]);
      assert.match(r.splits[0].reason, /员工介绍/);
    });
    it('company customer: pool 30%, closer 70% of the commission', () => {
      const r = run(table(['2026-03-01', A, '李娜', '公司', '来访'], ['2026-03-05', A, '李娜', '', '成交', '', '100', '10']), 'realestate', { company_teams: ['公司'] });
      assert.deepEqual(split(r), [['公佣', 'pool', '0', '0.00', '3.00'], ['李娜', 'closer', '100', '100.00', '7.00']]);
    });
    it('household members first received by different salespeople (002 房地产 六: 业绩归先登记置业顾问，佣金平分)', () => {
      const r = run(table(
        ['2026-03-01', A, '李娜', '', '来访', '', '', '', 'H9'],
        ['2026-03-04', B, '王强', '', '来访', '', '', '', 'H9'],
        ['2026-03-08', B, '王强', '', '成交', '', '1000000.01', '10000.01', 'H9'],
      ), 'realestate');
      assert.deepEqual(split(r), [
        ['李娜', 'first receiver', '100', '1000000.01', '5000.01'],
        ['王强', 'second receiver', '0', '0.00', '5000.00'],
      ]);
    });
    it('commission from commission_rate when the row has none; a refund mirrors a sale', () => {
      const r = run(table(
        ['2026-03-01', A, '李娜', '', '来访'],
        ['2026-03-05', A, '王强', '', '成交', '', '-1000000.01', ''],
      ), 'realestate', { commission_rate: 1 });
      assert.deepEqual(split(r), [['李娜', 'owner', '0', '0.00', '-5000.00'], ['王强', 'closer', '100', '-1000000.01', '-5000.00']]);
      assert.equal(r.splits[0].commission, '-10000.00');
    });
    it('no commission and no rate: credit only, and the reason says so', () => {
      const r = run(table(['2026-03-05', A, '李娜', '', '成交', '', '100', '']), 'realestate');
      assert.deepEqual(split(r), [['李娜', 'closer', '100', '100.00', '']]);
      assert.match(r.splits[0].reason, /no commission on the row/);
    });
    it('parts always sum to the deal amount and commission', () => {
      const r = run(table(['2026-03-01', A, '李娜', '', '来访'], ['2026-03-05', A, '王强', '', '成交', '', '333333.33', '3333.33']), 'showroom-70-30');
      const credit = r.splits.reduce((a, s) => a.plus(s.creditAmount), new Decimal(0));
      const paid = r.splits.reduce((a, s) => a.plus(s.commissionAmount), new Decimal(0));
      assert.equal(credit.toFixed(2), '333333.33');
      assert.equal(paid.toFixed(2), '3333.33');
    });
  });
});
