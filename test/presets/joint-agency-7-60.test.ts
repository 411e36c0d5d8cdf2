/** 000 客户认定规则 (联合代理公司 A/B; preset joint-agency-7-60). */
import { strict as assert } from 'node:assert';
import { A, B, DEAL, holding, ownerOf, split, under } from './helpers';

const P = 'joint-agency-7-60';
const first = { date: '2026-03-01', phone: A, salesperson: 'B方小王', team: 'B公司', event: '来电' };

describe('000 客户认定规则 联合代理 (joint-agency-7-60)', () => {
  describe('3、(1) "来访客户有效期为7天，最后一次明源系统客户维护记录以及跟踪动作为准，如来访客户有效期内无回访记录的，则作为新客户"', () => {
    it('day 7 after the last record (2026-03-08) holds; day 8 the customer is new', () => {
      assert.deepEqual(holding(under(P, [first], '2026-03-08'), A), ['B方小王', 'protected']);
      assert.deepEqual(holding(under(P, [first], '2026-03-09'), A), ['B方小王', 'expired']);
    });
    it('each follow-up starts the 7 days again', () => {
      const rows = [first, { date: '2026-03-07', phone: A, salesperson: 'B方小王', team: 'B公司', event: '跟进' }];
      assert.equal(ownerOf(under(P, rows), A).protectedUntil, '2026-03-14');
    });
  });

  it('3、(2) "成交客户有效期为60天，以第一次明源系统客户维护记录时间为准": however often followed up, the record holds 60 days from the first one', () => {
    const rows = [first, ...[7, 14, 21, 28, 35, 42, 49, 56].map((d) => ({ date: `2026-${d <= 30 ? '03' : '04'}-${String(d <= 30 ? 1 + d : d - 30).padStart(2, '0')}`, phone: A, salesperson: 'B方小王', team: 'B公司', event: '跟进' }))];
    assert.equal(ownerOf(under(P, rows), A).protectedUntil, '2026-04-30');
  });

  describe('3、(1)① "B方的明源接触记录早(来人、来电、户外拓展)且在持续跟进的有效期，该组客户交由B方接待，若已成交，房屋的成交佣金与面积均由B方获得"', () => {
    it('A方 closed on day 5 of B方\'s record: all to B方', () => {
      const r = under(P, [first, { date: '2026-03-05', phone: A, salesperson: 'A方小李', team: 'A公司', event: '来访' }, { date: '2026-03-05', phone: A, salesperson: 'A方小李', team: 'A公司', ...DEAL }]);
      assert.deepEqual(split(r, 4), [['B方小王', '1000000.00', '10000.00']]);
    });
    it('"但如果B方不能提供…7天内有效的接待与联系记录，则该客户的归属权或成交的该套房屋归属A方业务员"', () => {
      const r = under(P, [first, { date: '2026-03-09', phone: A, salesperson: 'A方小李', team: 'A公司', event: '来访' }, { date: '2026-03-09', phone: A, salesperson: 'A方小李', team: 'A公司', ...DEAL }]);
      assert.deepEqual(split(r, 4), [['A方小李', '1000000.00', '10000.00']]);
    });
  });

  it('2、(5) "除非第一次来访时老客户亲自带看现场…其他情形该名新客户均不作为之前老客户权属分配，而归于实际接待业务员"', () => {
    const old = { date: '2026-03-01', phone: A, customer: '老客户', salesperson: 'B方小王', team: 'B公司', event: '来访' };
    const along = under(P, [old, { date: '2026-03-03', phone: B, salesperson: 'A方小李', team: 'A公司', event: '来访', referrer: '老客户', accompanied: '是' }]);
    assert.equal(ownerOf(along, B).owner, 'B方小王');
    const named = under(P, [old, { date: '2026-03-03', phone: B, salesperson: 'A方小李', team: 'A公司', event: '来访', referrer: '老客户' }]);
    assert.equal(ownerOf(named, B).owner, 'A方小李');
  });

  describe('3、(1)⑦b "如果未告知家庭成员关系，被两家分别接待…如果两家接待的客户名字都出现在合同中，则业绩两家平分"', () => {
    const family = [
      { date: '2026-03-01', phone: A, household: 'X家庭', salesperson: 'S', team: '代理公司一', event: '来访' },
      { date: '2026-03-03', phone: B, household: 'X家庭', salesperson: 'J', team: '代理公司二', event: '来访' },
    ];
    it('Ⅵ both names on the contract: halved', () => {
      const r = under(P, [...family, { date: '2026-03-05', phone: B, household: 'X家庭', salesperson: 'J', team: '代理公司二', ...DEAL, contract: 'S、J' }]);
      assert.deepEqual(split(r, 4), [['S', '500000.00', '5000.00'], ['J', '500000.00', '5000.00']]);
    });
    it('Ⅴ "如果合同中只有B名字，则业绩归属J"', () => {
      const r = under(P, [...family, { date: '2026-03-05', phone: B, household: 'X家庭', salesperson: 'J', team: '代理公司二', ...DEAL, contract: 'J' }]);
      assert.deepEqual(split(r, 4), [['J', '1000000.00', '10000.00']]);
    });
  });
});
