/**
 * The pane's Dashboard action run against a stand-in for Excel's API over a real workbook (written with exceljs:
 * a register, a Customers sheet and a Rules sheet), compared with the batch runner's Dashboard for the same file:
 * the same grade distribution, in the policy's grade order, and a pie chart drawn from exactly that table.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../engine/cli/main';
import { GradePolicyError } from '../../engine/core/grade';
import { buildDashboard } from '../../addin/src/taskpane/build-dashboard';
import { words } from '../../addin/src/taskpane/i18n';
import { readCsv, SPEC_HEADER, SPEC_ROWS, tempDir } from '../cli/helpers';
import { excelStandIn, WorkbookModel, type SheetModel } from './excel-workbook';

const GRADE_TABLE: (string | number)[][] = [
  ['sales_total', 'assets', 'grade'],
  ['>=1000000', '-', 'A'],
  ['-', '>=500000', 'B'],
  ['>0', '-', 'C'],
  ['-', '-', 'D'],
];

/** Customers sheet: two register customers, one only here, a row naming nobody and text in the number column. */
const CUSTOMERS: (string | number | null)[][] = [
  ['电话', '客户', 'assets'],
  ['13700003333', '陈静', 600000],
  ['13500005555', '周敏', 200000],
  ['13811112222', '新客户', 900000],
  ['13600004444', '王芳', '暂无'],
  [null, null, 5],
];

/** A workbook: the §9 register (real date cells) first, then the Customers sheet and the Rules sheet if given. */
async function writeWorkbook(path: string, rules: (string | number)[][] | null, customers = true): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Register');
  ws.addRow(SPEC_HEADER);
  for (const r of SPEC_ROWS) {
    const [y, m, d] = r[0]!.split('-').map(Number);
    ws.addRow([new Date(Date.UTC(y, m - 1, d)), ...r.slice(1, 9), r[9] === null ? null : Number(r[9]), r[10] === null ? null : Number(r[10])]);
  }
  if (customers) wb.addWorksheet('Customers').addRows(CUSTOMERS);
  if (rules) wb.addWorksheet('Rules').addRows(rules);
  await wb.xlsx.writeFile(path);
}

/** The batch runner's grade distribution for a workbook (its Dashboard CSV), as [grade, customers] rows. */
async function batchDistribution(input: string, dir: string, extra: string[] = []): Promise<[string, number][]> {
  const csv = join(dir, 'csv');
  assert.equal(await main(['run', input, '--out', join(dir, 'out.xlsx'), '--csv', csv, ...extra]), 0);
  const dash = readCsv(join(csv, 'Dashboard.csv'));
  const start = dash.findIndex((r) => r[0] === 'Grade distribution');
  const end = dash.findIndex((r, i) => i > start + 1 && r.length === 1); // the next block's title
  return dash.slice(start + 2, end).map((r) => [r[0], Number(r[1])]);
}

/** The table a chart is drawn from, read back from its sheet at the chart's source address. */
function chartTable(sheet: SheetModel, source: string): unknown[][] {
  const m = /!A(\d+):([A-Z])(\d+)$/.exec(source)!;
  return sheet.values(Number(m[1]) - 1, 0, Number(m[3]) - Number(m[1]) + 1, m[2].charCodeAt(0) - 64);
}

