/** 002 关于客户归属权的规定 (园区; preset park-report-3-months, older name cemetery-5-90). */
import { strict as assert } from 'node:assert';
import { A, DEAL, holding, ownerOf, split, under } from './helpers';

const P = 'cemetery-5-90';
const report = { date: '2026-03-01', phone: A, salesperson: '张三', event: '报备' };

describe('002 关于客户归属权的规定 (park-report-3-months)', () => {
  describe('二 "业务员上报信息后，须五日内带客户来园区参观，如果超过五日没有来园区参观则视为对该客户放弃"', () => {
    it('a visit on the fifth day after the report (2026-03-06) keeps the report', () => {
      const r = under(P, [report, { date: '2026-03-06', phone: A, salesperson: '张三', event: '来访' }]);
      assert.equal(ownerOf(r, A).owner, '张三');
    });
    it('"其他业务员带客户来园区…则视为其他业务员的客户": on the sixth day (2026-03-07) another salesperson takes the customer', () => {
      const r = under(P, [report, { date: '2026-03-07', phone: A, salesperson: '李四', event: '来访' }]);
      assert.equal(ownerOf(r, A).owner, '李四');
      assert.match(ownerOf(r, A).reason, /row 2 by 张三 void: no visit by 2026-03-06/);
    });
  });

  describe('三 "自该客户来园区参观的第一天算起，给业务员三个月的追单期限，如果三个月内客户既没有交定金更没有交全款则视为该业务员自行放弃该客户"', () => {
    const visit = { date: '2026-03-04', phone: A, salesperson: '张三', event: '来访' };
    it('the three months (90 days) run from the first visit 2026-03-04, not from the report: protected through 2026-06-02', () => {
      const r = under(P, [report, visit], '2026-06-02');
      assert.deepEqual(holding(r, A), ['张三', 'protected']);
      assert.equal(ownerOf(r, A).protectedUntil, '2026-06-02');
      assert.deepEqual(holding(under(P, [report, visit], '2026-06-03'), A), ['张三', 'expired']);
    });
    it('"其他业务员有权重新发展该客户": on 2026-06-03 another salesperson\'s visit takes the customer', () => {
      const r = under(P, [report, visit, { date: '2026-06-03', phone: A, salesperson: '李四', event: '来访' }]);
      assert.equal(ownerOf(r, A).owner, '李四');
    });
    it('a deposit within the three months keeps the customer until the deal', () => {
      const rows = [report, visit, { date: '2026-05-20', phone: A, salesperson: '张三', event: '定金' }, { date: '2026-08-01', phone: A, salesperson: '李四', event: '来访' }];
      const r = under(P, rows);
      assert.equal(ownerOf(r, A).owner, '张三');
    });
  });

  it('五 "在业务员追单期间，如有其他业务员介入，该客户仍属于第一登记业务员所有"', () => {
    const r = under(P, [
      report, { date: '2026-03-04', phone: A, salesperson: '张三', event: '来访' },
      { date: '2026-04-01', phone: A, salesperson: '李四', event: '来访' }, { date: '2026-04-01', phone: A, salesperson: '李四', ...DEAL },
    ]);
    assert.equal(ownerOf(r, A).owner, '张三');
    assert.deepEqual(split(r, 5), [['张三', '1000000.00', '10000.00']]);
  });

  it('一 "在当天下午5点以前用短信形式上报": a report at 17:30 counts from the next day, one at 16:59 from the same day', () => {
    const visit = { date: '2026-03-03', phone: A, salesperson: '张三', event: '来访' };
    const late = under(P, [{ date: '2026-03-01 17:30', phone: A, salesperson: '张三', event: '报备' }, visit]);
    assert.equal(ownerOf(late, A).ownerSince, '2026-03-02');
    assert.match(ownerOf(late, A).reason, /at 17:30 is after the 17:00 cut-off: it counts from 2026-03-02/);
    const inTime = under(P, [{ date: '2026-03-01 16:59', phone: A, salesperson: '张三', event: '报备' }, visit]);
    assert.equal(ownerOf(inTime, A).ownerSince, '2026-03-01');
  });
});
