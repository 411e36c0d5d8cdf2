/** 002 售楼部销售客户归属界定 (preset sales-office-first-contact). */
import { strict as assert } from 'node:assert';
import { A, B, C, DEAL, ownerOf, split, under } from './helpers';

const P = 'sales-office-first-contact';

describe('002 售楼部销售客户归属界定 (sales-office-first-contact)', () => {
  it('(一)1 "第一接触点的原则(包括来电、来访客户)：原则上哪一个销售人员首先接触客户，该客户应被其所有"', () => {
    const r = under(P, [{ date: '2026-03-01', phone: A, salesperson: '李娜', event: '来电' }, { date: '2026-03-05', phone: A, salesperson: '王强', event: '来访' }]);
    assert.equal(ownerOf(r, A).owner, '李娜');
  });

  it('(一)1 "第一接触销售人员不在，其他销售人员有义务协作、帮助成交，不计入销售业绩"', () => {
    const r = under(P, [{ date: '2026-03-01', phone: A, salesperson: '李娜', event: '来访' }, { date: '2026-07-01', phone: A, salesperson: '王强', ...DEAL }]);
    assert.deepEqual(split(r, 3), [['李娜', '1000000.00', '10000.00']]);
  });

  it('(一)2① "若第一接触是销售人员A的客户介绍的(包括电话介绍和亲自带领上门)新客户甲…同样甲带来的客户资源乙应归销售人员A，以后依此类推"', () => {
    const r = under(P, [
      { date: '2026-01-01', phone: A, customer: '老客户', salesperson: 'A', event: '来访' },
      { date: '2026-03-01', phone: B, customer: '甲', salesperson: '王强', event: '来电', referrer: '老客户' },
      { date: '2026-04-01', phone: C, customer: '乙', salesperson: '周婷', event: '来访', referrer: '甲', accompanied: '是' },
    ]);
    assert.equal(ownerOf(r, B).owner, 'A');
    assert.equal(ownerOf(r, C).owner, 'A');
  });

  it('(二)5 "客户介绍的客户资源如该客户指定销售人员接待，则该客户归该指定销售员所有"', () => {
    const r = under(P, [{ date: '2026-03-01', phone: A, salesperson: '王强', event: '来访', designated: '周婷' }]);
    assert.equal(ownerOf(r, A).owner, '周婷');
  });

  it('(二)3 "已离开公司的销售人员的客户资源归销售部…由销售经理统一安排"', () => {
    const r = under(P, [{ date: '2026-03-01', phone: A, salesperson: '李娜', event: '来访' }, { date: '2026-04-01', salesperson: '李娜', event: '离职' }]);
    assert.equal(ownerOf(r, A).status, 'pool');
  });
});
