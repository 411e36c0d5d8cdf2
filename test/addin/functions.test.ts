import { strict as assert } from 'node:assert';
import { evaluate, ownershipPreset, parseDay, parseRegister, serialFromDay } from '../../engine/core';
import { ownersSpill, splitsSpill } from '../../addin/src/functions/columns';
import { FunctionError } from '../../addin/src/functions/errors';
import { evaluation, registerRange } from '../../addin/src/functions/evaluations';
import { explain, owner, owners, status } from '../../addin/src/functions/owner';
import { resolvePolicy } from '../../addin/src/functions/policy-arg';
import { split, splits } from '../../addin/src/functions/split';
import { rulesSheetRows } from '../../addin/src/taskpane/templates';
import { SPEC9_TABLE } from '../core/fixtures';
import { excelRange, type Blank } from './excel-shapes';

const AS_OF = serialFromDay(parseDay('2026-03-31')!);
const engine = evaluate(parseRegister(SPEC9_TABLE), ownershipPreset('realestate'), { asOf: parseDay('2026-03-31') });
const CUSTOMERS = ['13800001111', '13600004444', 'H01', '周敏', '13700003333', '刘洋', '13900002222'];

function error(value: unknown): FunctionError {
  assert.ok(value instanceof FunctionError, `expected an error value, got ${JSON.stringify(value)}`);
  return value;
}

for (const [blank, host] of [[0, 'Excel desktop (blank = 0)'], [null, 'Excel on the web (blank = null)'], ['', 'blank = ""']] as [Blank, string][]) {
  describe(`CRM functions called as ${host}`, () => {
    const register = excelRange(SPEC9_TABLE, blank);

    it('OWNER, EXPLAIN and STATUS equal the engine for every customer of SPEC §9', () => {
      for (const c of CUSTOMERS) {
        const expected = engine.ownerOf(c)!;
        assert.equal(owner(c, register, AS_OF, null), expected.owner, c);
        assert.equal(explain(c, register, AS_OF, null), expected.reason, c);
        assert.equal(status(c, register, AS_OF, null), expected.status, c);
      }
      assert.equal(owner('刘洋', register, AS_OF, [['realestate']]), '孙杰');
    });

    it('a phone typed as a number finds its customer; a blank phone does not become phone "0"', () => {
      assert.equal(owner(13800001111, register, AS_OF, null), '李娜');
      assert.equal(owner(blank, register, AS_OF, null) instanceof FunctionError, true);
      const parsed = registerRange(register);
      assert.ok(!(parsed instanceof FunctionError));
      assert.equal(parsed.register.rows().filter((r) => r.phone !== null).length, 10);
      assert.deepEqual(parsed.register.exceptions, []);
    });

    it('OWNERS spills the header and one row per customer group, as the engine orders them', () => {
      const spill = owners(register, AS_OF, null) as (string | number)[][];
      assert.deepEqual(spill, ownersSpill(engine.owners));
      assert.deepEqual(spill[0].slice(0, 5), ['Customer Key', 'Customer', 'Phone', 'Household', 'Owner']);
      assert.deepEqual(spill.map((r) => r[4]), ['Owner', ...engine.owners.map((o) => o.owner)]);
      assert.equal(spill.find((r) => r[0] === '13900002222')![8], '2026-03-22', 'dates are ISO text');
    });

    it('SPLITS spills every deal party: row 8 commission 李娜 5000.01, 王强 5000.00', () => {
      const spill = splits(register, null) as (string | number)[][];
      assert.deepEqual(spill, splitsSpill(engine.splits));
      assert.equal(spill.length, engine.splits.length + 1);
      const row8 = spill.filter((r) => r[0] === 8).map((r) => [r[5], r[9]]);
      assert.deepEqual(row8, [['李娜', 5000.01], ['王强', 5000]]);
    });
  });
}

describe('CRM.SPLIT', () => {
  it('allocates exactly in the shape of the weights', () => {
    assert.deepEqual(split(10000.01, [[50, 50]]), [[5000.01, 5000]]);
    assert.deepEqual(split(100, [[1], [1], [1]]), [[33.34], [33.33], [33.33]]);
    assert.deepEqual(split('-100.00', [[1, 1, 1]]), [[-33.34, -33.33, -33.33]]);
    assert.deepEqual(split(7, [[1, null], ['', 2]], 0), [[2, 0], [0, 5]]);
  });

  it('gives #VALUE! with a message for bad amounts, weights and decimals', () => {
    assert.match(error(split('abc', [[1, 1]])).message, /amount "abc" is not a number/);
    assert.match(error(split(100, [[1, 'x']])).message, /weight "x" is not a number/);
    assert.match(error(split(100, [[0, 0]])).message, /sum to 0/);
    assert.match(error(split(100, [[1, -1]])).message, /must not be negative/);
    assert.equal(error(split(100, [[1]], 11)).code, 'invalidValue');
  });
});

