import { strict as assert } from 'node:assert';
import { evaluate, ownershipPreset, parseDay, parseRegister, type Cell } from '../../engine/core';
import { FunctionError } from '../../addin/src/functions/errors';
import { currentBurst } from '../../addin/src/functions/burst';
import { clearEvaluations, registerRange } from '../../addin/src/functions/evaluations';
import { OWNER } from '../../addin/src/functions/functions';
import { explain, owner } from '../../addin/src/functions/owner';
import { splits } from '../../addin/src/functions/split';
import { rulesSheetRows } from '../../addin/src/taskpane/templates';
import { areaKey, overlaps, parseAddress, parseAreas, MAX_COLUMN, MAX_ROW } from '../../addin/src/functions/range-address';
import { cellsChanged } from '../../addin/src/functions/sheet-events';
import { SPEC9_TABLE } from '../core/fixtures';
import { excelRange, freshCopy, nextBurst } from './excel-shapes';

const AS_OF = '2026-03-31';
const VISITS = "'Visits 2026'!A1:K11";

/**
 * SPEC §9 with row 10 (刘洋's visit on 2026-02-20) received by 赵敏 instead of 孙杰. Row 10 is table row 9, which
 * the sampled check of a new entry does not look at on its first turn (it looks at the header, the last row and
 * rows 0–7), so only a full comparison or a change event can notice this edit.
 */
const EDITED: Cell[][] = SPEC9_TABLE.map((r, i) => (i === 9 ? r.map((c, j) => (j === 4 ? '赵敏' : c)) : r));

/** The engine's owner of 刘洋 in a register table. */
function engineOwner(table: Cell[][]): string {
  return evaluate(parseRegister(table), ownershipPreset('realestate'), { asOf: parseDay(AS_OF) }).ownerOf('刘洋')!.owner;
}

/** CRM.OWNER of 刘洋 for a fresh copy of `table` at `address`, as Excel would call it. */
function ownerAt(table: Cell[][], address: string): unknown {
  return owner('刘洋', excelRange(table, 0), AS_OF, null, { addresses: [null, address] });
}

describe('range addresses', () => {
  it('reads sheet, book and rectangle of the addresses Excel writes', () => {
    assert.deepEqual(parseAddress("'Visits 2026'!$B$5:$L$15"), { book: '', sheet: 'Visits 2026', top: 5, left: 2, bottom: 15, right: 12 });
    assert.deepEqual(parseAddress("'[Book 1.xlsx]O''Neil'!C3"), { book: 'Book 1.xlsx', sheet: "O'Neil", top: 3, left: 3, bottom: 3, right: 3 });
    assert.deepEqual(parseAddress('Sheet1!A:K'), { book: '', sheet: 'Sheet1', top: 1, left: 1, bottom: MAX_ROW, right: 11 });
    assert.deepEqual(parseAddress('3:5'), { book: '', sheet: '', top: 3, left: 1, bottom: 5, right: MAX_COLUMN });
    assert.deepEqual(parseAddress('AA10:B2'), { book: '', sheet: '', top: 2, left: 2, bottom: 10, right: 27 });
    for (const bad of ['', 'Sheet1!', 'A1:B2:C3', 'A1:B', 'A', '5', 'MyName!Total', 'A1,B2']) assert.equal(parseAddress(bad), null, bad);
  });

  it('gives one key to one range however it is written, and tells overlapping areas apart', () => {
    assert.equal(areaKey(parseAddress('Sheet1!$A$1:$K$11')!), areaKey(parseAddress("'SHEET1'!a1:k11")!));
    assert.notEqual(areaKey(parseAddress('Sheet1!A1:K11')!), areaKey(parseAddress('Sheet2!A1:K11')!));
    const register = parseAddress(VISITS)!;
    const [edit, outside] = parseAreas('E10, M10', 'visits 2026')!;
    assert.ok(overlaps(register, edit));
    assert.ok(!overlaps(register, outside));
    assert.ok(overlaps(register, parseAddress("'Visits 2026'!11:12")!));
    assert.ok(!overlaps(register, parseAddress('Other!E10')!));
    assert.equal(parseAreas('E10, Total', 'Visits 2026'), null);
  });
});

