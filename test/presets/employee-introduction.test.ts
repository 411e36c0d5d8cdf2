/** 001 第11篇 房地产公司员工介绍客户管理办法 (preset employee-introduction). */
import { strict as assert } from 'node:assert';
import { evaluate, ownershipPreset, parseRegister } from '../../engine/core';
import { A, DEAL, register, split, type Row } from './helpers';

/** The preset with the introducing employees named, as the 《公司员工介绍客户登记表》 lists them. */
function introduced(...rows: Row[]) {
  return evaluate(parseRegister(register(...rows)), { ...ownershipPreset('employee-introduction'), introducers: ['财务小刘'] });
}

describe('001 房地产公司员工介绍客户管理办法 (employee-introduction)', () => {
  it('8 "成交佣金的30%为介绍人的佣金，70%为接待客户的售楼员的佣金" (业绩 stays with the salesperson)', () => {
    const r = introduced({ date: '2026-03-01', phone: A, salesperson: '李娜', event: '来访', referrer: '财务小刘', accompanied: '是' }, { date: '2026-03-20', phone: A, salesperson: '李娜', ...DEAL });
    assert.deepEqual(split(r, 3), [['财务小刘', '0.00', '3000.00'], ['李娜', '1000000.00', '7000.00']]);
  });

  it('4 "如未经此程序而由现场销售人员已登记在先了，再主张为自己介绍的客户的一律不予支持"', () => {
    const r = introduced(
      { date: '2026-03-01', phone: A, salesperson: '李娜', event: '来访' },
      { date: '2026-03-05', phone: A, salesperson: '李娜', event: '来访', referrer: '财务小刘' },
      { date: '2026-03-20', phone: A, salesperson: '李娜', ...DEAL },
    );
    assert.deepEqual(split(r, 4), [['李娜', '1000000.00', '10000.00']]);
  });
});