describe('task pane dashboard: grade distribution', function () {
  this.timeout(60_000);
  const host = globalThis as { Excel?: unknown };
  after(() => { delete host.Excel; });

  /** Run the pane's Dashboard action on a workbook file (active sheet Register); returns the workbook and lines. */
  async function paneDashboard(path: string, gradePreset = '', lang: 'en' | 'zh' = 'en'): Promise<{ book: WorkbookModel; lines: string[] }> {
    const book = await WorkbookModel.fromFile(path, 'Register');
    host.Excel = excelStandIn(book);
    const lines = await buildDashboard(words(lang), gradePreset);
    return { book, lines };
  }

  it("grades with the Rules sheet's grade table and the Customers sheet exactly as the batch runner does", async () => {
    const dir = tempDir('pane-grades');
    const input = join(dir, 'book.xlsx');
    await writeWorkbook(input, [['preset', 'realestate'], [], ...GRADE_TABLE]);
    const batch = await batchDistribution(input, dir);
    // Worked out by hand: H01 (张伟+王芳) sold 1,000,000 → A; 陈静 600,000 assets and 新客户 (Customers sheet
    // only) 900,000 → B; 刘洋 sold 800,000 → C; 周敏 → D.
    assert.deepEqual(batch, [['A', 1], ['B', 2], ['C', 1], ['D', 1]]);

    const { book, lines } = await paneDashboard(input);
    const dash = book.sheet('Dashboard')!;
    const pies = dash.charts.filter((c) => c.type === 'Pie');
    assert.equal(pies.length, 1);
    const [header, ...rows] = chartTable(dash, pies[0].source);
    assert.deepEqual(header, ['Grade', 'Customers']);
    assert.deepEqual(rows, batch);
    assert.equal(pies[0].title.text, 'Grade distribution');
    assert.equal(pies[0].seriesBy, 'Columns');
    // The title sits right above the table, and the chart beside it.
    const top = Number(/!A(\d+):/.exec(pies[0].source)![1]);
    assert.equal(dash.get(top - 2, 0), 'Grade distribution');
    assert.deepEqual(pies[0].position, [`F${top - 1}`, `M${top + 14}`]);
    assert.deepEqual(lines, ['Done.', '5 customers graded with Rules',
      'Customers sheet values left out (a row matching no customer, or text in a number column): 2']);

    // The credit chart is still there, drawn from the salesperson table.
    const columns = dash.charts.filter((c) => c.type === 'ColumnClustered');
    assert.equal(columns.length, 1);
    assert.deepEqual(chartTable(dash, columns[0].source)[0], ['Salesperson', 'Credit', 'Commission']);
  });

  it('without a grade policy in the Rules sheet, grades with the preset chosen in the pane like --grade-preset', async () => {
    const dir = tempDir('pane-preset');
    const input = join(dir, 'book.xlsx');
    await writeWorkbook(input, null);
    const batch = await batchDistribution(input, dir, ['--grade-preset', 'rfm-5']);
    assert.ok(batch.length > 1 && batch.every(([g]) => g !== ''), JSON.stringify(batch));
    const { book } = await paneDashboard(input, 'rfm-5', 'zh');
    const dash = book.sheet('看板')!;
    const pie = dash.charts.find((c) => c.type === 'Pie')!;
    const [header, ...rows] = chartTable(dash, pie.source);
    assert.deepEqual(header, ['等级', '客户数']);
    assert.deepEqual(rows, batch);
    assert.equal(pie.title.text, '客户等级分布');
  });

  it('with no grade policy at all the Dashboard says how to give one and draws no grade chart', async () => {
    const dir = tempDir('pane-none');
    const input = join(dir, 'book.xlsx');
    await writeWorkbook(input, [['preset', 'realestate']]);
    const { book, lines } = await paneDashboard(input);
    const dash = book.sheet('Dashboard')!;
    assert.deepEqual(dash.charts.map((c) => c.type), ['ColumnClustered']);
    const cells = [...dash.cells.values()];
    assert.ok(cells.includes('Grade distribution'));
    assert.ok(cells.some((v) => typeof v === 'string' && /^No grade policy: add a grade table/.test(v)), cells.join('\n'));
    assert.deepEqual(lines, ['Done.']);
  });

  it('a rebuilt Dashboard replaces the old one: its charts are deleted first', async () => {
    const dir = tempDir('pane-again');
    const input = join(dir, 'book.xlsx');
    await writeWorkbook(input, [['preset', 'realestate'], [], ...GRADE_TABLE]);
    const book = await WorkbookModel.fromFile(input, 'Register');
    host.Excel = excelStandIn(book);
    await buildDashboard(words('en'), '');
    book.active = 0;
    await buildDashboard(words('en'), '');
    const charts = book.sheet('Dashboard')!.charts;
    assert.deepEqual(charts.filter((c) => !c.deleted).map((c) => c.type), ['ColumnClustered', 'Pie']);
    assert.equal(charts.filter((c) => c.deleted).length, 2);
  });

  it("a broken grade table in the Rules sheet is reported with its cell", async () => {
    const dir = tempDir('pane-broken');
    const input = join(dir, 'book.xlsx');
    await writeWorkbook(input, [['preset', 'realestate'], [], ['sales_total', 'grade'], ['>>1', 'A']]);
    const book = await WorkbookModel.fromFile(input, 'Register');
    host.Excel = excelStandIn(book);
    await assert.rejects(buildDashboard(words('en'), ''), (e: Error) => e instanceof GradePolicyError && /Rules!A4/.test(e.message));
  });
});
