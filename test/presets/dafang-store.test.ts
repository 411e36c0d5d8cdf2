/** 002 达方客户归属认定 (preset dafang-store, older name store-30). */
import { strict as assert } from 'node:assert';
import { A, B, DEAL, holding, ownerOf, split, under } from './helpers';
import { PENDING_DAFANG } from '../../engine/core/policy/presets/seed-002';

const P = 'store-30';
const first = { date: '2026-03-01', phone: A, customer: '张伟', salesperson: '李娜', event: '来访' };

describe('002 达方客户归属认定 (dafang-store)', () => {
  it('10 "销售员电话预约的客户，由该销售员接待": a call claims', () => {
    assert.equal(ownerOf(under(P, [{ date: '2026-03-01', phone: A, salesperson: '李娜', event: '来电' }]), A).owner, '李娜');
  });

  describe('4 "客户释放原则：一个月无沟通或续单的，客户归属释放"', () => {
    it('30 days after the last contact (2026-03-31) the customer is still held; on day 31 another salesperson takes it', () => {
      assert.deepEqual(holding(under(P, [first, { date: '2026-03-31', phone: A, salesperson: '王强', event: '来访' }]), A), ['李娜', 'protected']);
      assert.deepEqual(holding(under(P, [first, { date: '2026-04-01', phone: A, salesperson: '王强', event: '来访' }]), A), ['王强', 'protected']);
    });
    it('2 "一个月内有过沟通或续单的老客户": a repeat order (续单) on 2026-03-20 keeps the customer through 2026-04-19', () => {
      const rows = [first, { date: '2026-03-20', phone: A, salesperson: '李娜', ...DEAL }, { date: '2026-04-19', phone: A, salesperson: '王强', event: '来访' }];
      assert.equal(ownerOf(under(P, rows), A).owner, '李娜');
      const later = [first, { date: '2026-03-20', phone: A, salesperson: '李娜', ...DEAL }, { date: '2026-04-20', phone: A, salesperson: '王强', event: '来访' }];
      assert.equal(ownerOf(under(P, later), A).owner, '王强');
    });
  });

  it('3 "群带性原则：老客户介绍来的新客户，由老客户的接待的销售员负责接待": named, not come along, and the old customer\'s month is over', () => {
    const r = under(P, [first, { date: '2026-06-01', phone: B, salesperson: '王强', event: '来访', referrer: '张伟' }]);
    assert.equal(ownerOf(r, B).owner, '李娜');
  });

  it('6 "销售员休息时，老客户来访…由其他销售员接待并促成成交的，业绩、提成等五五分"', () => {
    const r = under(P, [first, { date: '2026-03-10', phone: A, salesperson: '王强', ...DEAL, absent: '休息' }]);
    assert.deepEqual(split(r, 3), [['李娜', '500000.00', '5000.00'], ['王强', '500000.00', '5000.00']]);
  });

  it('14 "任何“客户归属”中没有特别明确的地方，由销售经理进行裁决": a deal by another while the owner was not away waits for the manager', () => {
    const r = under(P, [first, { date: '2026-03-10', phone: A, salesperson: '王强', ...DEAL }]);
    assert.deepEqual(split(r, 3), [[PENDING_DAFANG, '1000000.00', '10000.00']]);
    assert.deepEqual(r.conflicts.map((c) => [c.kind, c.rows]), [['closer not owner', '2, 3']]);
  });

  it('1 "第一次成交原则：客户以第一次成交为准": a deal on a released customer is the closer\'s', () => {
    const r = under(P, [first, { date: '2026-04-01', phone: A, salesperson: '王强', ...DEAL }]);
    assert.deepEqual(split(r, 3), [['王强', '1000000.00', '10000.00']]);
    assert.equal(ownerOf(r, A).owner, '王强');
  });

  it('5 "接待新客户时，要从始而终不能出现甩客现象。否则给予50元的处罚"', () => {
    const r = under(P, [first, { date: '2026-03-02', phone: A, salesperson: '王强', event: '甩客' }]);
    assert.deepEqual(r.splits.filter((s) => s.role === 'penalty').map((s) => [s.party, s.commissionAmount]), [['王强', '-50.00']]);
  });
});
