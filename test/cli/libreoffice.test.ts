/**
 * The result workbook opens in a real spreadsheet application: LibreOffice (headless) converts it to CSV and to
 * PDF; the values, and the Dashboard's charts (their titles and axis labels), must come out. Skipped with a clear
 * message when LibreOffice is not installed — except on CI, where it must be.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { runCli, tempDir, writeSpecXlsx } from './helpers';

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

describe('result workbook in LibreOffice', function () {
  this.timeout(300_000);
  const dir = tempDir('lo');
  const out = join(dir, 'result.xlsx');
  const soffice = (args: string[]): void => {
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', ...args, '--outdir', dir, out],
      { stdio: 'pipe', timeout: 240_000 });
  };

  before(async function () {
    if (!has('soffice')) {
      if (process.env.CI) throw new Error('LibreOffice (soffice) is required on CI');
      console.log('      (skipped: LibreOffice soffice is not installed)');
      this.skip();
    }
    const input = join(dir, 'register.xlsx');
    await writeSpecXlsx(input);
    const run = runCli(['run', input, '--as-of', '2026-03-31', '--out', out]);
    assert.equal(run.code, 0, run.stderr);
  });

  it('converts to CSV with the Owners values (the first sheet)', () => {
    soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76']);
    const rows = Papa.parse<string[]>(readFileSync(join(dir, 'result.csv'), 'utf8')).data;
    assert.deepEqual(rows[0].slice(0, 5), ['Customer Key', 'Customer', 'Phone', 'Household', 'Owner']);
    const h01 = rows.find((r) => r[0] === '13600004444')!;
    assert.deepEqual([h01[4], h01[6], h01[8]], ['李娜', 'protected', '2026-03-31']);
  });

  it('renders the Dashboard with its charts to PDF', function () {
    soffice(['--convert-to', 'pdf']);
    if (!has('pdftotext')) {
      console.log('      (PDF text check skipped: pdftotext from poppler-utils is not installed)');
      this.skip();
    }
    const text = execFileSync('pdftotext', [join(dir, 'result.pdf'), '-'], { encoding: 'utf8' });
    assert.ok(text.includes('Summary as of 2026-03-31'));
    // These two titles exist only inside the charts: their presence means LibreOffice drew the charts.
    assert.ok(text.includes('Credit per salesperson'), 'the credit chart is not drawn');
    assert.ok(text.includes('Commission per salesperson'), 'the commission chart is not drawn');
    // Once as the table heading, once as the chart title.
    assert.equal(text.split('Conflicts per salesperson').length - 1, 2, 'the conflicts chart is not drawn');
  });
});
