import { strict as assert } from 'node:assert';
import {
  OWNERSHIP_PRESETS, PolicyError, lintOwnershipPolicy, ownershipPreset, policyFromRulesSheet, policyFromText, readRulesSheet, validatePolicy,
  gradeOne, gradePolicyFromRulesSheet,
} from '../../engine/core';

describe('policies (SPEC §6)', () => {
  it('every ownership preset validates; the older names select the preset of their regulation', () => {
    for (const name of Object.keys(OWNERSHIP_PRESETS)) assert.equal(ownershipPreset(name).name, name);
    const re = ownershipPreset('realestate');
    assert.equal(re.name, 'site-first-reception');
    assert.deepEqual([re.claim_events, re.protection_days, re.renew_on_contact, re.lock_days], [['visit'], 30, false, 0]);
    assert.deepEqual(re.assist_commission, { owner: 50, closer: 50 });
    assert.deepEqual(ownershipPreset('showroom-70-30').assist_credit, { owner: 70, closer: 30 });
    const ag = ownershipPreset('agency-report');
    assert.deepEqual([ag.claim_by, ag.claim_events, ag.report_visit_days, ag.protection_days], ['team', ['report'], 1, 7]);
    assert.equal(ownershipPreset('cemetery-5-90').deal_expire_days, 90);
    assert.deepEqual(ownershipPreset('store-30').claim_events, ['visit', 'call']);
    assert.equal(ownershipPreset('intermediary-90').protection_days, 90);
    assert.equal(ownershipPreset('房地产销售案场客户归属规定').name, 'site-first-reception', 'the regulation\'s title selects it too');
  });

  it('an unknown preset lists the known ones and the older names', () => {
    assert.throws(() => ownershipPreset('nope'), (e: Error) => e instanceof PolicyError
      && /unknown ownership preset "nope"; expected one of joint-agency-7-60, .*site-first-reception.* \(older names: .*realestate/.test(e.message));
  });

  it('errors name the key, the value and what is allowed', () => {
    assert.throws(() => validatePolicy({ protection_days: -3 }, 'p.yaml'), /p\.yaml: key protection_days: value -3 is not allowed; expected a whole number of days, at least 1/);
    assert.throws(() => validatePolicy({ claim_events: ['visit', 'dance'] }, 'p'), /key claim_events \(1\): value "dance" is not allowed; expected a list of event types/);
    assert.throws(() => validatePolicy({ protect_days: 3 }, 'p'), /p: unknown key "protect_days"; allowed keys: name, description, claim_events/);
    assert.throws(() => validatePolicy({ assist_commission: { owner: 60, closer: 30 } }, 'p'), /key assist_commission: owner 60 \+ closer 30 = 90; the percents must sum to 100/);
    assert.throws(() => validatePolicy('realestate', 'p'), /a policy must be a set of key\/value pairs/);
  });

  it('reads JSON and YAML, on top of a preset, with the values people write', () => {
    const y = policyFromText('preset: realestate\nprotection_days: 45\nassist_commission: owner 70 / closer 30\nrenew_events: 来访、跟进、来电\n', 'rules.yaml');
    assert.equal(y.protection_days, 45);
    assert.deepEqual(y.assist_commission, { owner: 70, closer: 30 });
    assert.deepEqual(y.renew_events, ['visit', 'followup', 'call']);
    assert.equal(y.honor_designation, true, 'the rest comes from the preset');
    const j = policyFromText('{"claim_by": "team", "claim_events": ["report"], "report_visit_days": 1}', 'p.json');
    assert.equal(j.claim_by, 'team');
    assert.throws(() => policyFromText('protection_days: [1', 'bad.yaml'), /bad\.yaml: not valid JSON\/YAML/);
  });

  it('reads a Rules sheet: key/value block with Chinese labels, then a grade table', () => {
    const sheet = [
      ['规则 Rules'],
      ['key', 'value', '说明'],
      ['preset', 'realestate', '从预设开始'],
      ['保护期天数', 45, ''],
      ['assist_commission', '70/30', ''],
      ['honor_designation', '否', ''],
      [],
      ['annual_sales', '等级'],
      ['>10000000', 'VIP'],
      ['-', 'C'],
    ];
    const p = policyFromRulesSheet(sheet);
    assert.deepEqual([p.protection_days, p.assist_commission, p.honor_designation, p.lock_days], [45, { owner: 70, closer: 30 }, false, 0]);
    const rs = readRulesSheet(sheet);
    assert.equal(rs.gradeTable!.firstRow, 8);
    assert.equal(rs.gradeTable!.rows.length, 3);
  });

  it('a bad Rules-sheet value points at its cell', () => {
    assert.throws(() => policyFromRulesSheet([['protection_days', 'thirty']], 5, '规则'), /规则!B5: key protection_days: value "thirty" is not allowed/);
    assert.throws(() => policyFromRulesSheet([['protection_dayz', 30]]), /Rules!A1: unknown key "protection_dayz"/);
  });
});

describe('ownership policy lint', () => {
  it('presets are clean, except the deal-case gaps their regulation leaves open and the lists a project fills in, which the preset names', () => {
    const lists: Record<string, string> = { introduction_before_registration: 'introducers', company_requires_new: 'company_teams' };
    for (const [name, p] of Object.entries(OWNERSHIP_PRESETS)) {
      for (const issue of lintOwnershipPolicy(ownershipPreset(name))) {
        if (issue.key in lists) {
          assert.match(issue.message, /is empty/, `${name}: ${issue.message}`);
          assert.ok(p.unsettled.some((u) => u.includes(lists[issue.key])), `${name} says the project names its ${lists[issue.key]}`);
          continue;
        }
        assert.equal(issue.key, 'deal_cases', `${name}: ${issue.message}`);
        assert.match(issue.message, /^gap: /, name);
        assert.ok(p.unsettled.some((u) => u.includes('gap')), `${name} names its gap`);
      }
    }
  });
  it('reports settings that do nothing or cut each other short', () => {
    const p = validatePolicy({ report_visit_days: 1, claim_events: ['visit'], max_protection_days: 10, protection_days: 30, introducer_commission: { introducer: 50, closer: 50 } });
    assert.deepEqual(lintOwnershipPolicy(p).map((i) => i.key), ['report_visit_days', 'max_protection_days', 'introducer_commission']);
    assert.match(lintOwnershipPolicy(p)[1].message, /every claim is cut to 10 days/);
  });
});

describe('Rules sheet with grade settings', () => {
  it('takes grade lifecycle keys and a grade preset from the key/value block', () => {
    const sheet = [
      ['key', 'value', '说明'],
      ['preset', 'realestate', ''],
      ['说明', '三月规则', ''],
      ['max_step', 1, ''],
      ['grade_preset', 'annual-sales-4tier', ''],
    ];
    const rs = readRulesSheet(sheet);
    assert.deepEqual(rs.entries.map((e) => e.key), ['preset', '说明']);
    assert.deepEqual(rs.gradeEntries.map((e) => [e.key, e.where]), [['max_step', 'Rules!B4'], ['grade_preset', 'Rules!B5']]);
    assert.equal(policyFromRulesSheet(sheet).description, '三月规则');
    const grade = gradePolicyFromRulesSheet(sheet)!;
    assert.equal(grade.lifecycle.maxStep, 1);
    assert.equal(gradeOne({ annual_sales: 10000000.01 }, grade).grade, 'VIP');
  });
  it('a grade table under the block gets the grade settings of the block', () => {
    const grade = gradePolicyFromRulesSheet([['max_step', 2], [], ['annual_sales', '等级'], ['>100', 'A'], ['-', 'B']])!;
    assert.equal(grade.lifecycle.maxStep, 2);
    assert.equal(gradeOne({ annual_sales: 101 }, grade).grade, 'A');
  });
});
