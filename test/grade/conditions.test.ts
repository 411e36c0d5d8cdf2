import { strict as assert } from 'assert';
import { gradeCustomers, gradeOne, gradePolicyFromObject, gradePolicyFromTable, parseCondition } from '../../engine/core/grade';

describe('grade conditions and metric cells', () => {
  it('an Excel TRUE/FALSE cell in the table and in the metric compare equal, whatever the case of their text', () => {
    const policy = gradePolicyFromTable([['vip_flag', 'grade'], [true, 'A'], [false, 'B'], ['-', 'C']]);
    assert.equal(gradeOne({ vip_flag: true }, policy).grade, 'A');
    assert.equal(gradeOne({ vip_flag: 'TRUE' }, policy).grade, 'A');
    assert.equal(gradeOne({ vip_flag: 'true' }, policy).grade, 'A');
    assert.equal(gradeOne({ vip_flag: false }, policy).grade, 'B');
    assert.equal(gradeOne({ vip_flag: 'False' }, policy).grade, 'B');
    assert.equal(gradeOne({ vip_flag: 'maybe' }, policy).grade, 'C');
  });

  it('<>x is Excel\'s not-equal, for numbers and for words', () => {
    const n = parseCondition('<>0')!;
    assert.equal(n.testNumber(0), false);
    assert.equal(n.testNumber(3), true);
    const w = parseCondition('<>差')!;
    assert.equal(w.testText('差'), false);
    assert.equal(w.testText('好'), true);
    const policy = gradePolicyFromTable([['default_records', 'grade'], ['<>0', '有违约'], ['-', '无违约']]);
    assert.equal(gradeOne({ default_records: 2 }, policy).grade, '有违约');
    assert.equal(gradeOne({ default_records: 0 }, policy).grade, '无违约');
    assert.throws(() => parseCondition('<>[1..5]'), /<> takes one value/);
  });

  it('"100, 200" is a list of two values, never 100200; 5,000,000 stays one number', () => {
    const list = parseCondition('100, 200')!;
    assert.equal(list.testNumber(100), true);
    assert.equal(list.testNumber(200), true);
    assert.equal(list.testNumber(100200), false);
    assert.equal(parseCondition('100，200')!.testNumber(100200), false);
    assert.equal(parseCondition('>=5,000,000')!.testNumber(5_000_000), true);
    assert.equal(parseCondition('>=5,000,000')!.testNumber(4_999_999.99), false);
  });

  it('metric cells read like register amounts: 1000万, 1.2亿, 1,200,000, ¥3,000', () => {
    const policy = gradePolicyFromObject({ rows: [{ sales: '>=100000000', grade: 'A' }, { sales: '>=10000000', grade: 'B' }, { sales: '>=1000000', grade: 'C' }, { sales: '-', grade: 'D' }] }, 'test');
    assert.equal(gradeOne({ sales: '1.2亿' }, policy).grade, 'A');
    assert.equal(gradeOne({ sales: '1000万' }, policy).grade, 'B');
    assert.equal(gradeOne({ sales: '999.99万' }, policy).grade, 'C');
    assert.equal(gradeOne({ sales: '1,200,000' }, policy).grade, 'C');
    assert.equal(gradeOne({ sales: '¥3,000' }, policy).grade, 'D');
    const blank = gradeCustomers([{ key: 'a', metrics: { sales: null } }], policy, { asOf: '2026-03-31' })[0];
    assert.equal(blank.grade, 'D');
    assert.match(blank.reason, /row 4: any values \(default row\) → D; missing: sales \(graded without them\)/);
  });
});
