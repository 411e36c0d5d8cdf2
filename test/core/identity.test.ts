import assert from 'node:assert/strict';
import { identityKey } from '../../engine/core/identity';
import { parseRegister } from '../../engine/core';
import { run } from './helpers';
import { table } from './fixtures';

describe('identity text (names compared as people, shown as written)', () => {
  it('drops zero-width characters and no-break spaces, folds full-width forms, collapses white space', () => {
    assert.equal(identityKey('李娜\u200b'), '李娜');
    assert.equal(identityKey('\ufeff李\u200d娜\u00a0'), '李娜');
    assert.equal(identityKey('ＬＩ　Ｎａ'), 'LI Na');
    assert.equal(identityKey('Li  \t Na'), 'Li Na');
    assert.equal(identityKey('王强'), '王强');
    assert.notEqual(identityKey('李娜'), identityKey('李 娜'));
  });

  it('one salesperson however the name was typed; the first spelling is the one shown', () => {
    const register = parseRegister(table(
      ['2026-03-01', '13800001111', '李娜\u200b', '', 'visit'],
      ['2026-03-02', '13800001111', '李娜', '', 'followup'],
      ['2026-03-03', '13800001111', '李娜\u00a0', '', 'deal', '', '100.00', '1.00'],
    ));
    assert.equal(new Set(register.cols.salesperson).size, 1);
    assert.equal(register.texts[register.cols.salesperson[0]], '李娜\u200b');
    assert.equal(register.textId('李娜'), register.cols.salesperson[0]);
  });

  it('a deal closed by the owner typed differently is still the owner’s own deal', () => {
    const result = run(table(
      ['2026-03-01', '13800001111', '李娜', '', 'visit'],
      ['2026-03-05', '13800001111', '李娜\u200b', '', 'deal', '', '1000.00', '10.00'],
    ), 'realestate');
    assert.equal(result.conflicts.length, 0);
    assert.deepEqual(result.splits.map((s) => [s.party, s.creditShare]), [['李娜', '100']]);
  });
});
