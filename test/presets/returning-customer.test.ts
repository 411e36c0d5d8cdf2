/** 000 客户认定标准规定 (回笼客; preset returning-customer). */
import { strict as assert } from 'node:assert';
import { A, B, DEAL, ownerOf, split, under } from './helpers';

const P = 'returning-customer';
const first = { date: '2026-03-01', phone: A, customer: '张伟', salesperson: '原业务员', event: '来访' };

describe('000 客户认定标准规定 回笼客 (returning-customer)', () => {
  it('3 "若有业务员明确该客户为自己的客户时…且当时已发生购买护照或成交情况时，由接待人员继续接待，其业绩由原业务人员和接待人员各半…但该组客户将转由接待人员做后续服务"', () => {
    const r = under(P, [first, { date: '2026-09-01', phone: A, salesperson: '接待人员', event: '来访' }, { date: '2026-09-01', phone: A, salesperson: '接待人员', ...DEAL }]);
    assert.deepEqual(split(r, 4), [['原业务员', '500000.00', '5000.00'], ['接待人员', '500000.00', '5000.00']]);
    assert.equal(ownerOf(r, A).owner, '接待人员');
  });

  it('5 "当客户明确指出业务员姓名时…客户若由其它人接待而发生购买护照或成交情况时，该业绩由接待人员和原业务员各半，该客户仍由原业务员继续服务"', () => {
    const r = under(P, [
      first, { date: '2026-04-01', phone: A, salesperson: '接待人员', event: '来访', designated: '原业务员' },
      { date: '2026-04-01', phone: A, salesperson: '接待人员', ...DEAL, absent: '休假' },
    ]);
    assert.deepEqual(split(r, 4), [['原业务员', '500000.00', '5000.00'], ['接待人员', '500000.00', '5000.00']]);
    assert.equal(ownerOf(r, A).owner, '原业务员');
  });

  it('4 "被介绍人参观时未指名业务员姓名但明确表明有客户介绍时…由原业务员负责接待"', () => {
    const r = under(P, [first, { date: '2026-06-01', phone: B, salesperson: '接待人员', event: '来访', referrer: '张伟' }]);
    assert.equal(ownerOf(r, B).owner, '原业务员');
  });
});
