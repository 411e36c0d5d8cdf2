/**
 * Data rows written as XML read back exactly as the same cells written through exceljs's own row objects: same
 * values, same types, same number formats, same rows left out — for arbitrary text (XML specials, control
 * characters, Chinese) in every column kind.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { col, type ColumnKind, type ResultSheet } from '../../engine/io/result-model';
import { xmlCell } from '../../engine/io/row-xml';
import { safeCells } from '../../engine/io/safe-text';
import { writeResultWorkbook } from '../../engine/io/xlsx-writer';
import { tempDir } from '../temp-dirs';

const KINDS: ColumnKind[] = ['text', 'ref', 'date', 'money', 'number'];
const FORMATS: Partial<Record<ColumnKind, string>> = { date: 'yyyy-mm-dd', money: '#,##0.00' };
const dir = tempDir('crm-rowxml-');

/** The same table written cell by cell through exceljs's streaming writer, as the result writer once did. */
async function writeThroughExceljs(path: string, rows: string[][]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet('T');
  const header = ws.getRow(1);
  KINDS.forEach((k, i) => { header.getCell(i + 1).value = k; });
  header.font = { bold: true };
  header.commit();
  rows.forEach((cells, r) => {
    const row = ws.getRow(r + 2);
    cells.forEach((text, i) => {
      const cell = xmlCell(text, KINDS[i]);
      const c = row.getCell(i + 1);
      c.value = cell.type === ExcelJS.ValueType.Null ? null
        : cell.type === ExcelJS.ValueType.String ? cell.text
          : cell.type === ExcelJS.ValueType.Date ? new Date((cell.value - 25569) * 86_400_000) : cell.value;
      if (FORMATS[KINDS[i]]) c.numFmt = FORMATS[KINDS[i]]!;
      if (cell.type !== ExcelJS.ValueType.Null) c.alignment = { vertical: 'top' }; // as the result writer aligns data cells
    });
    row.commit();
  });
  ws.commit();
  await wb.commit();
}

/** Every cell of the first sheet: row number, column, type, value and number format. */
async function cellsOf(path: string): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: unknown[] = [];
  wb.worksheets[0].eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (c, i) => {
      out.push([r, i, c.type, c.value instanceof Date ? c.value.toISOString() : c.value, c.numFmt ?? null]);
    });
  });
  return out;
}

describe('result rows as worksheet XML', () => {
  it('maps texts to typed cells by column kind', () => {
    assert.deepEqual(xmlCell('', 'text'), { type: ExcelJS.ValueType.Null });
    assert.deepEqual(xmlCell('12', 'ref'), { type: ExcelJS.ValueType.Number, value: 12 });
    assert.deepEqual(xmlCell('B:12', 'ref'), { type: ExcelJS.ValueType.String, text: 'B:12' });
    assert.deepEqual(xmlCell('2026-03-01', 'date'), { type: ExcelJS.ValueType.Date, value: 46082 });
    assert.deepEqual(xmlCell('soon', 'date'), { type: ExcelJS.ValueType.String, text: 'soon' });
    assert.deepEqual(xmlCell('1234.50', 'money'), { type: ExcelJS.ValueType.Number, value: 1234.5 });
    assert.deepEqual(xmlCell('约300万', 'number'), { type: ExcelJS.ValueType.String, text: '约300万' });
  });

  it('read back as the same cells written through exceljs', async function () {
    this.timeout(120_000);
    const text = fc.oneof(
      fc.constant(''),
      fc.string({ unit: fc.constantFrom('a', '<', '>', '&', '"', "'", '\u0001', '\t', '\n', '\u007f', '张', ' ') }),
      fc.integer({ min: 0, max: 99999 }).map(String),
      fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => (n / 100).toFixed(2)),
    );
    let run = 0;
    await fc.assert(fc.asyncProperty(fc.array(fc.array(text, { minLength: 5, maxLength: 5 }), { maxLength: 12 }), async (rows) => {
      run++;
      const sheet: ResultSheet = { en: 'T', zh: 'T', blocks: [{ columns: KINDS.map((k) => col(k, k, k, 10)), rows }] };
      const ours = join(dir, `ours-${run}.xlsx`);
      const theirs = join(dir, `exceljs-${run}.xlsx`);
      await writeResultWorkbook(ours, [sheet], { lang: 'en' });
      // The result writer makes every cell safe first (safe-text.ts); exceljs gets the same safe cells.
      await writeThroughExceljs(theirs, rows.map((r) => safeCells(r, 'en')));
      assert.deepEqual(await cellsOf(ours), await cellsOf(theirs));
    }), { numRuns: 40 });
  });
});
