import { strict as assert } from 'node:assert';
import { evaluate, ownershipPreset, parseDay, parseRegister } from '../../engine/core';
import { SPEC9_TABLE } from './fixtures';

// The answers of SPEC §9 that 002 房地产销售案场客户归属规定 supports are kept; where the seed says otherwise (四 counts
// one month from 初次接待 with no renewal, and no lock after a deal is stated) the test follows the seed.
describe('SPEC §9 worked example (preset realestate = 002 房地产销售案场客户归属规定, as of 2026-03-31)', () => {
  const register = parseRegister(SPEC9_TABLE);
  const result = evaluate(register, ownershipPreset('realestate'), { asOf: parseDay('2026-03-31') });

  it('reads all ten rows without exceptions', () => {
    assert.equal(register.size, 10);
    assert.deepEqual(register.exceptions, []);
  });

  it('household H01: 李娜 owns one month from her first reception on row 2; the follow-up on row 4 does not renew (四)', () => {
    const h01 = result.ownerOf('13800001111')!;
    assert.equal(result.ownerOf('13600004444'), h01, 'both phones are one household group');
    assert.equal(result.ownerOf('H01'), h01);
    assert.equal(h01.customerKey, '13600004444');
    assert.equal(h01.owner, '李娜');
    assert.equal(h01.status, 'protected');
    assert.equal(h01.ownerSince, '2026-03-01');
    assert.equal(h01.protectedUntil, '2026-03-31');
    assert.match(h01.reason, /^first visit 2026-03-01 row 2 by 李娜/);
    assert.doesNotMatch(h01.reason, /renewed|locked/);
    assert.match(h01.reason, /吴磊 row 3/);
  });

  it('row 8 split: credit 王强 100%; commission 李娜 5000.01, 王强 5000.00', () => {
    const lines = result.splits.filter((s) => s.dealRow === '8');
    assert.deepEqual(lines.map((s) => [s.party, s.role, s.creditShare, s.creditAmount, s.commissionAmount]), [
      ['李娜', 'owner', '0', '0.00', '5000.01'],
      ['王强', 'closer', '100', '1000000.00', '5000.00'],
    ]);
  });

  it('Conflicts lists row 8: closer is not the protected owner', () => {
    const c = result.conflicts.filter((x) => x.kind === 'closer not owner');
    assert.equal(c.length, 1);
    assert.equal(c[0].rows, '2, 8');
    assert.equal(c[0].salespeople, '李娜, 王强');
    assert.equal(c[0].date, '2026-03-25');
    assert.equal(result.conflicts.length, 1, 'plain assists are not conflicts');
  });

  it('周敏: owner 周婷, designated on her first visit', () => {
    const r = result.ownerOf('周敏')!;
    assert.equal(r.owner, '周婷');
    assert.equal(r.status, 'protected');
    assert.match(r.reason, /designated 周婷/);
  });

  it('陈静: owner 李娜, accompanied by 张伟 whose owner is 李娜', () => {
    const r = result.ownerOf('13700003333')!;
    assert.equal(r.owner, '李娜');
    assert.match(r.reason, /referred by 张伟 in person whose owner is 李娜/);
  });

  it('刘洋: 赵敏 protection ended 2026-02-04, row 10 claims for 孙杰 (一个月以外…归属第二接待人); no lock after his deal', () => {
    const r = result.ownerOf('刘洋')!;
    assert.equal(r.owner, '孙杰');
    assert.equal(r.status, 'expired');
    assert.equal(r.ownerSince, '2026-02-20');
    assert.equal(r.protectedUntil, '2026-03-22');
    assert.match(r.reason, /赵敏's protection ended 2026-02-04/);
    const split = result.splits.filter((s) => s.dealRow === '11');
    assert.deepEqual(split.map((s) => [s.party, s.creditShare, s.creditAmount, s.commissionAmount]), [['孙杰', '100', '800000.00', '8000.00']]);
  });

  it('owners are sorted by Customer Key', () => {
    const keys = result.owners.map((o) => o.customerKey);
    assert.deepEqual(keys, [...keys].sort());
    assert.equal(keys.length, 4);
  });
});