describe('CRM functions: arguments and errors', () => {
  const register = excelRange(SPEC9_TABLE, null);

  it('an unknown customer is #N/A; a bad preset, date or register is #VALUE! naming the problem', () => {
    const missing = error(owner('nobody', register, AS_OF, null));
    assert.equal(missing.code, 'notAvailable');
    assert.match(missing.message, /"nobody" is not in the register/);
    const preset = error(owner('刘洋', register, AS_OF, [['no-such-preset']]));
    assert.equal(preset.code, 'invalidValue');
    assert.match(preset.message, /unknown ownership preset "no-such-preset"; expected one of .*\(older names: .*realestate/);
    assert.match(error(owner('刘洋', register, 'last week', null)).message, /as_of "last week" is not a date/);
    assert.match(error(owners([['a', 'b'], [1, 2]], null, null)).message, /missing column date/);
    assert.match(error(owners('not a range', null, null)).message, /register must be a range/);
  });

  it('as_of: omitted means the latest register date; text dates work like serials', () => {
    assert.equal(status('13900002222', register, null, null), engine.ownerOf('13900002222')!.status);
    assert.equal(explain('刘洋', register, '2026-03-31', null), engine.ownerOf('刘洋')!.reason);
    // On 2026-01-10 赵敏's first visit still protects 刘洋.
    assert.equal(owner('刘洋', register, '2026-01-10', null), '赵敏');
  });

  it('a Rules range as policy (with desktop 0 blanks) changes the split: showroom-70-30 gives 李娜 70%', () => {
    const rules = rulesSheetRows('showroom-70-30', 'en').map((r) => [...r, 0, 0]);
    const spill = splits(register, rules) as (string | number)[][];
    const row8 = spill.filter((r) => r[0] === 8).map((r) => [r[5], r[9]]);
    assert.deepEqual(row8, [['李娜', 7000.01], ['王强', 3000]]);
  });

  it('an omitted policy uses the workbook Rules sheet when there is one', () => {
    const rules = { sheet: '规则', firstRow: 1, table: rulesSheetRows('showroom-70-30', 'zh') };
    const spill = splits(register, null, { rules }) as (string | number)[][];
    assert.deepEqual(spill.filter((r) => r[0] === 8).map((r) => r[9]), [7000.01, 3000]);
    const bad = { sheet: 'Rules', firstRow: 1, table: [['protection_days', 'soon']] };
    assert.match(error(owner('刘洋', register, AS_OF, null, { rules: bad })).message, /Rules!B1/);
  });

  it('a register range starting lower down names the real spreadsheet rows', () => {
    const reason = explain('刘洋', register, AS_OF, null, { addresses: [null, "'Visits 2026'!$B$5:$L$15"] }) as string;
    assert.match(reason, /row 14 by 孙杰/, reason); // row 10 of a sheet read from A1 sits at row 14 here
  });
});

describe('CRM functions: evaluation cache', () => {
  it('content-equal copies of a range share one evaluation; a changed cell does not', () => {
    const policy = resolvePolicy(null, null, null);
    assert.ok(!(policy instanceof FunctionError));
    const a = registerRange(excelRange(SPEC9_TABLE, null));
    const b = registerRange(excelRange(SPEC9_TABLE, null));
    assert.ok(!(a instanceof FunctionError) && !(b instanceof FunctionError));
    assert.equal(a.key, b.key);
    assert.equal(evaluation(a, policy, null), evaluation(b, policy, null));
    const changed = excelRange(SPEC9_TABLE, null);
    changed[10][4] = '赵敏'; // row 11's deal now closed by 赵敏
    const c = registerRange(changed);
    assert.ok(!(c instanceof FunctionError));
    assert.notEqual(c.key, a.key);
    assert.notEqual(evaluation(c, policy, null), evaluation(a, policy, null));
    assert.equal(owner('刘洋', changed, null, null), '孙杰');
    assert.deepEqual((splits(changed, null) as unknown[][]).filter((r) => r[0] === 11).map((r) => r[5]), ['孙杰', '赵敏']);
  });
});
