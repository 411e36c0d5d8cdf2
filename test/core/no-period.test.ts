/**
 * A regulation that gives the receiver the customer without a time limit (002 客户接待及业绩归属管理规定 第四条(二)4
 * "若来过应将该客户交由原接待人接待", no period stated): protection_days 不限.
 */
import assert from 'node:assert/strict';
import { policyFromRulesSheet } from '../../engine/core/policy/load';
import { renderReason } from '../../engine/core/messages';
import { table } from './fixtures';
import { run } from './helpers';

describe('protection without a stated period (protection_days 不限)', () => {
  const register = table(
    ['2026-01-05', '13800001111', '李娜', '', '来访'],
    ['2029-06-01', '13800001111', '王强', '', '来访'],
    ['2029-06-02', '13800001111', '王强', '', '成交', '', '1000000.00', '10000.00'],
  );

  it('"若来过应将该客户交由原接待人接待": years later the original receiver still owns, Protected Until is blank and the reason says why', () => {
    const r = run(register, 'reception-70-30', {}, '2029-06-30');
    const owner = r.owners[0];
    assert.equal(owner.owner, '李娜');
    assert.equal(owner.status, 'protected');
    assert.equal(owner.protectedUntil, '');
    assert.match(owner.reason, /protected until further notice \(no period stated\)$/);
    assert.match(renderReason(owner.reasonMessages!, 'zh'), /长期（规定未定期限）/);
    // 第四条(二)4: the later receiver's deal is split 70 / 30 with the original receiver.
    assert.deepEqual(r.splits.map((s) => [s.party, s.creditShare]), [['李娜', '70'], ['王强', '30']]);
    assert.match(r.splits[0].reason, /until further notice \(no period stated\)/);
  });

  it('a hard limit still ends it: max_protection_days counts from the claim', () => {
    const r = run(register, 'reception-70-30', { max_protection_days: 30 }, '2026-03-01');
    assert.equal(r.owners[0].status, 'expired');
    assert.equal(r.owners[0].protectedUntil, '2026-02-04');
  });

  it('a Rules sheet says 不限 in words; a blank protection_days cell is an error, never "no period"', () => {
    assert.equal(policyFromRulesSheet([['key', 'value'], ['保护期天数', '不限']]).protection_days, null);
    assert.throws(() => policyFromRulesSheet([['key', 'value'], ['保护期天数', '']]), /protection_days/);
  });
});
