import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { SYNTHETIC_HEADER, syntheticTable, writeSyntheticRegister } from '../../bench/synthetic';
import { fieldOfHeader } from '../../engine/core/aliases';
import { formatDay } from '../../engine/core/dates';
import { groupCustomers } from '../../engine/core/grouping';
import { parseRegister } from '../../engine/core/register';
import type { Cell, Register } from '../../engine/core/types';
import { tempDir } from '../temp-dirs';

/** A register row reduced to comparable text, so registers read from different files can be compared. */
function signature(register: Register): string[] {
  return register.rows().map((r) => [
    r.row, formatDay(r.date), r.event, r.customer, r.phone?.kind === 'full' ? r.phone.digits : r.phone?.text ?? '',
    r.household, r.salesperson, r.team, r.designated, r.referrer, r.accompanied, r.amount?.toFixed(2) ?? '',
    r.commission?.toFixed(2) ?? '', r.target,
  ].join('|'));
}

describe('synthetic registers', () => {
  it('are deterministic for a seed and differ between seeds', () => {
    const a = syntheticTable({ rows: 500, groups: 60, seed: 42 });
    const b = syntheticTable({ rows: 500, groups: 60, seed: 42 });
    const c = syntheticTable({ rows: 500, groups: 60, seed: 43 });
    assert.deepEqual(a, b);
    assert.notDeepEqual(a, c);
  });

  it('have a Chinese header naming every register field, and rows the core accepts', () => {
    const table = syntheticTable({ rows: 20_000, groups: 2_000, seed: 7 });
    assert.equal(table.length, 20_001);
    const fields = (table[0] as string[]).map(fieldOfHeader);
    assert.deepEqual(new Set(fields).size, SYNTHETIC_HEADER.length, `every header a distinct field: ${fields.join(',')}`);
    const register = parseRegister(table);
    assert.equal(register.exceptions.length, 0, JSON.stringify(register.exceptions.slice(0, 3)));
    assert.equal(register.size, 20_000);
    const events = new Map<string, number>();
    for (const r of register.rows()) events.set(r.event, (events.get(r.event) ?? 0) + 1);
    for (const e of ['visit', 'followup', 'call', 'deposit', 'deal', 'transfer', 'complaint']) {
      assert.ok((events.get(e) ?? 0) > 0, `has ${e} rows`);
    }
    assert.ok(events.get('visit')! > events.get('deal')!, 'more visits than deals');
    const deals = register.rows().filter((r) => r.event === 'deal');
    assert.ok(deals.every((r) => r.amount!.gt(0) && r.amount!.decimalPlaces() <= 2 && r.commission!.decimalPlaces() <= 2));
    // Dates run through the year in order, give or take the jitter.
    for (let i = 1; i < register.size; i++) assert.ok(register.cols.date[i] >= register.cols.date[i - 1] - 3);
    // Households join two phones, so there are fewer groups than distinct phones.
    const grouping = groupCustomers(register);
    const phones = new Set(register.rows().flatMap((r) => (r.phone?.kind === 'full' ? [r.phone.digits] : [])));
    assert.ok(grouping.groups.length <= 2_000 && grouping.groups.length > 1_500, `${grouping.groups.length} groups`);
    assert.ok(phones.size > grouping.groups.length, 'households join phones');
    assert.ok(register.rows().some((r) => r.household !== ''));
  });

  it('start every customer group with a visit', () => {
    const register = parseRegister(syntheticTable({ rows: 3_000, groups: 400, seed: 3 }));
    const grouping = groupCustomers(register);
    // A masked phone that could be two customers stays a group of its own, and such a group starts anywhere.
    for (const group of grouping.groups.filter((g) => !g.key.includes('*'))) {
      assert.equal(register.row(Math.min(...group.rows)).event, 'visit', `group ${group.key}`);
    }
  });

  describe('files', () => {
    let dir = '';
    before(() => { dir = tempDir('crm-synthetic-'); });
    after(() => rmSync(dir, { recursive: true, force: true }));
    const options = { rows: 3_000, groups: 300, seed: 11 };
    const expected = (): string[] => signature(parseRegister(syntheticTable(options)));

    it('as .xlsx hold the same register as the table', async () => {
      const path = join(dir, 'register.xlsx');
      await writeSyntheticRegister(path, { ...options, format: 'xlsx' });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);
      const sheet = workbook.worksheets[0];
      assert.equal(sheet.name, '登记表');
      const table: Cell[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row) => {
        table.push(Array.from({ length: SYNTHETIC_HEADER.length }, (_, i) => row.getCell(i + 1).value as Cell));
      });
      assert.equal(sheet.getCell('A2').numFmt, 'yyyy-mm-dd');
      assert.deepEqual(signature(parseRegister(table)), expected());
    });

    it('as .csv (UTF-8 with BOM) hold the same register as the table', async () => {
      const path = join(dir, 'register.csv');
      await writeSyntheticRegister(path, { ...options, format: 'csv' });
      const text = readFileSync(path, 'utf8');
      assert.ok(text.startsWith('\ufeff日期,客户,电话'));
      const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
      assert.deepEqual(signature(parseRegister(parsed.data)), expected());
    });
  });
});
