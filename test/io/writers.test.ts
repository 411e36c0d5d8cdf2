/**
 * The SPEC §9 register as saved by other programs (test/io/writers, built by its build.ts): exceljs, SheetJS,
 * LibreOffice (also in the 1904 date system), openpyxl (plain and iso_dates), XlsxWriter (normal, and
 * constant_memory with rich text) and a ClosedXML-style x:-prefixed package with phonetic guides and cells
 * without references. Each must give byte for byte the Owners and Splits CSV of the register saved as CSV, with
 * no exceptions and every row accounted for in the Audit.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../engine/cli/main';
import { readInputs } from '../../engine/io';
import { SPEC_HEADER, SPEC_ROWS, csvText, tempDir } from '../cli/helpers';

const WRITERS = join(__dirname, 'writers');
const FIXTURES = ['exceljs', 'sheetjs', 'libreoffice', 'libreoffice-1904', 'openpyxl', 'openpyxl-iso-dates', 'xlsxwriter',
  'xlsxwriter-constant-memory', 'closedxml-x-prefix'];

describe('the SPEC §9 register saved by other programs', function () {
  this.timeout(120_000);
  const dir = tempDir('writers');

  /** Run the batch runner quietly on `input`; returns the CSV folder. */
  async function run(input: string, name: string): Promise<string> {
    const csv = join(dir, `${name}-csv`);
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      const code = await main(['run', input, '--as-of', '2026-03-31', '--out', join(dir, `${name}.xlsx`), '--csv', csv]);
      assert.equal(code, 0, name);
    } finally {
      process.stdout.write = write;
    }
    return csv;
  }

  let expected: { owners: string; splits: string };
  before(async () => {
    const input = join(dir, 'register.csv');
    writeFileSync(input, csvText([SPEC_HEADER, ...SPEC_ROWS]));
    const csv = await run(input, 'csv');
    expected = { owners: readFileSync(join(csv, 'Owners.csv'), 'utf8'), splits: readFileSync(join(csv, 'Splits.csv'), 'utf8') };
    assert.match(expected.owners, /李娜/);
  });

  for (const name of FIXTURES) {
    it(`${name}: the same owners and splits as the CSV, no exceptions, every row accounted for`, async () => {
      const input = join(WRITERS, `${name}.xlsx`);
      const { register, files } = await readInputs([input]);
      assert.deepEqual(register.exceptions, []);
      assert.deepEqual(files[0].counts, { read: 10, used: 10, exceptions: 0, blank: 0 });
      assert.equal(files[0].headerRow, 1);
      const csv = await run(input, name);
      assert.equal(readFileSync(join(csv, 'Owners.csv'), 'utf8'), expected.owners);
      assert.equal(readFileSync(join(csv, 'Splits.csv'), 'utf8'), expected.splits);
    });
  }
});
