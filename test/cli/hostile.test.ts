/**
 * Hostile input through the real command line: registers with cells no one should write (amounts past any money,
 * serials past 9999, control characters, 40,000-character names, formulas, look-alike names), files that are no
 * registers, broken policies and command lines that would overwrite their own input. Every input is generated
 * here; for each the run must end as it should (exit code; one error line naming the file), leave the input
 * byte for byte as it was, account for every row (used, or listed in Exceptions), and write only results that
 * open safely (well-formed XML parts, no cell over 32,767 characters, no formula-like text).
 *
 * Register cases share a few processes (a folder of files is one register, its rows named file:row), so that
 * the suite stays fast; cases that must stop a run get a process each.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runBuiltCli } from './built-cli';
import { csvRecords, csvText, readCsv, runCli, sha256, tempDir } from './helpers';
import { assertSafeCsvFolder, assertSafeWorkbookCells, assertWellFormedParts } from './result-checks';

type Value = string | number | boolean;
/** One hostile register row: the cell it sets, and whether the row must be used or listed in Exceptions. */
interface RowCase {
  name: string;
  field: 'date' | 'customer' | 'phone' | 'salesperson' | 'event' | 'amount' | 'commission';
  value: Value;
  expect: 'used' | 'exception';
  /** The Problem text of the Exceptions line, when listed. */
  problem?: RegExp;
  format?: 'csv' | 'xlsx';
}

const HEADER = ['日期', '客户', '电话', '销售员', '类型', '金额', '佣金'];
const FIELDS = ['date', 'customer', 'phone', 'salesperson', 'event', 'amount', 'commission'] as const;
const GOOD: Value[] = ['2026-03-01', '张伟', '13800001111', '李娜', '来访', '', ''];
const DEAL: Value[] = ['2026-03-20', '张伟', '13800001111', '李娜', '成交', '1000000.00', '10000.00'];

