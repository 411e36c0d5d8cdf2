/**
 * The .xlsx register reader on packages written part by part: every cell type and cached formula result, dates
 * from styles and ISO cells in both date systems, rich and phonetic text, cells and rows without references, tab
 * order against zip order, shared strings wherever the relationships put them, a sheet cut off mid-row, rows of
 * zeros, title rows above the header, duplicate and merged header cells.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Cell } from '../../engine/core/types';
import { readInputs, readNamedTables } from '../../engine/io';
import { readXlsxSheets } from '../../engine/io/xlsx-reader';
import { tempDir } from '../cli/helpers';
import { textRow, writePackage, type PackageSpec } from './package-parts';

const HEADER = ['日期', '客户', '电话', '销售员', '类型', '金额'];

/** Every sheet's rows as read: sheet name → [row, cells, problem id][]. */
async function readAll(path: string): Promise<Map<string, [number, Cell[], string?][]>> {
  const sheets = new Map<string, [number, Cell[], string?][]>();
  await readXlsxSheets(path, 'book.xlsx', ({ name }) => {
    const rows: [number, Cell[], string?][] = [];
    sheets.set(name, rows);
    return { row: (cells, row, problem) => { rows.push(problem ? [row, cells, problem.id] : [row, cells]); } };
  });
  return sheets;
}

