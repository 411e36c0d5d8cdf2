/** 000 客户归属认定及报备细则 (分销公司; preset distributor-report, older name agency-report). */
import { strict as assert } from 'node:assert';
import { A, DEAL, holding, ownerOf, split, under } from './helpers';

const P = 'agency-report';
const pre = { date: '2026-03-01', phone: A, salesperson: '张三', team: '链家', event: '预报备' };

describe('000 客户归属认定及报备细则 (distributor-report)', () => {
  it('二2① "各销售团体在带客至案场前一天…进行预报备"; ② "报备以业务员带客至案场报备为准": the customer brought the next day keeps the report', () => {
    const r = under(P, [pre, { date: '2026-03-02', phone: A, salesperson: '张三', team: '链家', event: '来访' }]);
    assert.deepEqual(holding(r, A), ['链家', 'protected']);
  });

  it('二2② "客户不至案场，报备无效": no visit by the next day, the report is void', () => {
    const r = under(P, [pre, { date: '2026-03-03', phone: A, salesperson: '张三', team: '链家', event: '来访' }]);
    assert.equal(ownerOf(r, A).owner, '');
    assert.match(ownerOf(r, A).reason, /void: no visit by 2026-03-02/);
  });

  describe('二2③ "某方成功报备后，7天内报备有效，他方带已报备客户来案场的，客户归属先报备的销售团体；7天后由他方带至案场的，原报备不再有效力，客户归属带客重新报备方"', () => {
    const formal = [{ date: '2026-03-01', phone: A, salesperson: '张三', team: '链家', event: '正式报备' }, { date: '2026-03-01', phone: A, salesperson: '张三', team: '链家', event: '来访' }];
    it('day 7 (2026-03-08): another distributor\'s report is refused and Conflicts says so', () => {
      const r = under(P, [...formal, { date: '2026-03-08', phone: A, salesperson: '李四', team: '我爱我家', event: '报备' }, { date: '2026-03-08', phone: A, salesperson: '李四', team: '我爱我家', event: '来访' }]);
      assert.equal(ownerOf(r, A).owner, '链家');
      assert.deepEqual(r.conflicts.map((c) => c.kind), ['report on protected customer']);
    });
    it('day 8 (2026-03-09): the other distributor\'s report takes the customer', () => {
      const r = under(P, [...formal, { date: '2026-03-09', phone: A, salesperson: '李四', team: '我爱我家', event: '报备' }, { date: '2026-03-09', phone: A, salesperson: '李四', team: '我爱我家', event: '来访' }]);
      assert.equal(ownerOf(r, A).owner, '我爱我家');
    });
    it('一 "最终业绩归属以正式报备为准": a deal closed through the other distributor inside the 7 days is the first reporter\'s', () => {
      const r = under(P, [...formal, { date: '2026-03-05', phone: A, salesperson: '李四', team: '我爱我家', ...DEAL }]);
      assert.deepEqual(split(r, 4), [['链家', '1000000.00', '10000.00']]);
    });
  });

  it('二2② "联系方式中间隐去四位": a masked phone matches the reported customer', () => {
    const r = under(P, [pre, { date: '2026-03-02', phone: '138****0001', salesperson: '张三', team: '链家', event: '来访' }]);
    assert.equal(ownerOf(r, A).owner, '链家');
  });
});
