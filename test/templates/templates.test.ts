import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { parseDay } from '../../engine/core/dates';
import { evaluate } from '../../engine/core/evaluate';
import { gradeOne, gradePreset } from '../../engine/core/grade';
import { main } from '../../engine/cli/main';
import { EVENT_ALIASES, eventOfValue, fieldOfHeader } from '../../engine/core/aliases';
import { policyFromRulesSheet, readRulesSheet } from '../../engine/core/policy/load';
import { ownershipPreset } from '../../engine/core/policy/presets';
import { POLICY_KEYS } from '../../engine/core/policy/schema';
import { parseRegister } from '../../engine/core/register';
import { EVENT_TYPES, type Cell } from '../../engine/core/types';
import { cellText } from '../../engine/core/values';
import { ANNUAL_SALES_TABLE } from '../../templates/annual-sales-grades';
import { TEMPLATE_FILES, buildTemplates } from '../../templates/build';
import { GRADING_TEMPLATE_SHEETS } from '../../templates/grading-template';
import { REGISTER_COLUMNS } from '../../templates/register-columns';
import { REGISTER_NAME, REGISTER_TEMPLATE_ROWS, REGISTER_TEMPLATE_SHEETS } from '../../templates/register-template';
import { SPEC_EXAMPLE } from '../../templates/spec-example';
import { SHIPPED_WORKBOOK_DATE } from '../../templates/workbook-style';
import { libreOfficeCsv, requireLibreOffice, sheetTable } from './office';
import { computed } from '../addin/hf-workbook';
import { tempDir } from '../temp-dirs';

type Validations = Record<string, ExcelJS.DataValidation | undefined>;
const validationsOf = (sheet: ExcelJS.Worksheet): Validations =>
  (sheet as unknown as { dataValidations: { model: Validations } }).dataValidations.model;

async function open(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Every cell of a workbook as `sheet!A1 = value` lines (values, formulas, formats), for comparing two builds. */
function contents(workbook: ExcelJS.Workbook): string[] {
  const lines: string[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        lines.push(`${sheet.name}!${cell.address} = ${JSON.stringify(cell.value)} [${cell.numFmt ?? ''}]`);
      });
    });
    lines.push(`${sheet.name} validations ${JSON.stringify(validationsOf(sheet))}`);
  });
  return lines;
}

