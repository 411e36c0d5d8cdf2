/**
 * CSV registers as real exports write them: a stray quote marks its own row instead of swallowing the file,
 * UTF-16 with a BOM (Excel's "Unicode Text", tab-separated) is read, the encoding is decided on the whole file (GBK
 * past the first megabyte), a file mixing encodings is refused naming the lines, and a decimal-comma amount is
 * refused rather than misread.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../../engine/io';
import { gbkBytes, tempDir } from '../cli/helpers';

const HEADER = '日期,客户,电话,销售员,类型,金额';

describe('CSV register reader', () => {
  const dir = tempDir('csv-reader');

  it('turns a stray quote into an exception for its row and reads the rows it would have swallowed', async () => {
    const path = join(dir, 'quote.csv');
    writeFileSync(path, [HEADER, '2026-03-01,张伟,13800001111,李娜,来访,', '2026-03-02,"王芳,13600004444,吴磊,来访,',
      '2026-03-03,周敏,13500005555,吴磊,来访,', '2026-03-04,陈静,13700003333,王强,来访,', ''].join('\r\n'));
    const { register, files } = await readInputs([path]);
    assert.deepEqual(register.rows().map((r) => [r.row, r.customer]), [[2, '张伟'], [4, '周敏'], [5, '陈静']]);
    assert.equal(register.exceptions.length, 1);
    assert.equal(register.exceptions[0].row, 3);
    assert.equal(register.exceptions[0].problemMessages?.[0].id, 'input.csv-row-broken');
    assert.match(register.exceptions[0].problem, /never closed/);
    assert.equal(files[0].counts.read, files[0].counts.used + files[0].counts.exceptions + files[0].counts.blank);
    assert.deepEqual(files[0].counts, { read: 5, used: 3, exceptions: 1, blank: 1 });
  });

  it('reads UTF-16 LE and BE with a BOM, tab-separated as Excel saves "Unicode Text"', async () => {
    const text = `${HEADER.replace(/,/g, '\t')}\r\n2026-03-01\t张伟\t13800001111\t李娜\t来访\t\r\n`;
    const le = join(dir, 'le.txt');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const be = join(dir, 'be.txt');
    const swapped = Buffer.from(text, 'utf16le');
    swapped.swap16();
    writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), swapped]));
    for (const path of [le, be]) {
      const { register } = await readInputs([path]);
      assert.deepEqual(register.rows().map((r) => [r.customer, r.salesperson]), [['张伟', '李娜']], path);
    }
  });

  it('decides the encoding on the whole file: GBK after a megabyte of plain ASCII rows', async () => {
    const path = join(dir, 'late-gbk.csv');
    const ascii = Array.from({ length: 30_000 }, (_, i) => `2026-03-01,Zhang${i},138${String(i).padStart(8, '0')},Li,visit,`).join('\r\n');
    const gbk = gbkBytes('\r\n2026-03-02,王芳,13600004444,吴磊,来访,\r\n');
    writeFileSync(path, Buffer.concat([gbkBytes(`${HEADER}\r\n`), Buffer.from(ascii), gbk]));
    assert.ok(ascii.length > 1 << 20);
    const { register } = await readInputs([path]);
    assert.equal(register.exceptions.length, 0);
    assert.equal(register.rows().at(-1)!.customer, '王芳');
  });

  it('refuses a file that is UTF-8 Chinese in one place and GBK in another, naming both lines', async () => {
    const path = join(dir, 'mixed.csv');
    writeFileSync(path, Buffer.concat([Buffer.from(`${HEADER}\r\n2026-03-01,张伟,13800001111,李娜,来访,\r\n`), gbkBytes('2026-03-02,王芳,13600004444,吴磊,来访,\r\n')]));
    await assert.rejects(readInputs([path]), /^InputError: mixed\.csv: the file mixes encodings: line 1 is UTF-8 text but line 3 is not/);
  });

  it('refuses a decimal-comma amount with an exception instead of reading 1.000,00 as 1.00', async () => {
    const path = join(dir, 'comma.csv');
    writeFileSync(path, `${HEADER}\r\n2026-03-25,张伟,13800001111,王强,成交,"1.000,00"\r\n`);
    const { register } = await readInputs([path]);
    assert.equal(register.size, 0);
    assert.deepEqual(register.exceptions.map((e) => [e.row, e.column, e.value]), [[2, '金额', '1.000,00']]);
  });
});
