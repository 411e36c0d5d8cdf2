import { strict as assert } from 'node:assert';
import { evaluate, ownershipPreset, parseDay, parseRegister, serialFromDay } from '../../engine/core';
import { msg } from '../../engine/core/messages';
import { ownersSpill, splitsSpill } from '../../addin/src/functions/columns';
import { FunctionError } from '../../addin/src/functions/errors';
import { clearEvaluations } from '../../addin/src/functions/evaluations';
import { clearHandles, isHandleText, makeHandle } from '../../addin/src/functions/handles';
import { explain, NOT_PREVIEWED, owner, owners, status } from '../../addin/src/functions/owner';
import { reasonText } from '../../addin/src/functions/reason-text';
import { splits } from '../../addin/src/functions/split';
import { explainRow } from '../../addin/src/taskpane/explain';
import { SPEC9_TABLE } from '../core/fixtures';
import { excelRange, freshCopy, rangeAddress } from './excel-shapes';

const AS_OF = serialFromDay(parseDay('2026-03-31')!);
const CUSTOMERS = ['13800001111', '13600004444', 'H01', '周敏', '13700003333', '刘洋', '13900002222'];
const register = excelRange(SPEC9_TABLE, 0);
const ADDRESS = rangeAddress('Register', register);
const at = { addresses: [ADDRESS, null, null] };

function handle(range: unknown[][] = register, policy: unknown = null, asOf: unknown = AS_OF, cell = 'Checks!P1'): string {
  const h = makeHandle(freshCopy(range), policy, asOf, { ...at, cell });
  assert.ok(typeof h === 'string', `a handle, got ${JSON.stringify(h)}`);
  return h;
}

function errorOf(value: unknown): FunctionError {
  assert.ok(value instanceof FunctionError, `expected an error value, got ${JSON.stringify(value)}`);
  return value;
}