describe('CRM functions: registers cached by address', () => {
  beforeEach(async () => {
    clearEvaluations();
    await nextBurst();
  });

  it('the edited register differs in its answer (the tests below would not notice a stale cache otherwise)', () => {
    assert.notEqual(engineOwner(EDITED), engineOwner(SPEC9_TABLE));
  });

  it('an edit at the same address gives the new answer on the next recalculation (full comparison, no event)', async () => {
    assert.equal(ownerAt(SPEC9_TABLE, VISITS), engineOwner(SPEC9_TABLE));
    assert.equal(ownerAt(SPEC9_TABLE, VISITS), engineOwner(SPEC9_TABLE));
    await nextBurst();
    assert.equal(ownerAt(EDITED, VISITS), engineOwner(EDITED));
    assert.equal(ownerAt(EDITED, VISITS), engineOwner(EDITED));
    await nextBurst();
    assert.equal(ownerAt(SPEC9_TABLE, VISITS), engineOwner(SPEC9_TABLE), 'undo');
  });

  it('an edit reported by a change event gives the new answer at once, even within one burst', () => {
    assert.equal(ownerAt(SPEC9_TABLE, VISITS), engineOwner(SPEC9_TABLE));
    cellsChanged('Visits 2026', 'E10');
    assert.equal(ownerAt(EDITED, VISITS), engineOwner(EDITED));
  });

  it('within one burst (one snapshot in Excel) only the sample is checked: an edit outside it needs its event', () => {
    assert.equal(ownerAt(SPEC9_TABLE, VISITS), engineOwner(SPEC9_TABLE));
    assert.equal(ownerAt(EDITED, VISITS), engineOwner(SPEC9_TABLE), 'no event, same burst: the sample does not look at row 10');
    cellsChanged('Visits 2026', 'M10'); // beside the register: changes nothing
    assert.equal(ownerAt(EDITED, VISITS), engineOwner(SPEC9_TABLE));
    cellsChanged('visits 2026', 'A10:K10');
    assert.equal(ownerAt(EDITED, VISITS), engineOwner(EDITED));
  });

  it('within one burst the sample still sees a changed last row or row count', () => {
    assert.equal(ownerAt(SPEC9_TABLE, VISITS), engineOwner(SPEC9_TABLE));
    const lastRowEdited = SPEC9_TABLE.map((r, i) => (i === 10 ? r.map((c, j) => (j === 5 ? '离职' : c)) : r)); // 孙杰 leaves
    assert.notEqual(engineOwner(lastRowEdited), engineOwner(SPEC9_TABLE));
    assert.equal(ownerAt(lastRowEdited, VISITS), engineOwner(lastRowEdited));
    const shorter = SPEC9_TABLE.slice(0, 9); // without 孙杰's visit and deal
    assert.notEqual(engineOwner(shorter), engineOwner(lastRowEdited));
    assert.equal(ownerAt(shorter, VISITS), engineOwner(shorter));
  });

  it('a header broken at the same address is an error, and mending it brings the answer back', async () => {
    assert.equal(ownerAt(SPEC9_TABLE, VISITS), engineOwner(SPEC9_TABLE));
    await nextBurst();
    const broken = SPEC9_TABLE.map((r, i) => (i === 0 ? r.map((c) => (c === '日期' ? '备注' : c)) : r));
    const error = ownerAt(broken, VISITS);
    assert.ok(error instanceof FunctionError && /date/.test(error.message), String(error));
    assert.ok(ownerAt(broken, VISITS) instanceof FunctionError);
    await nextBurst();
    assert.equal(ownerAt(SPEC9_TABLE, VISITS), engineOwner(SPEC9_TABLE));
  });

  it('change events drop only the registers they touch; inserted rows drop the whole sheet', () => {
    const key = (): string => (registerRange(freshCopy(excelRange(SPEC9_TABLE, 0)), VISITS) as { key: string }).key;
    const first = key();
    assert.equal(key(), first, 'an unchanged copy reuses the parsed register');
    cellsChanged('Visits 2026', 'L1:Z100');
    cellsChanged('Other', 'A1:K11');
    assert.equal(key(), first, 'edits beside the register or on another sheet keep it');
    cellsChanged('Visits 2026', 'B2');
    const second = key();
    assert.notEqual(second, first, 'an edit inside the register drops it');
    cellsChanged('Visits 2026', '200:200', 'RowInserted');
    assert.notEqual(key(), second, 'inserted rows may have moved it');
  });

  it('equal content at different addresses keeps each range\'s own row numbers', async () => {
    const at = (address: string): string => explain('刘洋', excelRange(SPEC9_TABLE, 0), AS_OF, null, { addresses: [null, address] }) as string;
    for (let burst = 0; burst < 2; burst++) {
      assert.match(at('Visits!A1:K11'), /row 10 by 孙杰/);
      assert.match(at('Visits!C5:M15'), /row 14 by 孙杰/);
      assert.match(at('Moved!A101:K111'), /row 110 by 孙杰/);
      assert.match(at('Visits!$A$1:$K$11'), /row 10 by 孙杰/);
      await nextBurst();
    }
    // An edit at one address leaves the equal range at another address as it was.
    assert.equal(ownerAt(EDITED, 'Visits!C5:M15'), engineOwner(EDITED));
    assert.equal(ownerAt(SPEC9_TABLE, 'Visits!A1:K11'), engineOwner(SPEC9_TABLE));
    assert.match(explain('刘洋', excelRange(EDITED, 0), AS_OF, null, { addresses: [null, 'Visits!C5:M15'] }) as string, /row 14 by 赵敏/);
  });

  it('a Rules range edited at the same address, and a re-read Rules sheet, give the new policy', () => {
    const register = (): unknown[][] => excelRange(SPEC9_TABLE, 0);
    const commissions = (policy: unknown, ctx: object): unknown[] =>
      (splits(register(), policy, ctx) as unknown[][]).filter((r) => r[0] === 8).map((r) => r[9]);
    const rulesOf = (preset: string): unknown[][] => freshCopy(rulesSheetRows(preset, 'en'));
    const addresses = [VISITS, 'Rules!A1:D40'];
    assert.deepEqual(commissions(rulesOf('showroom-70-30'), { addresses }), [7000.01, 3000]);
    assert.deepEqual(commissions(rulesOf('showroom-70-30'), { addresses }), [7000.01, 3000]);
    assert.deepEqual(commissions(rulesOf('realestate'), { addresses }), [5000.01, 5000]);
    const sheet = (preset: string) => ({ sheet: 'Rules', firstRow: 1, table: rulesSheetRows(preset, 'en') });
    assert.deepEqual(commissions(null, { addresses, rules: sheet('showroom-70-30') }), [7000.01, 3000]);
    assert.deepEqual(commissions(null, { addresses, rules: sheet('realestate') }), [5000.01, 5000]);
  });

  it('an address that is not the range\'s own (a single cell, a name) falls back to the content fingerprint', async () => {
    assert.match(explain('刘洋', excelRange(SPEC9_TABLE, 0), AS_OF, null, { addresses: [null, 'Visits!A5'] }) as string, /row 14 by 孙杰/);
    assert.equal(ownerAt(SPEC9_TABLE, 'RegisterTable'), engineOwner(SPEC9_TABLE));
    assert.equal(ownerAt(EDITED, 'RegisterTable'), engineOwner(EDITED), 'content keys see every edit');
    assert.ok(owner('刘洋', 'not a range', AS_OF, null, { addresses: [null, VISITS] }) instanceof FunctionError);
  });
});

