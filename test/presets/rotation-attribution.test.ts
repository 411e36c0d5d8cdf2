/** 002 客户归属制度 (preset rotation-attribution). */
import { strict as assert } from 'node:assert';
import { A, DEAL, ownerOf, split, under } from './helpers';

const P = 'rotation-attribution';
const first = { date: '2026-03-01', phone: A, salesperson: '李娜', event: '来访' };

describe('002 客户归属制度 (rotation-attribution)', () => {
  it('1 "客户说是第一次过来，而且从来没有电话了解过，客户属于当即接待的置业顾问"', () => {
    assert.equal(ownerOf(under(P, [first]), A).owner, '李娜');
  });

  it('5 "客户说来过，也说出了置业顾问的姓氏，那么由点名的那位置业顾问接待"', () => {
    const r = under(P, [{ date: '2026-03-01', phone: A, salesperson: '周婷', event: '来访', designated: '李娜' }]);
    assert.equal(ownerOf(r, A).owner, '李娜');
  });

  it('6 "客户说出接电话的置业顾问的姓氏，那么此客户归属为接电话的置业顾问"', () => {
    const r = under(P, [{ date: '2026-03-01', phone: A, salesperson: '李娜', event: '来电' }, { date: '2026-03-05', phone: A, salesperson: '周婷', event: '来访', designated: '李娜' }]);
    assert.equal(ownerOf(r, A).owner, '李娜');
  });

  it('3 "置业顾问也没人认识此客户，那么客户归属于轮排接待的置业顾问"', () => {
    const r = under(P, [first, { date: '2026-05-01', phone: A, salesperson: '王强', ...DEAL, recognised: '否' }]);
    assert.deepEqual(split(r, 3), [['王强', '1000000.00', '10000.00']]);
    assert.equal(ownerOf(r, A).owner, '王强', 'the customer passes to the receiver');
  });

  it('4 "当天休息的那位置业顾问的客户登记本上如果有近3天的追踪记录，那么此客户和当时接待的置业顾问一人一半"', () => {
    const r = under(P, [first, { date: '2026-03-03', phone: A, salesperson: '李娜', event: '跟进' }, { date: '2026-03-05', phone: A, salesperson: '王强', ...DEAL, absent: '休息' }]);
    assert.deepEqual(split(r, 4), [['李娜', '500000.00', '5000.00'], ['王强', '500000.00', '5000.00']]);
  });
});
