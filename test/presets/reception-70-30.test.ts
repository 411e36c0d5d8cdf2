/** 002 客户接待及业绩归属管理规定 第四条 (preset reception-70-30, older name showroom-70-30). */
import { strict as assert } from 'node:assert';
import { A, DEAL, holding, ownerOf, split, under } from './helpers';

const P = 'showroom-70-30';
const first = { date: '2026-01-05', phone: A, salesperson: '甲', event: '来访' };

describe('002 客户接待及业绩归属管理规定 (reception-70-30)', () => {
  it('第四条(二)4 "若来过应将该客户交由原接待人接待": no period is stated, so the original receiver keeps the customer a year later', () => {
    const r = under(P, [first, { date: '2027-01-05', phone: A, salesperson: '乙', event: '来访' }]);
    assert.deepEqual(holding(r, A), ['甲', 'protected']);
  });

  it('第四条(二)4 "如果在后续接待人手上成交，销售业绩按照三七分成，后续接待人占30%，原始接待人占70%"', () => {
    const r = under(P, [first, { date: '2026-03-01', phone: A, salesperson: '乙', event: '来访' }, { date: '2026-03-01', phone: A, salesperson: '乙', ...DEAL }]);
    assert.deepEqual(split(r, 4), [['甲', '700000.00', '7000.00'], ['乙', '300000.00', '3000.00']]);
  });

  it('第四条(二)5 "如属首次来看房的客户，进门后即要求指定某个售楼员接待，则算作该名售楼员的客户"', () => {
    const r = under(P, [{ date: '2026-03-01', phone: A, salesperson: '乙', event: '来访', designated: '甲' }]);
    assert.equal(ownerOf(r, A).owner, '甲');
  });

  it('the regulation states no renewal, lock or referral: a named referrer is not honoured', () => {
    const r = under(P, [
      { date: '2026-01-05', phone: '13800000009', customer: '张伟', salesperson: '甲', event: '来访' },
      { date: '2026-01-06', phone: A, salesperson: '乙', event: '来访', referrer: '张伟', accompanied: '是' },
    ]);
    assert.equal(ownerOf(r, A).owner, '乙');
  });
});