const LONG = '长'.repeat(40_000);
const ROW_CASES: RowCase[] = [
  { name: 'amount-exp-huge', field: 'amount', value: '1e9000000000000000', expect: 'exception', problem: /^too large/ },
  { name: 'amount-exp-huger', field: 'amount', value: '1e99999999999999999999', expect: 'exception', problem: /^too large/ },
  { name: 'amount-70-digits', field: 'amount', value: '9'.repeat(70), expect: 'exception', problem: /^too large/ },
  { name: 'amount-negative-huge', field: 'amount', value: '-1e16', expect: 'exception', problem: /^too large/ },
  { name: 'amount-tiny-fraction', field: 'amount', value: '1e-99999', expect: 'exception', problem: /not a number/ },
  { name: 'amount-infinity', field: 'amount', value: 'Infinity', expect: 'exception' },
  { name: 'amount-nan', field: 'amount', value: 'NaN', expect: 'exception' },
  { name: 'amount-number-1e300', field: 'amount', value: 1e300, expect: 'exception', problem: /^too large/, format: 'xlsx' },
  { name: 'amount-wan', field: 'amount', value: '120万', expect: 'used' },
  { name: 'amount-yi', field: 'amount', value: '1.2亿', expect: 'used' },
  { name: 'amount-yuan-sign', field: 'amount', value: '¥1,200,000.00', expect: 'used' },
  { name: 'amount-full-width', field: 'amount', value: '１２０万', expect: 'used' },
  { name: 'commission-decimal-comma', field: 'commission', value: '1.000,00', expect: 'exception' },
  { name: 'commission-huge', field: 'commission', value: '1e400', expect: 'exception', problem: /^too large/ },
  { name: 'date-serial-1e10', field: 'date', value: 1e10, expect: 'exception', format: 'xlsx' },
  { name: 'date-serial-past-9999', field: 'date', value: 2958466, expect: 'exception', format: 'xlsx' },
  { name: 'date-serial-negative', field: 'date', value: -1, expect: 'exception', format: 'xlsx' },
  { name: 'date-serial-1e300', field: 'date', value: 1e300, expect: 'exception', format: 'xlsx' },
  { name: 'date-boolean', field: 'date', value: true, expect: 'exception', format: 'xlsx' },
  { name: 'date-year-10000', field: 'date', value: '10000-01-01', expect: 'exception' },
  { name: 'date-year-1899', field: 'date', value: '1899-12-31', expect: 'exception' },
  { name: 'date-digits', field: 'date', value: '99999999999', expect: 'exception' },
  { name: 'date-zeros', field: 'date', value: '0000-00-00', expect: 'exception' },
  { name: 'date-blank', field: 'date', value: '', expect: 'exception' },
  { name: 'name-control-chars', field: 'customer', value: '王\u0001\u0002\u001f芳', expect: 'used' },
  { name: 'name-fffe-ffff', field: 'customer', value: '王\uFFFE芳\uFFFF', expect: 'used' },
  { name: 'name-nul', field: 'customer', value: '\u0000王芳', expect: 'used' },
  { name: 'name-lone-surrogate', field: 'customer', value: '王\uD800芳', expect: 'used' },
  { name: 'name-40000-chars', field: 'customer', value: LONG, expect: 'used' },
  { name: 'name-40000-chars-xlsx', field: 'customer', value: LONG, expect: 'used', format: 'xlsx' },
  { name: 'name-formula', field: 'customer', value: '=1+1', expect: 'used' },
  { name: 'name-formula-xlsx', field: 'customer', value: '=1+1', expect: 'used', format: 'xlsx' },
  { name: 'name-cmd', field: 'customer', value: "+cmd|' /C calc'!A0", expect: 'used' },
  { name: 'salesperson-hyperlink', field: 'salesperson', value: '=HYPERLINK("http://example.invalid","点我")', expect: 'used' },
  { name: 'salesperson-minus', field: 'salesperson', value: '-2+3', expect: 'used' },
  { name: 'salesperson-at', field: 'salesperson', value: '@SUM(1)', expect: 'used' },
  { name: 'salesperson-tab', field: 'salesperson', value: 'x\t=1', expect: 'used' },
  { name: 'salesperson-zero-width', field: 'salesperson', value: '李娜\u200b', expect: 'used' },
  { name: 'salesperson-nbsp', field: 'salesperson', value: '李\u00a0娜', expect: 'used' },
  { name: 'salesperson-blank', field: 'salesperson', value: '', expect: 'exception' },
  { name: 'name-xml-specials', field: 'customer', value: '<b>&amp;"\'</b>]]>', expect: 'used' },
  { name: 'name-astral', field: 'customer', value: '𠀀😀王', expect: 'used' },
  { name: 'name-quotes-newlines', field: 'customer', value: 'a,b"c\r\nd', expect: 'used' },
  { name: 'phone-garbage', field: 'phone', value: 'abc', expect: 'exception' },
  { name: 'phone-full-width', field: 'phone', value: '１３８００００１１１１', expect: 'used' },
  { name: 'event-garbage', field: 'event', value: '??', expect: 'exception' },
  { name: 'event-formula', field: 'event', value: '=来访', expect: 'exception' },
];

/** The rows of a case's file: a good visit (row 2), the hostile row (row 3), and for amounts the deal it breaks. */
function caseRows(c: RowCase, n: number): Value[][] {
  const money = c.field === 'amount' || c.field === 'commission';
  // Each case is a customer of its own (its own phone), so that results show what each hostile cell did.
  const phone = `1390000${String(1000 + n)}`;
  const good = [...GOOD];
  good[2] = phone;
  const base = money ? [...DEAL] : [...GOOD];
  base[2] = phone;
  base[FIELDS.indexOf(c.field)] = c.value;
  return [good, base];
}

async function writeXlsx(path: string, rows: Value[][], sheet = '登记'): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r.map((v) => (v === '' ? null : v)));
  await wb.xlsx.writeFile(path);
}

async function inPairs<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]);
    }
  };
  await Promise.all([worker(), worker()]);
  return out;
}

/** Figures of the suite, printed at the end. */
const figures = { inputs: 0, clean: 0, rows: 0, rowsAccounted: 0, parts: 0, csvCells: 0 };

