/** 001 第14篇 房地产销售客户管理细则 (preset filing-2-months). */
import { strict as assert } from 'node:assert';
import { A, B, DEAL, holding, ownerOf, split, under } from './helpers';

const P = 'filing-2-months';
const filed = { date: '2026-03-01', phone: A, customer: '张伟', salesperson: 'b', event: '来访' };

describe('001 房地产销售客户管理细则 (filing-2-months)', () => {
  it('(五)1 "谁登记早是谁的客户"; (五)2(1) "客户建档有效期为2个月": day 60 (2026-04-30) inside, day 61 outside', () => {
    assert.deepEqual(holding(under(P, [filed], '2026-04-30'), A), ['b', 'protected']);
    assert.deepEqual(holding(under(P, [filed], '2026-05-01'), A), ['b', 'expired']);
  });

  describe('(五)3(2) "若成交则业绩属a，若b属建档有效期，提成为a:80%，b:20%，若b属建档无效期，则与b无关"', () => {
    it('a deal by a on day 60, on a later day than a\'s reception: credit a, commission a 80 / b 20', () => {
      const r = under(P, [filed, { date: '2026-04-20', phone: A, salesperson: 'a', event: '来访' }, { date: '2026-04-30', phone: A, salesperson: 'a', ...DEAL }]);
      assert.deepEqual(split(r, 4), [['b', '0.00', '2000.00'], ['a', '1000000.00', '8000.00']]);
    });
    it('on day 61 the filing has lapsed: nothing to b', () => {
      const r = under(P, [filed, { date: '2026-05-01', phone: A, salesperson: 'a', ...DEAL }]);
      assert.deepEqual(split(r, 3), [['a', '1000000.00', '10000.00']]);
    });
  });

  it('(五)3(3) "客户说出b曾接待过，但b不在现场，则由销售员c协助接待…若成交后，业绩属b，奖金b:80%，c:20%分配"', () => {
    const r = under(P, [filed, { date: '2026-03-20', phone: A, salesperson: 'c', event: '来访', designated: 'b' }, { date: '2026-03-20', phone: A, salesperson: 'c', ...DEAL, absent: '外出' }]);
    assert.deepEqual(split(r, 4), [['b', '1000000.00', '8000.00'], ['c', '0.00', '2000.00']]);
  });

  it('(五)3(8) "如有客户在第n次来看楼时，指定a接待，则由a接待，成交后，业绩奖金属a:50%，n次前的销售员50%"', () => {
    const r = under(P, [filed, { date: '2026-03-20', phone: A, salesperson: 'c', event: '来访', designated: 'a' }, { date: '2026-03-25', phone: A, salesperson: 'a', ...DEAL }]);
    assert.deepEqual(split(r, 4), [['a', '500000.00', '5000.00'], ['b', '500000.00', '5000.00']]);
    assert.equal(ownerOf(r, A).owner, 'b', 'inside the filing period the designation does not move the customer');
  });

  it('(二)5 "如果有其他销售上轮到的销售员应积极主动地接待客户…如果当日成交，奖金则五五分成"', () => {
    const r = under(P, [filed, { date: '2026-03-20', phone: A, salesperson: 'a', event: '来访' }, { date: '2026-03-20', phone: A, salesperson: 'a', ...DEAL }]);
    assert.deepEqual(split(r, 4), [['b', '0.00', '5000.00'], ['a', '1000000.00', '5000.00']]);
  });

  it('(五)3(10) "原则上由旧客户带来的新客户，属原始接待者所有"', () => {
    const r = under(P, [filed, { date: '2026-03-10', phone: B, salesperson: 'a', event: '来访', referrer: '张伟', accompanied: '是' }]);
    assert.equal(ownerOf(r, B).owner, 'b');
  });

  it('(五)3(11) "客户中家庭有一方先来看房，另一方后来看房，成交后以先接待者为准"', () => {
    const r = under(P, [
      { date: '2026-03-01', phone: A, household: 'H1', salesperson: 'b', event: '来访' },
      { date: '2026-03-05', phone: B, household: 'H1', salesperson: 'a', event: '来访' },
      { date: '2026-03-20', phone: B, household: 'H1', salesperson: 'a', ...DEAL },
    ]);
    assert.deepEqual(split(r, 4), [['b', '1000000.00', '10000.00']]);
  });

  it('(二)4 "情况严重者，将扣罚当月基本工资和当月应发奖金的50%": a 违规 penalty row takes half the month\'s commission', () => {
    const r = under(P, [filed, { date: '2026-03-10', phone: A, salesperson: 'b', ...DEAL }, { date: '2026-03-20', phone: A, salesperson: 'b', event: '处罚', violation: '违规' }]);
    assert.deepEqual(r.splits.filter((s) => s.role === 'penalty').map((s) => [s.party, s.commissionAmount]), [['b', '-5000.00']]);
  });
});
