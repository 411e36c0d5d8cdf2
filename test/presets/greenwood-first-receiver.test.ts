/** 002 客户归属的规定 (格林枫景销售部; preset greenwood-first-receiver). */
import { strict as assert } from 'node:assert';
import { A, B, DEAL, holding, ownerOf, split, under } from './helpers';

const P = 'greenwood-first-receiver';
const first = { date: '2026-03-01', phone: A, customer: '张伟', salesperson: '李娜', event: '来访' };

describe('002 客户归属的规定 格林枫景 (greenwood-first-receiver)', () => {
  it('2 "若客户来现场属初次来访，负责接待的销售人员则为第一接待人…无论是谁接待，第一接待人仍为最先接待的销售人员"', () => {
    const r = under(P, [first, { date: '2026-09-01', phone: A, salesperson: '王强', event: '来访' }]);
    assert.deepEqual(holding(r, A), ['李娜', 'protected']);
    assert.match(ownerOf(r, A).reason, /王强 row 3/);
  });

  it('2 "其它人员均视为义务帮忙": a deal closed by another is the first receiver\'s', () => {
    const r = under(P, [first, { date: '2026-04-01', phone: A, salesperson: '王强', ...DEAL }]);
    assert.deepEqual(split(r, 3), [['李娜', '1000000.00', '10000.00']]);
  });

  it('5 "若已购房业主带朋友来看房，不管原经手销售人员是否在场均视为原经手人客户"', () => {
    const r = under(P, [
      first, { date: '2026-03-10', phone: A, salesperson: '李娜', ...DEAL },
      { date: '2026-08-01', phone: B, salesperson: '王强', event: '来访', referrer: '张伟', accompanied: '是' },
    ]);
    assert.equal(ownerOf(r, B).owner, '李娜');
  });

  it('8 "若有销售人员离职或被辞退，其全部客户资料应转交营销经理，并由营销经理合理分配"', () => {
    const r = under(P, [first, { date: '2026-05-01', salesperson: '李娜', event: '离职' }, { date: '2026-05-02', phone: A, salesperson: '经理', event: '分配', target: '周婷' }]);
    assert.equal(ownerOf(r, A).owner, '周婷');
    assert.deepEqual(holding(under(P, [first, { date: '2026-05-01', salesperson: '李娜', event: '离职' }]), A), ['', 'pool']);
  });
});
