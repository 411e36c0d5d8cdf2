/**
 * Bad input through the real command line: files that cannot be read end with one line naming the file and the
 * problem (exit 1); rows that cannot be used land in Exceptions with file, row, column, value and why (exit 0).
 * The input file is never modified.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPEC_HEADER, SPEC_ROWS, csvRecords, csvText, runCli, sha256, tempDir } from './helpers';

/** A minimal OLE2 compound file header: what an encrypted .xlsx (or a legacy .xls) starts with. */
function compoundFile(): Buffer {
  const b = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  b.writeUInt16LE(0x003e, 24); // minor version
  b.writeUInt16LE(0x0003, 26); // major version 3
  b.writeUInt16LE(0xfffe, 28); // little-endian byte order mark
  b.writeUInt16LE(9, 30); // 512-byte sectors
  return b;
}

describe('crm-rules run on bad input', function () {
  this.timeout(120_000);
  const dir = tempDir('bad');

  const unreadable: [string, Buffer | string, RegExp][] = [
    ['empty.xlsx', Buffer.alloc(0), /empty\.xlsx: the file is empty/],
    ['protected.xlsx', compoundFile(), /protected\.xlsx: password-protected workbook or old \.xls/],
    ['corrupt.xlsx', Buffer.from('PK\u0003\u0004 this is not really a zip archive at all'), /corrupt\.xlsx: not a readable \.xlsx workbook/],
    ['text.xlsx', 'hello, world', /text\.xlsx: not a valid \.xlsx workbook/],
    ['noheader.csv', csvText([['月份', '金额'], ['3月', '100']]), /noheader\.csv.*no register header: missing column date \(日期\)/],
    ['blank.csv', '\r\n\r\n', /blank\.csv: the file holds no rows/],
  ];
  for (const [name, content, message] of unreadable) {
    it(`${name}: one line naming the file and the problem, exit 1, input unchanged`, () => {
      const path = join(dir, name);
      writeFileSync(path, content);
      const before = sha256(path);
      const run = runCli(['run', path, '--out', join(dir, `${name}.out.xlsx`)]);
      assert.equal(run.code, 1, run.stderr);
      const lines = run.stderr.trim().split('\n');
      assert.equal(lines.length, 1, run.stderr);
      assert.match(lines[0], message);
      assert.equal(sha256(path), before);
    });
  }

  it('a missing file or an empty glob is an error naming it', () => {
    const missing = runCli(['run', join(dir, 'nope.xlsx')]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /nope\.xlsx: file not found/);
    const glob = runCli(['run', join(dir, 'none-*.csv')]);
    assert.equal(glob.code, 1);
    assert.match(glob.stderr, /none-\*\.csv: no files match/);
  });

  it('an invalid policy or unknown preset is one line naming the key and value, exit 1', () => {
    const input = join(dir, 'ok.csv');
    writeFileSync(input, csvText([SPEC_HEADER, ...SPEC_ROWS]));
    const policy = join(dir, 'bad.yaml');
    writeFileSync(policy, 'protection_days: thirty\n');
    const bad = runCli(['run', input, '--policy', policy, '--out', join(dir, 'p.xlsx')]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr.trim(), /^crm-rules: bad\.yaml: key protection_days: value "thirty" is not allowed/);
    const preset = runCli(['run', input, '--preset', 'nosuch', '--out', join(dir, 'p.xlsx')]);
    assert.equal(preset.code, 1);
    assert.match(preset.stderr, /unknown ownership preset "nosuch"/);
    const date = runCli(['run', input, '--as-of', '31/03/2026']);
    assert.equal(date.code, 2);
    assert.match(date.stderr, /--as-of: "31\/03\/2026" is not a date/);
  });

  it('unusable rows go to Exceptions with file, row, column, value and problem; good rows still count', () => {
    const rows = [
      SPEC_HEADER,
      ['2026-03-01', '张伟', '13800001111', '', '李娜', '来访', '', '', '', '', ''],
      ['2026-03-02', '王芳', '13600004444', '', '吴磊', '喝茶', '', '', '', '', ''],
      ['2026-13-45', '周敏', '13500005555', '', '吴磊', '来访', '', '', '', '', ''],
      ['2026-03-04', '陈静', '13700003333', '', '', '来访', '', '', '', '', ''],
      ['2026-03-05', '张伟', '13800001111', '', '李娜', '成交', '', '', '', '一百万', ''],
      ['2026-03-06', '张伟', '13800001111', '', '李娜', '成交', '', '', '', '-5000.00', '-50.00'],
    ];
    const input = join(dir, 'rows.csv');
    writeFileSync(input, csvText(rows));
    const before = sha256(input);
    const csvDir = join(dir, 'rows-out');
    const run = runCli(['run', input, '--out', join(dir, 'rows.xlsx'), '--csv', csvDir]);
    assert.equal(run.code, 0, run.stderr);
    const ex = csvRecords(join(csvDir, 'Exceptions.csv'));
    const byRow = (r: string) => ex.find((e) => e.Row === r)!;
    assert.deepEqual([byRow('3').File, byRow('3').Column, byRow('3').Value], ['rows.csv', '类型', '喝茶']);
    assert.match(byRow('3').Problem, /unknown event word/);
    assert.deepEqual([byRow('4').Column, byRow('4').Value], ['日期', '2026-13-45']);
    assert.match(byRow('4').Problem, /not a date/);
    assert.deepEqual([byRow('5').Column, byRow('5').Problem], ['销售员', 'missing salesperson']);
    assert.deepEqual([byRow('6').Column, byRow('6').Value], ['金额', '一百万']);
    assert.match(byRow('6').Problem, /not a number/);
    assert.equal(ex.length, 4);
    // A negative amount (refund) is a usable deal row and splits like a positive one.
    const splits = csvRecords(join(csvDir, 'Splits.csv'));
    assert.deepEqual(splits.map((s) => [s['Deal Row'], s.Amount, s['Commission Amount']]), [['7', '-5000.00', '-50.00']]);
    assert.equal(sha256(input), before);
  });
});
