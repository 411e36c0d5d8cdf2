/**
 * Determinism and calendar dates: two runs give byte-identical CSVs and identical workbook cells; the time zone
 * of the machine never shifts a date; several files form one register with `file:row` names; 1904-date
 * workbooks read right.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPEC_HEADER, SPEC_ROWS, csvRecords, csvText, runCli, tempDir, workbookValues, writeSpecXlsx } from './helpers';

function csvBytes(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'hex')]));
}

describe('crm-rules run: determinism and dates', function () {
  this.timeout(180_000);
  const dir = tempDir('det');
  const input = join(dir, 'register.xlsx');
  before(() => writeSpecXlsx(input));

  it('two runs give byte-identical CSVs and identical workbook values (except the run time)', async () => {
    for (const n of [1, 2]) {
      const run = runCli(['run', input, '--out', join(dir, `run${n}.xlsx`), '--csv', join(dir, `csv${n}`)]);
      assert.equal(run.code, 0, run.stderr);
    }
    assert.deepEqual(csvBytes(join(dir, 'csv1')), csvBytes(join(dir, 'csv2')));
    const [a, b] = [await workbookValues(join(dir, 'run1.xlsx')), await workbookValues(join(dir, 'run2.xlsx'))];
    const withoutRunTime = (book: Record<string, unknown[][]>) => ({ ...book, Audit: book.Audit.filter((r) => r[0] !== 'Run time') });
    assert.deepEqual(withoutRunTime(a), withoutRunTime(b));
  });

  it('dates do not shift with the time zone (Asia/Shanghai, America/New_York, UTC)', () => {
    const outputs = ['Asia/Shanghai', 'America/New_York', 'UTC'].map((tz) => {
      const csvDir = join(dir, `tz-${tz.replace('/', '-')}`);
      const run = runCli(['run', input, '--out', join(dir, `tz-${tz.replace('/', '-')}.xlsx`), '--csv', csvDir], { TZ: tz });
      assert.equal(run.code, 0, run.stderr);
      return csvBytes(csvDir);
    });
    assert.deepEqual(outputs[0], outputs[2]);
    assert.deepEqual(outputs[1], outputs[2]);
    const owners = csvRecords(join(dir, 'tz-Asia-Shanghai', 'Owners.csv'));
    assert.equal(owners.find((o) => o['Customer Key'] === '13600004444')!['Owner Since'], '2026-03-01');
  });

  it('reads a 1904-date workbook as the same calendar dates', () => {
    const path = join(dir, 'mac.xlsx');
    return writeSpecXlsx(path, { date1904: true }).then(() => {
      const run = runCli(['run', path, '--as-of', '2026-03-31', '--out', join(dir, 'mac-out.xlsx'), '--csv', join(dir, 'mac-csv')], { TZ: 'America/New_York' });
      assert.equal(run.code, 0, run.stderr);
      const owners = csvRecords(join(dir, 'mac-csv', 'Owners.csv'));
      const liu = owners.find((o) => o['Customer Key'] === '13900002222')!;
      assert.deepEqual([liu.Owner, liu['Owner Since'], liu['Protected Until']], ['孙杰', '2026-02-20', '2026-03-22']);
    });
  });

  it('several files (a folder) form one register whose rows are named file:row', () => {
    const folder = join(dir, 'months');
    mkdirSync(folder);
    writeFileSync(join(folder, '1-jan-feb.csv'), csvText([SPEC_HEADER, ...SPEC_ROWS.slice(7)]));
    writeFileSync(join(folder, '2-mar.csv'), csvText([SPEC_HEADER, ...SPEC_ROWS.slice(0, 7)]));
    const csvDir = join(dir, 'months-csv');
    // A result inside the input folder would be read back as input next time: refused before anything is written.
    const inside = runCli(['run', folder, '--as-of', '2026-03-31', '--out', join(folder, 'result.xlsx')]);
    assert.equal(inside.code, 2);
    assert.match(inside.stderr, /^crm-rules: --out \S+result\.xlsx lies inside the input folder \S+months; write the result somewhere else\n$/);
    assert.equal(existsSync(join(folder, 'result.xlsx')), false);
    const out = join(dir, 'months.xlsx');
    for (const _ of [1, 2]) {
      const run = runCli(['run', folder, '--as-of', '2026-03-31', '--out', out, '--csv', csvDir]);
      assert.equal(run.code, 0, run.stderr);
    }
    const splits = csvRecords(join(csvDir, 'Splits.csv'));
    assert.deepEqual(splits.map((s) => [s['Deal Row'], s.Party, s['Commission Amount']]), [
      ['1-jan-feb.csv:4', '孙杰', '8000.00'],
      ['2-mar.csv:8', '李娜', '5000.01'],
      ['2-mar.csv:8', '王强', '5000.00'],
    ]);
    const audit = readFileSync(join(csvDir, 'Audit.csv'), 'utf8');
    assert.match(audit, /1-jan-feb\.csv,,3,[0-9a-f]{64}/);
    assert.match(audit, /2-mar\.csv,,7,[0-9a-f]{64}/);
    assert.doesNotMatch(audit, /result\.xlsx|Run time/);
  });
});