describe('crm-rules run on hostile input', function () {
  this.timeout(300_000);
  const dir = tempDir('hostile');

  after(() => {
    process.stdout.write(`      hostile inputs: ${figures.inputs}, clean (every check passed): ${figures.clean}, rows ${figures.rowsAccounted}/${figures.rows} accounted for, `
      + `${figures.parts} XML parts well-formed, ${figures.csvCells} CSV cells checked\n`);
  });

  it('hostile register cells: each row used or in Exceptions, inputs unchanged, results safe to open', async () => {
    const folder = join(dir, 'registers');
    mkdirSync(folder);
    const files: { c: RowCase; file: string }[] = [];
    for (const [n, c] of ROW_CASES.entries()) {
      const file = `${c.name}.${c.format ?? 'csv'}`;
      if (c.format === 'xlsx') await writeXlsx(join(folder, file), caseRows(c, n));
      else writeFileSync(join(folder, file), `\ufeff${csvText([HEADER, ...caseRows(c, n).map((r) => r.map(String))])}`);
      files.push({ c, file });
    }
    // Whole files of odd shape that are still registers.
    const wide = [...HEADER, ...Array.from({ length: 600 }, (_, i) => `x${i}`)];
    writeFileSync(join(folder, 'wide-600-columns.csv'), csvText([wide, [...GOOD.map(String), ...Array.from({ length: 600 }, () => 'y')]]));
    await writeXlsx(join(folder, 'sheet-name-specials.xlsx'), [GOOD], '登记<&>"');
    writeFileSync(join(folder, 'cr-line-ends.csv'), `${HEADER.join(',')}\r${GOOD.join(',')}\r${GOOD.join(',')}\r`);
    writeFileSync(join(folder, 'header-only.csv'), `${HEADER.join(',')}\r\n`);
    const extra: Record<string, number> = { 'wide-600-columns.csv': 1, 'sheet-name-specials.xlsx': 1, 'cr-line-ends.csv': 2, 'header-only.csv': 0 };
    const names = readdirSync(folder);
    const before = new Map(names.map((n) => [n, sha256(join(folder, n))]));

    for (const lang of ['en', 'zh']) {
      const out = join(dir, `registers-${lang}.xlsx`);
      const csv = join(dir, `registers-${lang}-csv`);
      const run = runCli(['run', folder, '--as-of', '2026-03-31', '--out', out, '--csv', csv, '--lang', lang]);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stderr, '');
      figures.parts += await assertWellFormedParts(out);
      await assertSafeWorkbookCells(out);
      figures.csvCells += assertSafeCsvFolder(csv);
      if (lang === 'zh') continue;

      const exceptions = csvRecords(join(csv, 'Exceptions.csv'));
      for (const { c, file } of files) {
        const listed = exceptions.filter((e) => e.File === file && e.Row === '3');
        if (c.expect === 'exception') {
          assert.ok(listed.length > 0, `${file}: row 3 is not in Exceptions`);
          if (c.problem) assert.ok(listed.some((e) => c.problem!.test(e.Problem)), `${file}: ${JSON.stringify(listed)}`);
        } else {
          assert.deepEqual(listed, [], `${file}: row 3 should be used`);
        }
      }
      // Every data row of every file is counted in the Audit (used rows plus exception rows): none dropped.
      const counted = auditRowCounts(join(csv, 'Audit.csv'));
      for (const name of names) {
        const expected = extra[name] ?? 2;
        assert.equal(counted.get(name), expected, `${name}: rows in the Audit`);
        figures.rows += expected;
        figures.rowsAccounted += counted.get(name)!;
      }
      const owners = csvRecords(join(csv, 'Owners.csv'));
      // The look-alike salespeople are one person, shown as first written.
      assert.equal(owners.filter((o) => o.Owner.startsWith('李') && o.Owner !== '李娜').length, 0);
      // The 40,000-character name is cut, visibly.
      assert.ok(owners.some((o) => /长{1000,}…\[cut: \d+ characters in all\]$/.test(o.Customer)));
    }
    for (const n of names) assert.equal(sha256(join(folder, n)), before.get(n), `${n} changed`);
    figures.inputs += names.length;
    figures.clean += names.length;
  });

  /** Inputs and command lines that must stop the run: exit code, one line naming `names`, no result written. */
  interface StopCase {
    name: string;
    setup?: (d: string) => void | Promise<void>;
    args: (d: string) => string[];
    code: 1 | 2;
    line: RegExp;
  }
  const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
  const policy = (name: string, text: string) => (d: string): void => writeFileSync(join(d, name), text);
  const register = (d: string): void => writeFileSync(join(d, 'ok.csv'), csvText([HEADER, GOOD.map(String)]));
  const withRegister = (more?: (d: string) => void | Promise<void>) => async (d: string): Promise<void> => {
    register(d);
    await more?.(d);
  };
  const STOPS: StopCase[] = [
    { name: 'empty xlsx', setup: (d) => writeFileSync(join(d, 'empty.xlsx'), ''), args: (d) => ['run', join(d, 'empty.xlsx')], code: 1, line: /empty\.xlsx: the file is empty/ },
    { name: 'random bytes as xlsx', setup: (d) => writeFileSync(join(d, 'random.xlsx'), garbage), args: (d) => ['run', join(d, 'random.xlsx')], code: 1, line: /random\.xlsx: / },
    { name: 'zip header then garbage', setup: (d) => writeFileSync(join(d, 'fake.xlsx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), garbage])), args: (d) => ['run', join(d, 'fake.xlsx')], code: 1, line: /fake\.xlsx: / },
    { name: 'random bytes as csv', setup: (d) => writeFileSync(join(d, 'random.csv'), garbage), args: (d) => ['run', join(d, 'random.csv')], code: 1, line: /random\.csv/ },
    { name: 'csv without register header', setup: (d) => writeFileSync(join(d, 'noheader.csv'), '月份,金额\r\n3月,100\r\n'), args: (d) => ['run', join(d, 'noheader.csv')], code: 1, line: /noheader\.csv.*no register header/ },
    { name: 'csv of blank lines', setup: (d) => writeFileSync(join(d, 'blank.csv'), '\r\n\r\n'), args: (d) => ['run', join(d, 'blank.csv')], code: 1, line: /blank\.csv: the file holds no rows/ },
    {
      name: 'workbook without a register', code: 1, line: /notes\.xlsx, sheet 说明, row 1: no register header/, args: (d) => ['run', join(d, 'notes.xlsx')],
      setup: async (d) => { const wb = new ExcelJS.Workbook(); wb.addWorksheet('说明').addRow(['只是说明']); await wb.xlsx.writeFile(join(d, 'notes.xlsx')); },
    },
    { name: 'folder without tables', setup: (d) => mkdirSync(join(d, 'nothing')), args: (d) => ['run', join(d, 'nothing')], code: 1, line: /nothing: the folder holds no \.xlsx or \.csv files/ },
    { name: 'missing file', args: (d) => ['run', join(d, 'missing.csv')], code: 1, line: /missing\.csv: file not found/ },
    { name: 'glob matching nothing', args: (d) => ['run', join(d, 'none-*.csv')], code: 1, line: /none-\*\.csv: no files match/ },
    { name: 'policy of YAML garbage', setup: withRegister(policy('garbage.yaml', ': : :\n- [\n')), args: (d) => ['run', join(d, 'ok.csv'), '--policy', join(d, 'garbage.yaml')], code: 1, line: /garbage\.yaml/ },
    { name: 'policy with unknown key', setup: withRegister(policy('unknown.yaml', 'protect_days: 30\n')), args: (d) => ['run', join(d, 'ok.csv'), '--policy', join(d, 'unknown.yaml')], code: 1, line: /unknown\.yaml.*protect_days/ },
    { name: 'policy with infinite days', setup: withRegister(policy('inf.yaml', 'protection_days: 1e309\n')), args: (d) => ['run', join(d, 'ok.csv'), '--policy', join(d, 'inf.yaml')], code: 1, line: /inf\.yaml.*protection_days/ },
    { name: 'policy with negative days', setup: withRegister(policy('neg.yaml', 'protection_days: -5\n')), args: (d) => ['run', join(d, 'ok.csv'), '--policy', join(d, 'neg.yaml')], code: 1, line: /neg\.yaml.*protection_days/ },
    { name: 'policy asking for a billion decimals', setup: withRegister(policy('dec.yaml', 'decimals: 1000000000\n')), args: (d) => ['run', join(d, 'ok.csv'), '--policy', join(d, 'dec.yaml')], code: 1, line: /dec\.yaml.*decimals/ },
    { name: 'policy percents not summing to 100', setup: withRegister(policy('pct.yaml', 'assist_commission: owner 70 / closer 70\n')), args: (d) => ['run', join(d, 'ok.csv'), '--policy', join(d, 'pct.yaml')], code: 1, line: /pct\.yaml.*assist_commission/ },
    { name: 'policy of broken JSON', setup: withRegister(policy('bad.json', '{"protection_days": ')), args: (d) => ['run', join(d, 'ok.csv'), '--policy', join(d, 'bad.json')], code: 1, line: /bad\.json/ },
    { name: 'policy of another kind', setup: withRegister(policy('rules.txt', 'protection_days=30')), args: (d) => ['run', join(d, 'ok.csv'), '--policy', join(d, 'rules.txt')], code: 1, line: /rules\.txt: a policy is a \.json, \.yaml/ },
    { name: 'missing policy file', setup: withRegister(), args: (d) => ['run', join(d, 'ok.csv'), '--policy', join(d, 'nope.yaml')], code: 1, line: /nope\.yaml: file not found/ },
    { name: 'policy that is a folder', setup: withRegister((d) => mkdirSync(join(d, 'dir.yaml'))), args: (d) => ['run', join(d, 'ok.csv'), '--policy', join(d, 'dir.yaml')], code: 1, line: /dir\.yaml: is a folder, not a file/ },
    { name: 'grade policy of garbage', setup: withRegister(policy('grades.yaml', 'levels: [[[\n')), args: (d) => ['run', join(d, 'ok.csv'), '--grade-policy', join(d, 'grades.yaml')], code: 1, line: /grades\.yaml/ },
    {
      name: 'Rules sheet of garbage', code: 1, line: /Rules!A1: unknown key "garbage"/, args: (d) => ['run', join(d, 'rules.xlsx')],
      setup: async (d) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('登记');
        ws.addRow(HEADER);
        ws.addRow(GOOD);
        wb.addWorksheet('Rules').addRow(['garbage', '%%%']);
        await wb.xlsx.writeFile(join(d, 'rules.xlsx'));
      },
    },
    { name: 'missing metrics file', setup: withRegister(), args: (d) => ['run', join(d, 'ok.csv'), '--metrics', join(d, 'nope.xlsx'), '--grade-preset', 'rfm-5'], code: 1, line: /nope\.xlsx/ },
    { name: 'as-of past 9999', setup: withRegister(), args: (d) => ['run', join(d, 'ok.csv'), '--as-of', '10000-01-01'], code: 2, line: /--as-of: "10000-01-01" is not a date/ },
    { name: 'as-of garbage', setup: withRegister(), args: (d) => ['run', join(d, 'ok.csv'), '--as-of', 'yesterday'], code: 2, line: /--as-of: "yesterday" is not a date/ },
    { name: 'unknown language', setup: withRegister(), args: (d) => ['run', join(d, 'ok.csv'), '--lang', 'fr'], code: 2, line: /--lang/ },
    { name: 'unknown option', setup: withRegister(), args: (d) => ['run', join(d, 'ok.csv'), '--frobnicate'], code: 2, line: /unknown option '--frobnicate'/ },
    { name: 'no input', args: () => ['run'], code: 2, line: /no INPUT given/ },
    { name: 'unknown preset', setup: withRegister(), args: (d) => ['run', join(d, 'ok.csv'), '--preset', 'nosuch', '--out', join(d, 'r.xlsx')], code: 1, line: /nosuch/ },
    { name: 'preset and policy both', setup: withRegister(policy('p.yaml', 'protection_days: 30\n')), args: (d) => ['run', join(d, 'ok.csv'), '--preset', 'realestate', '--policy', join(d, 'p.yaml')], code: 1, line: /either --preset or --policy/ },
    { name: 'out is the input', setup: withRegister(), args: (d) => ['run', join(d, 'ok.csv'), '--out', join(d, 'ok.csv')], code: 2, line: /--out \S+ok\.csv is an input/ },
    { name: 'out is the input, as-of given', setup: withRegister(), args: (d) => ['run', join(d, 'ok.csv'), '--as-of', '2026-03-31', '--out', join(d, 'ok.csv')], code: 2, line: /--out \S+ok\.csv is an input/ },
    { name: 'out is the policy', setup: withRegister(policy('p.yaml', 'protection_days: 30\n')), args: (d) => ['run', join(d, 'ok.csv'), '--policy', join(d, 'p.yaml'), '--out', join(d, 'p.yaml')], code: 2, line: /--out \S+p\.yaml is an input/ },
    { name: 'out inside the input folder', setup: withRegister(), args: (d) => ['run', d, '--out', join(d, 'r.xlsx')], code: 2, line: /--out \S+r\.xlsx lies inside the input folder/ },
    { name: 'csv folder is the input folder', setup: withRegister(), args: (d) => ['run', d, '--out', join(d, '..', 'x.xlsx'), '--csv', d], code: 2, line: /--csv \S+ is an input/ },
    { name: 'csv folder holds the input', setup: withRegister(), args: (d) => ['run', join(d, 'ok.csv'), '--out', join(d, '..', 'y.xlsx'), '--csv', d], code: 2, line: /--csv \S+ holds the input \S+ok\.csv/ },
    { name: 'csv folder a glob would read back', setup: withRegister((d) => mkdirSync(join(d, 'res'))), args: (d) => ['run', join(d, '**', '*.csv'), '--out', join(d, '..', 'z.xlsx'), '--csv', join(d, 'res')], code: 2, line: /--csv \S+res would be read back as input/ },
    { name: 'out is a folder', setup: withRegister((d) => mkdirSync(join(d, 'out.xlsx'))), args: (d) => ['run', join(d, 'ok.csv'), '--out', join(d, 'out.xlsx')], code: 1, line: /out\.xlsx: is a folder; --out names the result workbook file/ },
    { name: 'out through a file', setup: withRegister((d) => writeFileSync(join(d, 'plain'), 'x')), args: (d) => ['run', join(d, 'ok.csv'), '--out', join(d, 'plain', 'r.xlsx')], code: 1, line: /plain: is a file, not a folder/ },
    { name: 'csv folder is a file', setup: withRegister((d) => writeFileSync(join(d, 'csvfile'), 'x')), args: (d) => ['run', join(d, 'ok.csv'), '--out', join(d, 'r.xlsx'), '--csv', join(d, 'csvfile')], code: 1, line: /csvfile: is a file; --csv names a folder/ },
    {
      name: 'csv folder holding other files', code: 1, line: /mine: holds other files than result CSVs \(notes\.txt\)/,
      setup: withRegister((d) => { mkdirSync(join(d, 'mine')); writeFileSync(join(d, 'mine', 'notes.txt'), 'mine'); }),
      args: (d) => ['run', join(d, 'ok.csv'), '--out', join(d, 'r.xlsx'), '--csv', join(d, 'mine')],
    },
    { name: 'out and csv the same', setup: withRegister(), args: (d) => ['run', join(d, 'ok.csv'), '--out', join(d, 'same'), '--csv', join(d, 'same')], code: 2, line: /--out and --csv name the same path/ },
    { name: 'out inside the csv folder', setup: withRegister(), args: (d) => ['run', join(d, 'ok.csv'), '--out', join(d, 'res', 'r.xlsx'), '--csv', join(d, 'res')], code: 2, line: /--out \S+r\.xlsx lies inside the --csv folder \S+res, which is replaced whole/ },
        { name: 'check on a missing file', args: (d) => ['check', join(d, 'missing.yaml')], code: 1, line: /missing\.yaml: (not found|file not found)/ },
    { name: 'check on garbage', setup: policy('g.yaml', ': : :\n- [\n'), args: (d) => ['check', join(d, 'g.yaml')], code: 1, line: /g\.yaml/ },
    { name: 'check on a folder', setup: (d) => mkdirSync(join(d, 'f.yaml')), args: (d) => ['check', join(d, 'f.yaml')], code: 1, line: /f\.yaml: is a folder, not a file/ },
  ];

  it(`${STOPS.length} inputs and command lines that must stop: exit code, one line naming the file, nothing written, inputs unchanged`, async () => {
    const results = await inPairs(STOPS, async (s) => {
      const d = join(dir, `stop-${STOPS.indexOf(s)}`);
      mkdirSync(d, { recursive: true });
      await s.setup?.(d);
      const files = readdirSync(d);
      const before = new Map(files.map((f) => [f, statSync(join(d, f)).isDirectory() ? 'folder' : sha256(join(d, f))]));
      // Run in the case's own folder, so that a run that wrongly succeeds leaves its default result there, seen.
      const run = await runBuiltCli(s.args(d), d);
      return { s, d, run, before };
    });
    const problems: string[] = [];
    for (const { s, d, run, before } of results) {
      const known = problems.length;
      const lines = run.stderr.split('\n').filter(Boolean);
      if (run.code !== s.code) problems.push(`${s.name}: exit ${run.code}, expected ${s.code}: ${run.stderr}`);
      else if (lines.length !== 1 || !/^(crm-rules|error): /.test(lines[0])) problems.push(`${s.name}: not one error line: ${run.stderr}`);
      else if (!s.line.test(lines[0])) problems.push(`${s.name}: ${lines[0]} does not match ${s.line}`);
      for (const [f, hash] of before) {
        if (hash !== 'folder' && sha256(join(d, f)) !== hash) problems.push(`${s.name}: ${f} changed`);
      }
      const left = readdirSync(d).filter((f) => !before.has(f));
      if (left.length > 0) problems.push(`${s.name}: left ${left.join(', ')}`);
      figures.inputs++;
      if (problems.length === known) figures.clean++;
    }
    assert.deepEqual(problems, []);
  });

  it('a full or read-only disk: one line naming the file and the problem in words, no temporary file left', async function () {
    const full = join(dir, 'full');
    const readOnly = join(dir, 'read-only');
    if (!mountTiny(full, 'size=8k')) this.skip();
    try {
      assert.ok(mountTiny(readOnly, 'ro,size=64k'));
      // Enough rows that neither the workbook nor the CSV files fit in 8 KB.
      const input = join(dir, 'disk-register.csv');
      writeFileSync(input, csvText([HEADER, ...Array.from({ length: 300 }, (_, i) => ['2026-03-01', `客户${i}`, `1370000${1000 + i}`, '李娜', '来访', '', ''])]));
      const cases: [string[], RegExp][] = [
        [['run', input, '--as-of', '2026-03-31', '--out', join(full, 'r.xlsx')], /^crm-rules: \S+full\/r\.xlsx: cannot write: no space left on the disk$/],
        [['run', input, '--as-of', '2026-03-31', '--out', join(dir, 'beside.xlsx'), '--csv', join(full, 'csv')], /^crm-rules: \S+full\/csv\/\S+\.csv: cannot write: no space left on the disk$/],
        [['run', input, '--as-of', '2026-03-31', '--out', join(readOnly, 'r.xlsx')], /^crm-rules: \S+read-only\/r\.xlsx: .*the disk is read-only$/],
      ];
      for (const [args, line] of cases) {
        const run = await runBuiltCli(args, dir);
        assert.equal(run.code, 1, run.stderr);
        assert.match(run.stderr.trimEnd(), line);
        assert.deepEqual(readdirSync(full), []);
        figures.inputs++;
        figures.clean++;
      }
    } finally {
      spawnSync('umount', [readOnly]);
      spawnSync('umount', [full]);
    }
  });
});

/** Mount a small tmpfs at `dir` (root only; false where the machine does not allow it). */
function mountTiny(dir: string, options: string): boolean {
  mkdirSync(dir, { recursive: true });
  return spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]).status === 0;
}

/** The Rows column of the Audit's Input files block, by file name. */
function auditRowCounts(path: string): Map<string, number> {
  const rows = new Map<string, number>();
  let inFiles = false;
  for (const r of readCsv(path)) {
    if (r[0] === 'File' && r[3] === 'SHA-256') inFiles = true;
    else if (inFiles && r.length === 4) rows.set(r[0], Number(r[2]));
    else inFiles = false;
  }
  return rows;
}
