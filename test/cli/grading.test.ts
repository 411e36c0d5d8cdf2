/**
 * Grading through the command line: a customers workbook with a grade preset, a Rules sheet's own grade table
 * over metrics derived from the register, and the note row when no grade policy is given.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords, readCsv, runCli, tempDir, writeSpecXlsx } from './helpers';

describe('crm-rules run: grading', function () {
  this.timeout(120_000);
  const dir = tempDir('grade');

  it('grades a customers workbook (--metrics) with a grade preset; the Dashboard counts grades in policy order', () => {
    const csvDir = join(dir, 'sec');
    const run = runCli(['run', '--metrics', join('samples', 'securities', 'securities-customers-2026-03.xlsx'),
      '--grade-preset', 'securities-4tier', '--as-of', '2026-03-31', '--out', join(dir, 'sec.xlsx'), '--csv', csvDir]);
    assert.equal(run.code, 0, run.stderr);
    const grades = new Map(csvRecords(join(csvDir, 'Grades.csv')).map((g) => [g['Customer Key'], g]));
    const wang = grades.get('13601010001')!;
    assert.equal(wang.Grade, 'VIP');
    assert.match(wang.Reason, /avg_assets/);
    assert.equal(grades.get('13601010004')!.Grade, '核心A');
    const dash = readCsv(join(csvDir, 'Dashboard.csv'));
    const start = dash.findIndex((r) => r[0] === 'Grade distribution');
    const end = dash.findIndex((r, i) => i > start + 1 && r.length === 1); // the next block's title
    const shown = dash.slice(start + 2, end);
    assert.deepEqual(shown.slice(0, 2).map((r) => r[0]), ['VIP', '核心A']);
    const counted = shown.reduce((n, r) => n + Number(r[1]), 0);
    assert.equal(counted, grades.size);
  });

  it("uses the Rules sheet's grade table over metrics derived from the register", async () => {
    const input = join(dir, 'rules.xlsx');
    await writeSpecXlsx(input, {
      rules: [
        ['preset', 'realestate'],
        [],
        ['sales_total', 'grade'],
        ['>=1000000', 'A'],
        ['>0', 'B'],
        ['-', 'C'],
      ],
    });
    const csvDir = join(dir, 'rules-csv');
    const run = runCli(['run', input, '--as-of', '2026-03-31', '--out', join(dir, 'rules-out.xlsx'), '--csv', csvDir]);
    assert.equal(run.code, 0, run.stderr);
    const grades = new Map(csvRecords(join(csvDir, 'Grades.csv')).map((g) => [g['Customer Key'], g.Grade]));
    assert.deepEqual(Object.fromEntries(grades), { 13500005555: 'C', 13600004444: 'A', 13700003333: 'C', 13900002222: 'B' });
    const audit = readCsv(join(csvDir, 'Audit.csv')).map((r) => r.join('|'));
    assert.ok(audit.some((l) => /^Grade policy\|rules\.xlsx Rules sheet/.test(l)), audit.join('\n'));
  });

  it('without a grade policy the Grades sheet holds one note row saying how to give one', () => {
    const csvDir = join(dir, 'none');
    const run = runCli(['run', join('samples', 'spec-example.csv'), '--out', join(dir, 'none.xlsx'), '--csv', csvDir]);
    assert.equal(run.code, 0, run.stderr);
    const rows = readCsv(join(csvDir, 'Grades.csv'));
    assert.equal(rows.length, 2);
    assert.match(rows[1][0], /No grade policy: give --grade-preset/);
  });

  it('--previous that is no result names the file and what it expected; a bad --review-date is a usage error', () => {
    const notGrades = join(dir, 'not-grades.csv');
    writeFileSync(notGrades, '\ufeff客户,电话\r\n张伟,13800001111\r\n');
    const run = runCli(['run', '--metrics', join('samples', 'securities', 'securities-customers-2026-03.xlsx'), '--grade-preset', 'securities-4tier',
      '--as-of', '2026-03-31', '--previous', notGrades, '--out', join(dir, 'bad-previous.xlsx')]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^crm-rules: not-grades\.csv: row 1: expected a Grades header with Customer Key \(客户编号\) and Grade \(等级\); found 客户, 电话\n$/);
    const bad = runCli(['run', '--metrics', join('samples', 'securities', 'securities-customers-2026-03.xlsx'), '--grade-preset', 'securities-4tier',
      '--as-of', '2026-03-31', '--review-date', '31/12/2026', '--out', join(dir, 'bad-review.xlsx')]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--review-date: "31\/12\/2026" is not a date; expected YYYY-MM-DD/);
  });
});
