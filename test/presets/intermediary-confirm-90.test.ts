/** 000 XX项目客户确认规则 (中介; preset intermediary-confirm-90, older name intermediary-90). */
import { strict as assert } from 'node:assert';
import { A, B, DEAL, holding, ownerOf, under } from './helpers';

const P = 'intermediary-90';
const visit = { date: '2026-01-01', phone: A, customer: '张伟', salesperson: '经纪人小王', team: '芒果中介一分行', event: '来访' };

describe('000 XX项目客户确认规则 (intermediary-confirm-90)', () => {
  describe('3 "中介客户自带看之日起有效期为90天。超过90天而未有跟进或更新的，其他中介分行可以重新做确认单并进行再次确认"', () => {
    it('day 90 (2026-04-01) the branch still holds the customer; another branch is refused', () => {
      const r = under(P, [visit, { date: '2026-04-01', phone: A, salesperson: '经纪人小李', team: '芒果中介二分行', event: '来访' }]);
      assert.deepEqual(holding(r, A), ['芒果中介一分行', 'protected']);
    });
    it('day 91 (2026-04-02) another branch may confirm again', () => {
      const r = under(P, [visit, { date: '2026-04-02', phone: A, salesperson: '经纪人小李', team: '芒果中介二分行', event: '来访' }]);
      assert.equal(ownerOf(r, A).owner, '芒果中介二分行');
    });
  });

  it('4 "录入客户每次跟进后的有效期为90天"', () => {
    const r = under(P, [visit, { date: '2026-03-01', phone: A, salesperson: '经纪人小王', team: '芒果中介一分行', event: '跟进' }]);
    assert.equal(ownerOf(r, A).protectedUntil, '2026-05-30');
  });

  it('4 "夫妻、父母、子女等直系亲属视为同一组客户"', () => {
    const r = under(P, [{ ...visit, household: '张家' }, { date: '2026-02-01', phone: B, household: '张家', salesperson: '经纪人小李', team: '芒果中介二分行', event: '来访' }]);
    assert.equal(ownerOf(r, B).owner, '芒果中介一分行');
  });

  it('5 "XX项目老业主以及由XX项目老业主介绍成交的新客户(即老带新)均认定为现场客户"', () => {
    const r = under(P, [
      { date: '2025-06-01', phone: A, customer: '张伟', salesperson: '置业顾问', team: '案场', event: '来访' },
      { date: '2025-06-10', phone: A, customer: '张伟', salesperson: '置业顾问', team: '案场', ...DEAL },
      { date: '2026-03-01', phone: B, salesperson: '经纪人小王', team: '芒果中介一分行', event: '来访', referrer: '张伟', accompanied: '是' },
    ]);
    assert.equal(ownerOf(r, B).status, 'pool');
    assert.match(ownerOf(r, B).reason, /site customer/);
  });

  it('7 "如发现中介业务员有捞客嫌疑…每次扣除5000元佣金"', () => {
    const r = under(P, [visit, { date: '2026-03-02', phone: A, salesperson: '经纪人小李', team: '芒果中介二分行', event: '捞客' }, { date: '2026-03-09', phone: A, salesperson: '经纪人小李', team: '芒果中介二分行', event: '捞客' }]);
    assert.deepEqual(r.splits.filter((s) => s.role === 'penalty').map((s) => [s.dealRow, s.party, s.commissionAmount]), [['3', '经纪人小李', '-5000.00'], ['4', '经纪人小李', '-5000.00']]);
  });
});