/** A change event as Excel's worksheet.onChanged passes it (the fields the handler reads). */
interface ChangeEvent { address: string; changeType: string }

/**
 * The slice of Excel's JavaScript API the functions use (Excel.run, worksheets, onChanged), standing in for Excel
 * so that the handler the functions register can be fired the way Excel fires it. The workbook has a Register
 * sheet and no Rules sheet.
 */
function excelStandIn(handlers: Map<string, ((e: ChangeEvent) => Promise<void>)[]>): unknown {
  const none = { add: (): void => undefined };
  const sheet = (name: string) => ({
    isNullObject: name.toUpperCase() !== 'REGISTER',
    onChanged: { add: (h: (e: ChangeEvent) => Promise<void>) => handlers.set(name, [...handlers.get(name) ?? [], h]) },
    getUsedRangeOrNullObject: () => ({ isNullObject: true, load: (): void => undefined }),
  });
  const context = { workbook: { worksheets: { onAdded: none, onDeleted: none, getItemOrNullObject: sheet } }, sync: () => Promise.resolve() };
  return { run: <T>(batch: (c: typeof context) => Promise<T>) => batch(context) };
}

describe('CRM.OWNER inside Excel: the change handler it registers', () => {
  const handlers = new Map<string, ((e: ChangeEvent) => Promise<void>)[]>();
  const host = globalThis as { Excel?: unknown };

  before(() => { host.Excel = excelStandIn(handlers); });
  after(() => { delete host.Excel; });

  it('watches the register\'s sheet once, and its events drop the edited register', async () => {
    clearEvaluations();
    await nextBurst();
    const invocation = { parameterAddresses: [null, 'Register!A1:K11', null, null] } as unknown as CustomFunctions.Invocation;
    assert.equal(await OWNER('刘洋', excelRange(SPEC9_TABLE, 0), AS_OF, null as unknown as unknown[][], invocation), engineOwner(SPEC9_TABLE));
    await OWNER('刘洋', excelRange(SPEC9_TABLE, 0), AS_OF, null as unknown as unknown[][], invocation);
    await nextBurst(); // registration runs in the background
    assert.equal(handlers.get('Register')?.length, 1);

    // Calls of one burst (one snapshot in Excel): the edit of row 10 is outside the sample, so only the event shows it.
    const burst = currentBurst();
    const call = (table: Cell[][]): unknown => owner('刘洋', excelRange(table, 0), AS_OF, null, { addresses: [null, 'Register!A1:K11'], burst });
    assert.equal(call(SPEC9_TABLE), engineOwner(SPEC9_TABLE));
    assert.equal(call(EDITED), engineOwner(SPEC9_TABLE), 'no event yet');
    await handlers.get('Register')![0]({ address: 'E10', changeType: 'RangeEdited' });
    assert.equal(call(EDITED), engineOwner(EDITED));
  });
});
