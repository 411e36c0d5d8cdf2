/**
 * The input readers on real files: streamed .xlsx (Chinese text across zip chunks, formulas, rich text, error
 * cells, header not on row 1, Rules and Customers sheets by name, a second register sheet) and streamed .csv.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { formatDay } from '../../engine/core/dates';
import { readInputs } from '../../engine/io';
import { sha256, tempDir } from '../cli/helpers';

describe('readInputs', function () {
  this.timeout(120_000);
  const dir = tempDir('read');

  it('keeps every Chinese character of a large .xlsx intact (UTF-8 split across zip chunks)', async () => {
    const path = join(dir, 'big.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('登记');
    ws.addRow(['日期', '客户', '电话', '销售员', '类型']);
    const names: string[] = [];
    const events = ['来访', '跟进', '来电', '复访'];
    for (let i = 0; i < 6000; i++) {
      names.push(`客户${i}号·张伟王芳李娜`);
      ws.addRow(['2026-03-01', names[i], `138${String(i).padStart(8, '0')}`, `销售员${i % 37}`, events[i % 4]]);
    }
    await wb.xlsx.writeFile(path);
    const { register, files } = await readInputs([path]);
    assert.equal(register.exceptions.length, 0, JSON.stringify(register.exceptions[0]));
    assert.deepEqual(register.rows().map((r) => r.customer), names);
    assert.equal(files[0].rows, 6000);
    assert.equal(files[0].sha256, sha256(path));
  });

  it('reads formulas by their cached result, rich text as text, errors as exceptions, header below row 1', async () => {
    const path = join(dir, 'cells.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Register');
    ws.getCell('A3').value = 'date';
    ['customer', 'phone', 'salesperson', 'event', 'amount'].forEach((h, i) => { ws.getRow(3).getCell(i + 2).value = h; });
    ws.getRow(4).values = [new Date(Date.UTC(2026, 2, 1)), { richText: [{ text: '张' }, { font: { bold: true }, text: '伟' }] }, '13800001111', '李娜', 'visit'];
    ws.getRow(5).values = [{ formula: 'DATE(2026,3,2)', result: new Date(Date.UTC(2026, 2, 2)) }, '张伟', '13800001111', '李娜', 'deal', { formula: 'B1*2', result: 2000 }];
    ws.getRow(6).values = [{ formula: 'NA()', result: { error: '#N/A' } }, '张伟', '13800001111', '李娜', 'visit'];
    const rules = wb.addWorksheet('规则');
    rules.addRow(['preset', 'store-30']);
    const customers = wb.addWorksheet('Customers');
    customers.addRow(['phone', 'annual_sales']);
    customers.addRow(['13800001111', 12000000]);
    await wb.xlsx.writeFile(path);

    const r = await readInputs([path]);
    assert.deepEqual(r.register.rows().map((x) => [x.row, formatDay(x.date), x.customer, x.event, x.amount?.toString() ?? null]), [
      [4, '2026-03-01', '张伟', 'visit', null],
      [5, '2026-03-02', '张伟', 'deal', '2000'],
    ]);
    assert.equal(r.register.exceptions.length, 1);
    assert.deepEqual([r.register.exceptions[0].row, r.register.exceptions[0].column, r.register.exceptions[0].value], [6, 'date', '#N/A']);
    assert.deepEqual(r.rulesTable, { rows: [['preset', 'store-30']], firstRow: 1, sheet: '规则', file: 'cells.xlsx' });
    assert.deepEqual(r.customersTable?.rows, [['phone', 'annual_sales'], ['13800001111', 12000000]]);
    assert.equal(r.files[0].sheet, 'Register');
  });

  it('reads only the first register sheet of a workbook and says so in Exceptions', async () => {
    const path = join(dir, 'two.xlsx');
    const wb = new ExcelJS.Workbook();
    for (const name of ['三月', '四月']) {
      const ws = wb.addWorksheet(name);
      ws.addRow(['日期', '客户', '销售员', '类型']);
      ws.addRow(['2026-03-01', '张伟', '李娜', '来访']);
    }
    await wb.xlsx.writeFile(path);
    const r = await readInputs([path]);
    assert.equal(r.register.size, 1);
    assert.equal(r.register.exceptions.length, 1);
    assert.equal(r.register.exceptions[0].sheet, '四月');
    assert.match(r.register.exceptions[0].problem, /only the first register sheet.*三月/);
  });

  it('numbers CSV rows as Excel shows them, blank lines included, with quoted line breaks in a field', async () => {
    const path = join(dir, 'rows.csv');
    writeFileSync(path, '\r\n日期,客户,销售员,类型,金额\r\n2026-03-01,"张伟\r\n(老客户)",李娜,来访,\r\n\r\n2026-03-05,王芳,吴磊,成交,"1,000.50"\r\n');
    const r = await readInputs([path]);
    assert.deepEqual(r.register.rows().map((x) => [x.row, x.customer, x.amount?.toFixed(2) ?? null]), [
      [3, '张伟\r\n(老客户)', null],
      [5, '王芳', '1000.50'],
    ]);
  });
});
