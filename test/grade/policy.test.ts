import { strict as assert } from 'assert';
import { GradePolicyError, gradeOne, gradePolicyFromObject, gradePolicyFromRulesSheet, gradePolicyFromTable, gradePolicyFromText, gradePreset, parseCondition } from '../../engine/core/grade';

describe('grade policies as data', () => {
  it('parses the unary tests of SPEC §5, with commas, full-width digits and 万', () => {
    const t = (text: string, v: number): boolean => parseCondition(text)!.testNumber(v);
    assert.equal(t('>5000000', 5000000), false);
    assert.equal(t('>5,000,000', 5000000.01), true);
    assert.equal(t('＞＝１００００', 10000), true);
    assert.equal(t('[200000..500000)', 500000), false);
    assert.equal(t('[200000..500000)', 200000), true);
    assert.equal(t(']200000..500000[', 200000), false);
    assert.equal(t('(1..2]', 2), true);
    assert.equal(t('5000..10000', 10000), true);
    assert.equal(t('500万', 5000000), true);
    assert.equal(t('1,2,3', 2), true);
    assert.equal(t('<5, >10', 7), false);
    assert.equal(t('0.1', 0.1), true);
    assert.equal(t('>0.3', 0.1 + 0.2), true); // 0.30000000000000004 is above 0.3
    assert.equal(t('>12345678901234567890.5', 12345678901234567000), false); // exact through Decimal
    assert.equal(parseCondition('"A","B"')!.testText('B'), true);
    assert.equal(parseCondition('好')!.testText('好'), true);
    assert.equal(parseCondition('-'), null);
    assert.equal(parseCondition(''), null);
  });

  it('names the cell, the value and the accepted forms for a bad condition', () => {
    assert.throws(() => gradePolicyFromTable([['avg_assets', 'net_commission', '等级'], ['>5000000', '-', 'VIP'], ['-', '>=5OOO', 'A']], { firstRow: 5, sheet: 'Rules', firstCol: 1 }),
      (e: Error) => e instanceof GradePolicyError && /^Rules!C7: condition ">=5OOO" on net_commission is not allowed .*expected one of: >5000000, >=10000/.test(e.message));
    assert.throws(() => gradePolicyFromTable([['x', 'grade'], ['[5..1]', 'A']], { firstRow: 1, sheet: 'Rules' }), /Rules!A2: .*holds no value/);
    assert.throws(() => gradePolicyFromTable([['x', 'y']]), /expected exactly one column headed grade, 等级 or 级别/);
  });

  it('reads the grade table of a Rules sheet below the key/value block, with spreadsheet rows in reasons', () => {
    const sheet = [
      ['规则', '值'],
      ['protection_days', 30],
      [],
      ['年度销售额', '等级', '说明'],
      ['>10000000', 'VIP', '年度销售超出1000万以上'],
      ['-', '普通', ''],
    ];
    const p = gradePolicyFromRulesSheet(sheet)!;
    const r = gradeOne({ 年度销售额: '12,000,000' }, p);
    assert.equal(r.grade, 'VIP');
    assert.equal(r.reason, 'row 5: 年度销售额 >10000000 → VIP (年度销售超出1000万以上)');
  });

  it('reads YAML with a grade section, a preset with overrides, and hit policies', () => {
    const p = gradePolicyFromText(`
grade:
  preset: tonnage-stars
  max_step: 2
`, 'policy.yaml');
    assert.equal(p.lifecycle.maxStep, 2);
    assert.equal(gradeOne({ monthly_tons: 5000 }, p, { previousGrade: '普通' }).grade, '二星');
    const priority = gradePolicyFromObject({
      hit_policy: 'PRIORITY',
      table: [['x', 'grade', 'priority'], ['>0', 'low', 2], ['>10', 'high', 1]],
    }, 'test');
    assert.equal(gradeOne({ x: 20 }, priority).grade, 'high');
    const unique = gradePolicyFromObject({ hit_policy: 'unique', table: [['x', 'grade'], ['>0', 'a'], ['>10', 'b']] }, 'test');
    assert.match(gradeOne({ x: 20 }, unique).error!, /hit policy UNIQUE: rows 1, 2 all match/);
    const score = gradePolicyFromObject({ indicators: { 销售实现: 60, 资信度: 40 }, thresholds: { A: 90, B: 70, C: '-' } }, 'test');
    const s = gradeOne({ 销售实现: '好', 资信度: '较好' }, score);
    assert.deepEqual([s.grade, s.score], ['A', 92]);
    assert.match(s.reason, /score 92 = \(销售实现 好=100×60 \+ 资信度 较好=80×40\) \/ 100; row 2: score >=70|row 1: score >=90 → A/);
  });

  it('rejects bad keys and values naming the key, the value and what is allowed', () => {
    assert.throws(() => gradePolicyFromObject({ preset: 'securities-4tier', max_stepp: 1 }, 'rules.yaml'), /rules.yaml: unknown key "max_stepp"; allowed keys: preset/);
    assert.throws(() => gradePolicyFromObject({ preset: 'securities-4tier', max_step: 0 }, 'rules.yaml'), /key max_step: value 0 is not allowed \(must be a whole number of at least 1\); expected a whole number of levels/);
    assert.throws(() => gradePolicyFromObject({ metric: 'x', bands: { A: 50, B: 30, C: 'rest' } }, 'q'), /key bands.B: value "30" is not allowed \(cumulative limits must increase/);
    assert.throws(() => gradePolicyFromObject({ table: [['x', 'grade'], ['>1', 'A'], ['-', 'B']], caps: { B: 10 } }, 'c'), /the lowest grade cannot be capped/);
    assert.throws(() => gradePreset('nope'), /grade preset "nope" is not allowed; expected one of securities-4tier/);
  });
});
