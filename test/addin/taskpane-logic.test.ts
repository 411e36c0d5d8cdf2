import { strict as assert } from 'node:assert';
import { evaluate, ownershipPreset, parseDay, parseRegister, policyFromRulesSheet } from '../../engine/core';
import { totalsPerParty } from '../../addin/src/taskpane/dashboard';
import { explainRow } from '../../addin/src/taskpane/explain';
import { lintRulesSheet } from '../../addin/src/taskpane/lint';
import { registerHeader, rulesSheetRows } from '../../addin/src/taskpane/templates';
import { OWNERSHIP_PRESETS } from '../../engine/core/policy/presets';
import { SPEC9_TABLE } from '../core/fixtures';
import { REGISTER_FIELDS } from '../../engine/core/types';

describe('task pane logic', () => {
  const register = parseRegister(SPEC9_TABLE);
  const result = evaluate(register, ownershipPreset('realestate'), { asOf: parseDay('2026-03-31') });

  it('an inserted Rules sheet reads back as the preset it was written from, in both languages', () => {
    for (const name of Object.keys(OWNERSHIP_PRESETS)) {
      for (const lang of ['en', 'zh'] as const) {
        assert.deepEqual(policyFromRulesSheet(rulesSheetRows(name, lang)), ownershipPreset(name), `${name} ${lang}`);
        assert.deepEqual(lintRulesSheet(rulesSheetRows(name, lang)), [], `${name} ${lang} lints clean`);
      }
    }
  });

  it('the register template header is a register header', () => {
    for (const lang of ['en', 'zh'] as const) {
      assert.equal(parseRegister([registerHeader(lang)]).size, 0);
      assert.equal(registerHeader(lang).length, REGISTER_FIELDS.length);
    }
  });

  it('lint lists every bad value with its cell', () => {
    const rows = rulesSheetRows('realestate', 'en');
    const at = (key: string): number => rows.findIndex((r) => r[0] === key);
    rows[at('protection_days')][1] = 'soon';
    rows[at('assist_commission')][1] = 'owner 60 / closer 60';
    const problems = lintRulesSheet(rows, 1, 'Rules');
    assert.deepEqual(problems.map((p) => p.where), [`Rules!B${at('protection_days') + 1}`, `Rules!B${at('assist_commission') + 1}`]);
    assert.match(problems[0].message, /protection_days/);
    assert.match(lintRulesSheet([['no_such_key', 1]])[0].message, /unknown key "no_such_key"/);
  });

  it('explains a deal row with its split, and an unusable row with its problem', () => {
    const e = explainRow(register, result, 8)!;
    assert.equal(e.owner, '李娜');
    assert.equal(e.status, 'protected');
    assert.deepEqual(e.split.map((s) => [s.party, s.commission]), [['李娜', '5000.01'], ['王强', '5000.00']]);
    assert.equal(explainRow(register, result, 40), null);
    const bad = parseRegister([SPEC9_TABLE[0], ['not a date', '张伟', '13800001111', '', '李娜', '来访', '', '', '', '', '']]);
    assert.match(explainRow(bad, evaluate(bad, ownershipPreset('realestate')), 2)!.problems[0], /not a date/);
  });

  it('dashboard totals per salesperson sum the splits exactly', () => {
    assert.deepEqual(totalsPerParty(result.splits), [
      { party: '孙杰', credit: '800000.00', commission: '8000.00' },
      { party: '李娜', credit: '0.00', commission: '5000.01' },
      { party: '王强', credit: '1000000.00', commission: '5000.00' },
    ]);
  });
});