describe('templates', function () {
  let dir = '';
  let register: ExcelJS.Workbook;
  let grading: ExcelJS.Workbook;
  before(async () => {
    dir = tempDir('crm-templates-');
    const paths = await buildTemplates(dir);
    assert.deepEqual(paths.map((p) => p.slice(dir.length + 1)), Object.keys(TEMPLATE_FILES));
    register = await open(join(dir, 'register-template.xlsx'));
    grading = await open(join(dir, 'customer-grading-template.xlsx'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the committed templates are what the build script writes', async () => {
    for (const name of Object.keys(TEMPLATE_FILES)) {
      const committed = await open(join(__dirname, '../../templates', name));
      const rebuilt = await open(join(dir, name));
      assert.deepEqual(contents(committed), contents(rebuilt), `${name} is stale: run npm run templates`);
      assert.equal(committed.created.getTime(), SHIPPED_WORKBOOK_DATE.getTime());
      assert.equal(committed.modified.getTime(), SHIPPED_WORKBOOK_DATE.getTime());
    }
  });

  describe('register template', () => {
    const sheet = (): ExcelJS.Worksheet => register.getWorksheet(REGISTER_TEMPLATE_SHEETS.register)!;

    it('has the register, Rules and Instructions sheets, register first', () => {
      assert.deepEqual(register.worksheets.map((s) => s.name), [
        REGISTER_TEMPLATE_SHEETS.register, REGISTER_TEMPLATE_SHEETS.rules, REGISTER_TEMPLATE_SHEETS.instructions,
      ]);
    });

    it('every header maps to its field, and the formula columns to none', () => {
      const headers = (sheetTable(sheet())[0] ?? []).map(cellText);
      REGISTER_COLUMNS.forEach((column, i) => {
        assert.equal(fieldOfHeader(headers[i]), column.field, `header "${headers[i]}"`);
        assert.match(headers[i], /[\u4e00-\u9fa5]+ [A-Za-z]+/, 'bilingual');
      });
      const extra = headers.slice(REGISTER_COLUMNS.length).filter(Boolean);
      assert.equal(extra.length, 4, 'OWNER, EXPLAIN, SPLIT and the REGISTER handle');
      for (const h of extra) assert.equal(fieldOfHeader(h), null, `formula column "${h}" must not look like a field`);
    });

    it('holds the SPEC §9 example rows, which the core reads without exceptions', () => {
      const parsed = parseRegister(sheetTable(sheet()));
      assert.deepEqual(parsed.exceptions, []);
      assert.equal(parsed.size, SPEC_EXAMPLE.length);
      assert.deepEqual(parsed.rows().map((r) => r.customer), SPEC_EXAMPLE.map((r) => r.customer));
      assert.equal(parsed.row(6).commission!.toFixed(2), '10000.01');
    });

    it('formats dates, money and phones, and freezes the header', () => {
      const s = sheet();
      const col = (field: string): number => REGISTER_COLUMNS.findIndex((c) => c.field === field) + 1;
      assert.equal(s.getCell(2, col('date')).numFmt, 'yyyy-mm-dd');
      assert.ok(s.getCell(2, col('date')).value instanceof Date);
      assert.equal(s.getCell(8, col('amount')).numFmt, '#,##0.00');
      assert.equal(s.getCell(8, col('commission')).numFmt, '#,##0.00');
      assert.equal(s.getCell(2, col('phone')).numFmt, '@');
      assert.equal(typeof s.getCell(2, col('phone')).value, 'string');
      assert.equal(s.views[0]?.state, 'frozen');
      assert.equal((s.views[0] as { ySplit?: number }).ySplit, 1);
    });

    it('offers every event word in a dropdown and 是/否 for accompanied', () => {
      const s = sheet();
      const validations = validationsOf(s);
      const letter = (field: string): string => s.getColumn(REGISTER_COLUMNS.findIndex((c) => c.field === field) + 1).letter;
      for (const row of [2, 500, REGISTER_TEMPLATE_ROWS]) {
        const event = validations[`${letter('event')}${row}`];
        assert.equal(event?.type, 'list', `event dropdown on row ${row}`);
        assert.ok(validations[`${letter('accompanied')}${row}`]?.formulae?.[0].includes('是,否'));
      }
      // The dropdown's source is the Instructions sheet's word list: resolve it and compare with the core's words.
      const source = String(validations[`${letter('event')}2`]!.formulae![0]);
      const m = /^'(.+)'!\$A\$(\d+):\$A\$(\d+)$/.exec(source);
      assert.ok(m, source);
      const instructions = register.getWorksheet(m[1])!;
      const words: string[] = [];
      for (let r = Number(m[2]); r <= Number(m[3]); r++) words.push(cellText(instructions.getCell(r, 1).value as Cell));
      const expected = EVENT_TYPES.flatMap((e) => EVENT_ALIASES[e]);
      assert.deepEqual(words, expected);
      for (const w of words) assert.ok(eventOfValue(w), w);
      assert.ok(words.includes('来访') && words.includes('visit') && words.includes('成交') && words.includes('deal'));
    });

    it('has CRM formulas next to the data in the handle form, stored as Excel stores add-in functions, answers cached', () => {
      const s = sheet();
      const owner = REGISTER_COLUMNS.length + 2;
      const handle = s.getCell('T2').value as ExcelJS.CellFormulaValue;
      assert.equal(handle.formula, '_xldudf_CRM_REGISTER(Register,,DATE(2026,3,31))');
      assert.match(String(handle.result), /^CRM:\S+ \(1999 rows\)$/);
      const data = sheetTable(s).map((r) => r.slice(0, REGISTER_COLUMNS.length));
      const engine = evaluate(parseRegister(data, { sheet: REGISTER_TEMPLATE_SHEETS.register }), ownershipPreset('realestate'), { asOf: parseDay('2026-03-31') });
      for (let row = 2; row <= SPEC_EXAMPLE.length + 1; row++) {
        const expected = engine.ownerOf(String(s.getCell(row, 3).value))!;
        assert.deepEqual(s.getCell(row, owner).value, { formula: `_xldudf_CRM_OWNER(C${row},$T$2)`, result: expected.owner }, `row ${row}`);
        assert.deepEqual(s.getCell(row, owner + 1).value, { formula: `_xldudf_CRM_EXPLAIN(C${row},$T$2)`, result: expected.reason }, `row ${row}`);
      }
      assert.deepEqual([s.getCell(8, owner + 2).value, s.getCell(8, owner + 3).value], [
        { formula: 'INDEX(_xldudf_CRM_SPLIT(L8,{50,50}),1,1)', result: 5000.01 },
        { formula: 'INDEX(_xldudf_CRM_SPLIT(L8,{50,50}),1,2)', result: 5000 },
      ]);
      assert.equal(s.getCell(1, owner - 1).value, null, 'an empty column separates the data from the formulas');
      const name = register.definedNames.model.find((d) => d.name === REGISTER_NAME);
      assert.deepEqual(name?.ranges, [`'${REGISTER_TEMPLATE_SHEETS.register}'!$A$1:$M$${REGISTER_TEMPLATE_ROWS}`]);
      const rules = register.getWorksheet('Rules')!;
      const grades = [3, 4, 5, 6].map((r) => rules.getCell(r, 7).value as ExcelJS.CellFormulaValue);
      for (const g of grades) assert.match(g.formula, /^_xldudf_CRM_GRADE\(F\d+,\$A\$\d+:\$C\$\d+,"annual_sales"\)$/);
      assert.deepEqual(grades.map((g) => g.result), ['VIP', 'A', 'B', 'C']);
    });

    it('a spreadsheet engine computing the formulas gets the answers cached in them', () => {
      const { hf, at } = computed(register, REGISTER_TEMPLATE_SHEETS.register);
      try {
        const s = sheet();
        let checked = 0;
        s.eachRow((row, r) => row.eachCell((cell, c) => {
          const v = cell.value as ExcelJS.CellFormulaValue;
          if (!v || typeof v !== 'object' || !('formula' in v) || /REGISTER/.test(v.formula)) return;
          assert.deepEqual(at(r, c), v.result, `${cell.address} ${v.formula}`);
          checked++;
        }));
        assert.equal(checked, 2 * SPEC_EXAMPLE.length + 2);
      } finally {
        hf.destroy();
      }
    });

    it('its Rules sheet reads back as exactly the realestate policy, with the grade table below', () => {
      const table = sheetTable(register.getWorksheet('Rules')!);
      assert.deepEqual(policyFromRulesSheet(table), ownershipPreset('realestate'));
      const { entries, gradeTable } = readRulesSheet(table);
      assert.deepEqual(entries.map((e) => e.key), POLICY_KEYS);
      assert.ok(gradeTable);
      assert.deepEqual(gradeTable.rows.map((r) => r.map(cellText)), ANNUAL_SALES_TABLE);
      // The try-it formulas point at the table where it really is.
      const formula = (register.getWorksheet('Rules')!.getCell(3, 7).value as { formula: string }).formula;
      const last = gradeTable.firstRow + ANNUAL_SALES_TABLE.length - 1;
      assert.ok(formula.includes(`$A$${gradeTable.firstRow}:$C$${last}`), formula);
    });

    it('runs through the batch runner with its own Rules sheet and gives the SPEC §9 answers', async () => {
      const out = join(dir, 'run');
      const code = await main(['run', join(dir, 'register-template.xlsx'), '--as-of', '2026-03-31', '--out', join(dir, 'run.xlsx'), '--csv', out]);
      assert.equal(code, 0);
      const owners = Papa.parse<Record<string, string>>(readFileSync(join(out, 'Owners.csv'), 'utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
      const h01 = owners.find((o) => o.Household === 'H01');
      assert.deepEqual([h01?.Owner, h01?.Status, h01?.['Protected Until']], ['李娜', 'protected', '2026-03-31']);
      assert.match(readFileSync(join(out, 'Audit.csv'), 'utf8'), /site-first-reception \(register-template\.xlsx Rules sheet\)/);
    });

    it('its Rules sheet has Chinese labels and 是/否 dropdowns for yes/no settings', () => {
      const rules = register.getWorksheet('Rules')!;
      const table = sheetTable(rules);
      const row = table.findIndex((r) => r[0] === 'honor_designation');
      assert.equal(table[row][1], '是');
      assert.equal(table[row][2], '认可指定接待');
      assert.deepEqual(rules.getCell(row + 1, 2).dataValidation?.formulae, ['"是,否"']);
      // A Chinese label works as the key: rewrite every key as its label and read again.
      const relabelled = table.map((r) => (POLICY_KEYS.includes(r[0] as never) ? [r[2], r[1]] : r));
      assert.deepEqual(policyFromRulesSheet(relabelled), ownershipPreset('realestate'));
    });
  });

  describe('grading template', () => {
    it('has a Customers sheet with metric columns and CRM.GRADE formulas on the Rules table', () => {
      assert.deepEqual(grading.worksheets.map((s) => s.name), [
        GRADING_TEMPLATE_SHEETS.customers, GRADING_TEMPLATE_SHEETS.rules, GRADING_TEMPLATE_SHEETS.instructions,
      ]);
      const customers = grading.getWorksheet(GRADING_TEMPLATE_SHEETS.customers)!;
      const table = sheetTable(customers);
      assert.equal(fieldOfHeader(cellText(table[0][0])), 'customer');
      assert.equal(fieldOfHeader(cellText(table[0][1])), 'phone');
      assert.equal(table[0][2], 'annual_sales');
      assert.equal(customers.getCell('C2').numFmt, '#,##0.00');
      const { gradeTable } = readRulesSheet(sheetTable(grading.getWorksheet('Rules')!));
      assert.ok(gradeTable);
      assert.deepEqual(gradeTable.rows.map((r) => r.map(cellText)), ANNUAL_SALES_TABLE);
      const range = `$A$${gradeTable.firstRow}:$C$${gradeTable.firstRow + ANNUAL_SALES_TABLE.length - 1}`;
      for (let r = 2; r <= table.length; r++) {
        const expected = gradeOne({ annual_sales: Number(table[r - 1][2]) }, gradePreset('annual-sales-4tier')).grade;
        assert.deepEqual(customers.getCell(r, 5).value, { formula: `_xldudf_CRM_GRADE(C${r},Rules!${range},"annual_sales")`, result: expected }, `row ${r}`);
      }
      // Customers on every boundary of the table, so the example shows how brackets decide.
      const sales = table.slice(1).map((r) => Number(r[2]));
      for (const boundary of [10000000, 5000000, 2000000]) assert.ok(sales.includes(boundary), `${boundary}`);
    });

    it('has no ownership block, so its Rules sheet leaves the ownership default alone', () => {
      const { entries } = readRulesSheet(sheetTable(grading.getWorksheet('Rules')!));
      assert.deepEqual(entries, []);
    });
  });

  describe('in LibreOffice', function () {
    this.timeout(180_000);
    before(requireLibreOffice);

    it('the register template opens and shows its header and example rows', () => {
      const rows = libreOfficeCsv(join(dir, 'register-template.xlsx'));
      assert.deepEqual(rows[0].slice(0, REGISTER_COLUMNS.length), REGISTER_COLUMNS.map((c) => c.header));
      assert.equal(rows[1][0], '2026-03-01');
      assert.equal(rows[1][2], '13800001111');
      assert.equal(rows.length, SPEC_EXAMPLE.length + 1);
      // Before any add-in calculates, the formula cells show the answers saved with them, not #NAME?.
      const owner = REGISTER_COLUMNS.length + 1;
      const cached = (r: number, c: number): unknown => (register.getWorksheet(REGISTER_TEMPLATE_SHEETS.register)!.getCell(r, c).value as ExcelJS.CellFormulaValue).result;
      assert.deepEqual(rows.slice(1).map((r) => r[owner]), SPEC_EXAMPLE.map((_, i) => cached(i + 2, owner + 1)));
      assert.ok(rows.slice(1).every((r) => /\p{Script=Han}/u.test(r[owner])), 'every example row shows its owner');
      assert.match(rows[1][owner + 1], /^first visit 2026-03-01 row 2 by 李娜/);
      assert.deepEqual(rows[7].slice(owner + 2, owner + 4), ['5,000.01', '5,000.00']);
      assert.match(rows[1][owner + 5], /^CRM:\S+ \(1999 rows\)$/);
    });

    it('the grading template opens and shows its Customers header', () => {
      const rows = libreOfficeCsv(join(dir, 'customer-grading-template.xlsx'));
      assert.deepEqual(rows[0].slice(0, 3), ['客户 Customer', '电话 Phone', 'annual_sales']);
      const customers = grading.getWorksheet(GRADING_TEMPLATE_SHEETS.customers)!;
      assert.deepEqual(rows.slice(1).map((r) => r[4]), rows.slice(1).map((_, i) => (customers.getCell(i + 2, 5).value as ExcelJS.CellFormulaValue).result));
      assert.ok(rows.slice(1).every((r) => /^(VIP|A|B|C)$/.test(r[4])), 'every customer shows a grade');
    });
  });
});