describe('CRM.REGISTER handles', () => {
  beforeEach(() => {
    clearHandles();
    clearEvaluations();
  });

  it('is a short text naming the register, the same for the same content and place', () => {
    const h = handle();
    assert.ok(isHandleText(h), h);
    assert.match(h, /^CRM:\S+ \(10 rows\)$/);
    assert.ok(h.length < 40, h);
    assert.equal(handle(), h, 'a fresh copy of the same cells gives the same handle');
  });

  it('OWNER, EXPLAIN, STATUS, OWNERS and SPLITS through a handle equal the range form', () => {
    const h = handle();
    for (const c of CUSTOMERS) {
      assert.equal(owner(c, [[h]], null, null), owner(c, freshCopy(register), AS_OF, null, at), c);
      assert.equal(explain(c, h, null, null), explain(c, freshCopy(register), AS_OF, null, at), c);
      assert.equal(status(c, h, null, null), status(c, freshCopy(register), AS_OF, null, at), c);
    }
    const engine = evaluate(parseRegister(SPEC9_TABLE), ownershipPreset('realestate'), { asOf: parseDay('2026-03-31') });
    assert.deepEqual(owners(h, null, null), ownersSpill(engine.owners));
    assert.deepEqual(splits(h, null), splitsSpill(evaluate(parseRegister(SPEC9_TABLE), ownershipPreset('realestate')).splits));
    assert.equal(owner('刘洋', h, null, null), '孙杰');
  });

  it('an edit of the range gives a new handle, and each handle keeps answering for its own content', () => {
    const before = handle();
    const edited = register.map((r, i) => (i === 9 ? r.map((c, j) => (j === 4 ? '赵敏' : c)) : r));
    const after = handle(edited);
    assert.notEqual(after, before);
    const expected = evaluate(parseRegister(edited as never), ownershipPreset('realestate'), { asOf: parseDay('2026-03-31') }).ownerOf('刘洋')!.owner;
    assert.equal(owner('刘洋', after, null, null), expected);
    assert.equal(owner('刘洋', after, null, null), owner('刘洋', freshCopy(edited), AS_OF, null, at));
  });

  it('the as-of date and the policy are part of the handle; a call may still give its own', () => {
    const march = handle(register, null, AS_OF, 'Checks!P1');
    const latest = handle(register, null, null, 'Checks!P2');
    const showroom = handle(register, 'showroom-70-30', AS_OF, 'Checks!P3');
    assert.equal(new Set([march, latest, showroom]).size, 3);
    const april = serialFromDay(parseDay('2026-04-30')!);
    assert.equal(status('13900002222', march, april, null), status('13900002222', freshCopy(register), april, null, at));
    assert.equal(owner('刘洋', showroom, null, null), owner('刘洋', freshCopy(register), AS_OF, 'showroom-70-30', at));
    assert.equal(owner('刘洋', march, null, 'showroom-70-30'), owner('刘洋', showroom, null, null));
  });

  it('a cell that makes a new handle lets its old one go; an unknown handle is #N/A saying how to remake it', () => {
    const before = handle(register, null, AS_OF, 'Checks!P1');
    assert.equal(owner('刘洋', before, null, null), '孙杰');
    handle(register, null, null, 'Checks!P1');
    const e = errorOf(owner('刘洋', before, null, null));
    assert.equal(e.code, 'notAvailable');
    assert.match(e.message, /CRM\.REGISTER/);
    assert.match(e.message, /recalculate/);
  });

  it('a register that is no range or an unusable argument is #VALUE!, never an exception', () => {
    assert.equal(errorOf(makeHandle('text', null, null)).code, 'invalidValue');
    assert.match(errorOf(makeHandle(register, 'no-such-preset', null)).message, /no-such-preset/);
    assert.match(errorOf(makeHandle(register, null, 'soon')).message, /as_of "soon" is not a date/);
  });

  it('in a formula value preview, answers only from what is evaluated already', () => {
    const h = handle();
    assert.equal(errorOf(owner('刘洋', freshCopy(register), AS_OF, null, { ...at, preview: true })).message, NOT_PREVIEWED);
    assert.equal(errorOf(owner('刘洋', h, null, null, { preview: true })).message, NOT_PREVIEWED);
    assert.equal(owner('刘洋', h, null, null), '孙杰'); // evaluated now
    assert.equal(owner('刘洋', h, null, null, { preview: true }), '孙杰');
  });
});

describe('reasons in the display language', () => {
  it('EXPLAIN in Chinese Excel and the pane\'s explanation give the engine\'s reason rendered in Chinese', () => {
    const engine = evaluate(parseRegister(SPEC9_TABLE), ownershipPreset('realestate'), { asOf: parseDay('2026-03-31') });
    for (const c of CUSTOMERS) {
      const expected = reasonText(engine.ownerOf(c)!, 'zh');
      assert.equal(explain(c, freshCopy(register), AS_OF, null, { ...at, lang: 'zh' }), expected, c);
    }
    const spill = owners(freshCopy(register), AS_OF, null, { ...at, lang: 'zh' }) as string[][];
    assert.equal(spill[0].at(-1), '原因', 'Chinese header');
    assert.deepEqual(spill.slice(1).map((r) => r.at(-1)), engine.owners.map((o) => reasonText(o, 'zh')), 'OWNERS reasons');
    const row = explainRow(parseRegister(SPEC9_TABLE), engine, 11, 'zh')!;
    assert.equal(row.reason, reasonText(engine.ownerOf('刘洋')!, 'zh'));
    assert.deepEqual(row.split.map((s) => s.reason), engine.splits.filter((s) => s.dealRow === '11').map((s) => reasonText(s, 'zh')));
  });

  it('renders a result\'s reason messages, in Chinese too, and falls back to its English text', () => {
    const reason = [msg('no-such.message', {})];
    assert.equal(reasonText({ reason: 'first visit', reasonMessages: reason }, 'zh'), 'no-such.message');
    assert.equal(reasonText({ reason: 'first visit' }, 'zh'), 'first visit');
  });
});