describe('xlsx register reader', () => {
  const dir = tempDir('xlsx-reader');
  let n = 0;
  const book = (spec: PackageSpec): string => {
    const path = join(dir, `book${++n}.xlsx`);
    writePackage(path, spec);
    return path;
  };

  it('gives cached formula results of every kind, booleans, errors and ISO dates as Excel shows them', async () => {
    const path = book({
      sheets: [{
        name: 'S',
        rows: '<row r="1"><c r="A1"><f>J11*0</f><v>0</v></c><c r="B1" t="b"><f>1=2</f><v>0</v></c><c r="C1" t="b"><f>1=1</f><v>1</v></c>'
          + '<c r="D1" t="str"><f>""</f><v></v></c><c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F1" t="str"><f>A1&amp;"x"</f><v>0x</v></c>'
          + '<c r="G1" t="d"><v>2026-03-01T00:00:00</v></c><c r="H1" t="d"><v>2026-03-01</v></c><c r="I1" t="n"><v>1.5E3</v></c>'
          + '<c r="J1"><f>NOW()</f></c></row>',
      }],
    });
    const [[, cells]] = (await readAll(path)).get('S')!;
    assert.deepEqual(cells, [0, false, true, '', '#DIV/0!', '0x', new Date('2026-03-01T00:00:00Z'), new Date('2026-03-01T00:00:00Z'), 1500, null]);
  });

  it('reads numbers in date styles as dates in the 1900 and 1904 systems (date1904 spelt 1, true, TRUE)', async () => {
    const styles = { xfs: [0, 14, 164, 165, 4], formats: [[164, 'yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;'], [165, '[Red]0.00']] as [number, string][] };
    const rows = '<row r="1"><c r="A1" s="1"><v>46082</v></c><c r="B1" s="2"><v>46082.75</v></c><c r="C1" s="3"><v>46082</v></c><c r="D1" s="4"><v>46082</v></c></row>';
    const plain = (await readAll(book({ sheets: [{ name: 'S', rows }], styles }))).get('S')![0][1];
    assert.deepEqual(plain, [new Date('2026-03-01T00:00:00Z'), new Date('2026-03-01T18:00:00Z'), 46082, 46082]);
    for (const spelling of ['1', 'true', 'TRUE']) {
      const cells = (await readAll(book({ sheets: [{ name: 'S', rows }], styles, workbookPr: `date1904="${spelling}"` }))).get('S')![0][1];
      assert.deepEqual(cells[0], new Date('2030-03-02T00:00:00Z'), spelling);
    }
  });

  it('joins rich text runs, leaves phonetic guides out, and decodes escapes and entities', async () => {
    const path = book({
      strings: ['<r><t>李</t></r><r><rPr><b/></rPr><t>娜</t></r>', '<t>张伟</t><rPh sb="0" eb="2"><t>ジャン</t></rPh><phoneticPr fontId="1"/>', '<t>A&amp;B_x000D_&#x4E2D;</t>'],
      sheets: [{ name: 'S', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
        + '<c r="D1" t="inlineStr"><is><r><t xml:space="preserve">王 </t></r><r><rPr><i/></rPr><t>强</t></r><rPh><t>ワン</t></rPh></is></c></row>' }],
    });
    assert.deepEqual((await readAll(path)).get('S')![0][1], ['李娜', '张伟', 'A&B\r中', '王 强']);
  });

  it('places cells and rows without r attributes after the previous ones', async () => {
    const path = book({ sheets: [{ name: 'S', rows: '<row><c t="inlineStr"><is><t>a</t></is></c><c/><c><v>3</v></c></row><row r="5"><c r="C5"><v>1</v></c><c><v>2</v></c></row><row><c><v>9</v></c></row>' }] });
    assert.deepEqual((await readAll(path)).get('S'), [[1, ['a', null, 3]], [5, [null, null, 1, 2]], [6, [9]]]);
  });

  it('reads sheets in tab order, whatever the zip order, and shared strings from where the relationships say', async () => {
    const path = book({
      reverseZipOrder: true,
      strings: ['<t>x</t>'],
      stringsPart: '/xl/strings/table.xml',
      sheets: [{ name: '第二', part: 'worksheets/sheet9.xml', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' },
        { name: '第一', part: '/xl/worksheets/sheet1.xml', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
    });
    const sheets = await readAll(path);
    assert.deepEqual([...sheets.keys()], ['第二', '第一']);
    assert.deepEqual(sheets.get('第二'), [[1, ['x']]]);
  });

  it('finds the Rules and Customers sheets through absolute relationship targets (openpyxl)', async () => {
    const path = book({
      sheets: [{ name: 'Register', part: '/xl/worksheets/sheet1.xml', rows: textRow(1, HEADER) + textRow(2, ['2026-03-01', '张伟', '13800001111', '李娜', '来访', null]) },
        { name: 'Rules', part: '/xl/worksheets/sheet2.xml', rows: textRow(1, ['preset', 'store-30']) },
        { name: '客户', part: '/xl/worksheets/sheet3.xml', rows: textRow(1, ['phone', 'annual_sales']) }],
    });
    const tables = await readNamedTables(path);
    assert.deepEqual(tables.rules?.rows, [['preset', 'store-30']]);
    assert.equal(tables.customers?.sheet, '客户');
    const inputs = await readInputs([path]);
    assert.deepEqual(inputs.rulesTable?.rows, [['preset', 'store-30']]);
    assert.equal(inputs.register.size, 1);
  });

  it('keeps the row a cut-off sheet ends in, as an exception naming it', async () => {
    const rows = textRow(1, HEADER) + textRow(2, ['2026-03-01', '张伟', '13800001111', '李娜', '来访', null])
      + textRow(3, ['2026-03-02', '王芳', '13600004444', '吴磊', '来访', null]);
    const full = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}`;
    const path = book({ sheets: [{ name: 'S', rows }], cutSheetAt: full.indexOf('王芳') + 2 });
    const { register, files } = await readInputs([path]);
    assert.equal(register.size, 1);
    assert.equal(register.exceptions.length, 1);
    assert.equal(register.exceptions[0].row, 3);
    assert.equal(register.exceptions[0].problemMessages?.[0].id, 'input.row-cut-off');
    assert.match(register.exceptions[0].problem, /cut off/);
    assert.deepEqual(files[0].counts, { read: 2, used: 1, exceptions: 1, blank: 0 });
  });

  it('reads a workbook whose file is cut off (no zip directory) up to the row it breaks off in, which goes to Exceptions', async () => {
    const path = join(dir, 'streamed.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
    const ws = writer.addWorksheet('登记');
    ws.addRow(HEADER).commit();
    for (let i = 0; i < 3000; i++) ws.addRow(['2026-03-01', `客户${i}`, `138${String(i).padStart(8, '0')}`, '李娜', '来访', null]).commit();
    ws.commit();
    await writer.commit();
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const { register, files } = await readInputs([path]);
    const { read, used, exceptions, blank } = files[0].counts;
    assert.ok(used > 100 && used < 3000, `${used} rows used`);
    assert.equal(read, used + exceptions + blank);
    assert.deepEqual(register.exceptions.map((e) => [e.row, e.problemMessages?.[0].id]), [[used + 2, 'input.row-cut-off']]);
  });

  it('shows a Rules row the file cuts short in Exceptions instead of using it half-read', async () => {
    const rules = textRow(1, ['preset', 'store-30']) + textRow(2, ['protection_days', '60']);
    const full = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rules}`;
    const path = book({
      sheets: [{ name: 'Rules', rows: rules }, { name: 'Register', rows: textRow(1, HEADER) + textRow(2, ['2026-03-01', '张伟', '13800001111', '李娜', '来访', null]) }],
      cutSheetAt: full.indexOf('protection_days') + 4,
    });
    const { rulesTable, register } = await readInputs([path]);
    assert.deepEqual(rulesTable?.rows, [['preset', 'store-30']]);
    assert.deepEqual(register.exceptions.map((e) => [e.sheet, e.row, e.problemMessages?.[0].id]), [['Rules', 2, 'input.row-cut-off']]);
  });

  it('counts a row of zeros as a row (to Exceptions), not as blank; title rows above the header go to the Audit', async () => {
    const rows = textRow(1, ['翡翠湾项目 2026年3月 客户来访登记表']) + textRow(2, ['制表：销售部']) + textRow(4, HEADER)
      + textRow(5, ['2026-03-01', '张伟', '13800001111', '李娜', '来访', null])
      + '<row r="6"><c r="A6"><v>0</v></c><c r="B6"><v>0</v></c><c r="F6"><v>0</v></c></row><row r="7"></row>';
    const { register, files } = await readInputs([book({ sheets: [{ name: '三月', rows }] })]);
    assert.equal(register.size, 1);
    assert.deepEqual([...new Set(register.exceptions.map((e) => e.row))], [6]);
    assert.deepEqual(files[0].counts, { read: 3, used: 1, exceptions: 1, blank: 1 });
    assert.equal(files[0].headerRow, 4);
    assert.deepEqual(files[0].titleRows, [{ row: 1, text: '翡翠湾项目 2026年3月 客户来访登记表' }, { row: 2, text: '制表：销售部' }]);
  });

  it('refuses a header naming a field twice, or merged across the header row, naming the cells', async () => {
    const twice = book({ sheets: [{ name: 'S', rows: textRow(1, [...HEADER, '手机']) }] });
    await assert.rejects(readInputs([twice]), /C1 \(电话\) and G1 \(手机\) name the same field \(phone\)/);
    const merged = book({ sheets: [{ name: 'S', rows: textRow(1, ['登记表']) + textRow(2, HEADER), tail: '<mergeCells><mergeCell ref="A1:F1"/><mergeCell ref="B2:C2"/></mergeCells>' }] });
    await assert.rejects(readInputs([merged]), /row 2: header cells B2:C2 are merged/);
  });

  it('refuses a sheet with no header in its first 20 rows in one line', async () => {
    const rows = Array.from({ length: 21 }, (_, i) => textRow(i + 1, [`note ${i}`])).join('') + textRow(22, HEADER);
    await assert.rejects(readInputs([book({ sheets: [{ name: 'S', rows }] })]), (e: Error) => {
      assert.match(e.message, /^book\d+\.xlsx, sheet S, row 1: no register header.*no row among the first 20 is a header$/);
      return true;
    });
  });
});
