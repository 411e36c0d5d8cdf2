/**
 * Test helpers for shipped workbooks: a worksheet as a Cell table (as the batch runner sees it), and a headless
 * LibreOffice conversion to CSV, which proves a file opens in a real spreadsheet application.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Cell } from '../../engine/core/types';
import { cellOfValue } from '../../engine/io/xlsx-cells';
import { tempDir } from '../temp-dirs';

/** A worksheet as a dense table of core cells; row i is spreadsheet row i + 1. */
export function sheetTable(sheet: ExcelJS.Worksheet): Cell[][] {
  const table: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    while (table.length < n - 1) table.push([]);
    table.push(((row.values as unknown[]) ?? []).slice(1).map(cellOfValue));
  });
  return table;
}

/** Whether LibreOffice is installed; in CI it must be. */
export function hasLibreOffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    if (process.env.CI) throw new Error('soffice (LibreOffice) is required in CI but was not found');
    return false;
  }
}

/** A mocha `before` hook that skips the suite, saying so, when LibreOffice is missing outside CI. */
export function requireLibreOffice(this: Mocha.Context): void {
  if (!hasLibreOffice()) {
    console.log('      (soffice not installed: LibreOffice checks skipped)');
    this.skip();
  }
}

/**
 * Convert a workbook's first sheet (or a CSV file) to UTF-8 CSV with headless LibreOffice, using a fresh user
 * profile, and return the parsed rows. Throws when the conversion fails or writes nothing.
 */
export function libreOfficeCsv(path: string, inputEncoding?: 'gbk' | 'utf8'): string[][] {
  const dir = tempDir('crm-soffice-');
  try {
    // Filter options: comma, double quote, UTF-8 (76) out; for a GBK CSV the input charset is GBK (code page 936, LibreOffice's number 56).
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1';
    const args = ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`];
    // A CSV's input charset: GBK (code page 936, LibreOffice's number 56) or UTF-8 (76), which it does not assume.
    if (inputEncoding) args.push(`--infilter=Text - txt - csv (StarCalc):44,34,${inputEncoding === 'gbk' ? 56 : 76},1`);
    args.push('--convert-to', filter, '--outdir', join(dir, 'out'), path);
    execFileSync('soffice', args, { stdio: 'pipe', timeout: 120_000 });
    const out = join(dir, 'out', basename(path).replace(/\.[^.]+$/, '.csv'));
    const text = readFileSync(out, 'utf8');
    return Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
