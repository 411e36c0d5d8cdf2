/**
 * SPEC §9 through the real command line: the worked example as .xlsx, UTF-8 CSV (with and without BOM) and GBK
 * CSV gives the §9 owners, splits and conflict, read back from the result workbook and the CSV export.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPEC_HEADER, SPEC_ROWS, csvRecords, csvText, gbkBytes, runCli, tempDir, workbookValues, writeSpecXlsx } from './helpers';

function assertSpecAnswers(csvDir: string): void {
  const owners = new Map(csvRecords(join(csvDir, 'Owners.csv')).map((o) => [o['Customer Key'], o]));
  const h01 = owners.get('13600004444')!; // the household's smallest phone
  assert.equal(h01.Owner, '李娜');
  // 002 房地产 四: one month from the first reception, no renewal and no lock (SPEC §9's renewal and lock are superseded).
  assert.equal(h01.Status, 'protected');
  assert.equal(h01['Protected Until'], '2026-03-31');
  assert.match(h01.Reason, /row 2/);
  assert.equal(owners.get('13500005555')!.Owner, '周婷');
  assert.equal(owners.get('13700003333')!.Owner, '李娜');
  const liu = owners.get('13900002222')!;
  assert.equal(liu.Owner, '孙杰');
  assert.equal(liu['Protected Until'], '2026-03-22');

  const splits = csvRecords(join(csvDir, 'Splits.csv'));
  const row8 = splits.filter((s) => s['Deal Row'] === '8');
  assert.deepEqual(row8.map((s) => [s.Party, s['Credit Amount'], s['Commission Amount']]), [
    ['李娜', '0.00', '5000.01'],
    ['王强', '1000000.00', '5000.00'],
  ]);
  const row11 = splits.filter((s) => s['Deal Row'] === '11');
  assert.deepEqual(row11.map((s) => [s.Party, s['Credit Share'], s['Commission Amount']]), [['孙杰', '100', '8000.00']]);

  const conflicts = csvRecords(join(csvDir, 'Conflicts.csv'));
  assert.equal(conflicts.length, 1);
  assert.equal(conflicts[0].Kind, 'closer not owner');
  assert.match(conflicts[0].Rows, /\b8\b/);
  assert.equal(csvRecords(join(csvDir, 'Exceptions.csv')).length, 0);
}

describe('crm-rules run on the SPEC §9 register', function () {
  this.timeout(120_000);
  const dir = tempDir('spec');

  it('reads a real .xlsx (date cells, a notes sheet first) and writes the §9 answers to workbook and CSV', async () => {
    const input = join(dir, 'register.xlsx');
    await writeSpecXlsx(input);
    const out = join(dir, 'result.xlsx');
    const run = runCli(['run', input, '--as-of', '2026-03-31', '--out', out, '--csv', join(dir, 'xlsx-csv')]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /4 customers, 2 deals, 1 conflicts, 0 exceptions/);
    assertSpecAnswers(join(dir, 'xlsx-csv'));

    const book = await workbookValues(out);
    assert.deepEqual(Object.keys(book), ['Owners', 'Splits', 'Grades', 'Conflicts', 'Exceptions', 'Dashboard', 'Audit']);
    assert.deepEqual(book.Owners[0].slice(0, 5), ['Customer Key', 'Customer', 'Phone', 'Household', 'Owner']);
    const h01 = book.Owners.find((r) => r[0] === '13600004444')!;
    assert.equal(h01[4], '李娜');
    assert.equal(h01[8], '2026-03-31'); // a real date cell, not text
    const commission = book.Splits.filter((r) => r[0] === 8).map((r) => r[9]);
    assert.deepEqual(commission, [5000.01, 5000]);
    const audit = book.Audit.map((r) => r.join('|'));
    assert.ok(audit.some((l) => l.startsWith('As of|2026-03-31')));
    assert.ok(audit.some((l) => l.startsWith('register.xlsx|登记|10|')), audit.join('\n'));
    assert.ok(audit.some((l) => l.startsWith('Run time|')));
  });

  it('reads UTF-8 CSV with and without BOM, and GBK CSV, with identical results', () => {
    const text = csvText([SPEC_HEADER, ...SPEC_ROWS]);
    const inputs = {
      'utf8.csv': Buffer.from(text, 'utf8'),
      'utf8-bom.csv': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
      'gbk.csv': gbkBytes(text),
    };
    for (const [name, bytes] of Object.entries(inputs)) {
      writeFileSync(join(dir, name), bytes);
      const csvDir = join(dir, `${name}-out`);
      const run = runCli(['run', join(dir, name), '--as-of', '2026-03-31', '--out', join(dir, `${name}.xlsx`), '--csv', csvDir]);
      assert.equal(run.code, 0, `${name}: ${run.stderr}`);
      assertSpecAnswers(csvDir);
    }
  });

  it('gives Chinese headers and sheet names with --lang zh', async () => {
    const input = join(dir, 'register.xlsx');
    const out = join(dir, 'zh.xlsx');
    const run = runCli(['run', input, '--as-of', '2026-03-31', '--out', out, '--lang', 'zh']);
    assert.equal(run.code, 0, run.stderr);
    const book = await workbookValues(out);
    assert.deepEqual(Object.keys(book), ['归属', '分成', '分级', '撞单', '异常', '看板', '审计']);
    assert.equal(book['归属'][0][4], '归属人');
  });

  it("uses the input workbook's Rules sheet, and --preset over it", async () => {
    const input = join(dir, 'rules.xlsx');
    await writeSpecXlsx(input, { rules: [['preset', 'showroom-70-30']] });
    const sheetRun = runCli(['run', input, '--as-of', '2026-03-31', '--out', join(dir, 'r1.xlsx'), '--csv', join(dir, 'r1')]);
    assert.equal(sheetRun.code, 0, sheetRun.stderr);
    const split70 = csvRecords(join(dir, 'r1', 'Splits.csv')).filter((s) => s['Deal Row'] === '8');
    assert.deepEqual(split70.map((s) => s['Commission Amount']), ['7000.01', '3000.00']);
    const presetRun = runCli(['run', input, '--preset', 'realestate', '--as-of', '2026-03-31', '--out', join(dir, 'r2.xlsx'), '--csv', join(dir, 'r2')]);
    assert.equal(presetRun.code, 0, presetRun.stderr);
    assertSpecAnswers(join(dir, 'r2'));
  });
});
