import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlainCsv } from '../../engine/io/plain-csv';
import { readPreviousGrades } from '../../engine/io/previous-grades';
import { gbkBytes } from '../cli/helpers';
import { tempDir } from '../temp-dirs';

const HEADER = 'Customer Key,Customer,Grade,Previous Grade,Score,Graded On,Review,Next Review,Override,Blacklisted On,Opened On,First Seen,Reason';
const LINES = [
  HEADER,
  'C001,张三,VIP,,,2026-05-31,,2026-06-30,,,,2025-01-01,rules',
  'C002,,BLACKLIST,,,2026-05-31,,,,2026-01-20,,,x',
  '',
  'C003,,合格,,,2026-05-31,,,优选,,2026-03-01,,held; until 2026-06-30',
  'C004,,优选,,,not a day,,,,,,,',
  'C001,,合格,,,2026-05-31,,,,,,,again',
  'C005,,VIP',
];

describe('previous grades from a Grades.csv', () => {
  let dir: string;
  before(() => { dir = tempDir('crm-previous-'); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const read = async (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    const p = await readPreviousGrades(path);
    return { byKey: [...p.byKey], asOf: p.asOf, exceptions: p.exceptions.map((e) => ({ ...e, file: '' })) };
  };

  it('reads a plain export (LF or CRLF) as the general CSV reader reads the same rows with a quoted field', async () => {
    const plain = await read('plain.csv', `\ufeff${LINES.join('\r\n')}\r\n`);
    const lf = await read('lf.csv', `${LINES.join('\n')}\n`);
    // A quoted reason sends the file through the general reader (papaparse) from its first row.
    const quoted = await read('quoted.csv', `${LINES.map((l, i) => (i === 5 ? `${l}"quoted, reason"` : l)).join('\r\n')}\r\n`);
    assert.deepEqual(plain, quoted);
    assert.deepEqual(lf, quoted);
    assert.equal(plain.byKey.length, 5);
    assert.deepEqual(plain.byKey[2], ['C003', { grade: '合格', gradedOn: 20604, override: '优选', blacklistedOn: null, openedOn: 20513, firstSeenOn: null, joined: false }]);
    assert.deepEqual(plain.exceptions.map((e) => [e.row, e.column]), [[6, 'gradedOn'], [7, 'Customer Key']]);
  });

  it('a semicolon export is split at its semicolons (the delimiter the general reader guesses)', async () => {
    const semi = await read('semi.csv', `${LINES.slice(0, 3).map((l) => l.replace(/,/g, ';')).join('\n')}\n`);
    assert.deepEqual(semi.byKey.map(([k, p]) => [k, p.grade]), [['C001', 'VIP'], ['C002', 'BLACKLIST']]);
  });

  /** The file read on its bytes, at each of a few chunk sizes, and by the general reader: all alike. */
  const readBoth = async (name: string, text: string | Buffer, chunkSizes = [1, 2, 3, 5, 7, 16, 64, 1 << 20]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    assert.equal(await readPlainCsv(path, { text: () => [0], lines: () => {} }), true, `${name} is read on its bytes`);
    const result = async (chunkSize?: number) => {
      const p = await readPreviousGrades(path, chunkSize);
      return { byKey: [...p.byKey], asOf: p.asOf, exceptions: p.exceptions };
    };
    const plain = await result();
    for (const size of chunkSizes) assert.deepEqual(await result(size), plain, `${name} read ${size} bytes at a time`);
    // A quoted header cell sends the same rows through the general reader (papaparse).
    const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
    const at = bytes.indexOf('Reason');
    const quotedPath = join(dir, `quoted-${name}`);
    writeFileSync(quotedPath, Buffer.concat([bytes.subarray(0, at), Buffer.from('"Reason"'), bytes.subarray(at + 6)]));
    const general = await readPreviousGrades(quotedPath);
    assert.deepEqual(plain, { byKey: [...general.byKey], asOf: general.asOf, exceptions: general.exceptions.map((e) => ({ ...e, file: name })) });
    return plain;
  };

  it('reads the same lines whatever the chunks the file is read in, across lines and characters (LF and CRLF)', async () => {
    const lines = [HEADER, '客户001,张三,优选,,,2026-05-31,,,手工,,,2025-01-01,理由', ' 客户002 ,,  合格 ,,,2026-05-31,,,,2026-01-20,,,', '   ,,VIP,,,,,,,,,,',
      'C003,,VIP,,,2026-06-01,,,,,,,x', 'C010,,合格'];
    const lf = await readBoth('chunks-lf.csv', `\ufeff${lines.join('\n')}\n`);
    const crlf = await readBoth('chunks-crlf.csv', `\ufeff${lines.join('\r\n')}\r\n`);
    assert.deepEqual(lf, { ...crlf, exceptions: crlf.exceptions.map((e) => ({ ...e, file: 'chunks-lf.csv' })) });
    assert.deepEqual(lf.byKey.map(([k, p]) => [k, p.grade, p.override]), [['客户001', '优选', '手工'], ['客户002', '合格', null], ['C003', 'VIP', null], ['C010', '合格', null]]);
    assert.equal(lf.asOf, 20605);
  });

  it('reads dates of other forms than YYYY-MM-DD as the general reader does, and names the cells that are no dates', async () => {
    const lines = [HEADER, 'C001,,VIP,,,2026/5/31,,,,,,,', 'C002,,VIP,,,45808,,,,,,,', 'C003,,VIP,,, 2026-05-31 ,,,,,,,', 'C004,,VIP,,,2026-02-30,,,,,,,',
      'C005,,VIP,,,2026-5-31,,,,,,,', 'C006,,VIP,,,2026-05-31x,,,,,,,', 'C007,,VIP,,,2026-0a-31,,,,20260120,,2025年1月1日,', 'C008,,VIP,,,   ,,,,,,,'];
    const read = await readBoth('dates.csv', `${lines.join('\r\n')}`);
    assert.deepEqual(read.byKey.map(([, p]) => p.gradedOn), [20604, 20239, 20604, null, 20604, null, null, null]);
    assert.deepEqual(read.byKey[6][1], { grade: 'VIP', gradedOn: null, override: null, blacklistedOn: 20473, openedOn: null, firstSeenOn: 20089, joined: false });
    assert.deepEqual(read.exceptions.map((e) => [e.row, e.column, e.value]), [[5, 'gradedOn', '2026-02-30'], [7, 'gradedOn', '2026-05-31x'], [8, 'gradedOn', '2026-0a-31']]);
  });

  it('reads a file of many chunks, and a quote or a line ending of another kind late in it sends it all to the general reader', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 30_000; i++) lines.push(`K${String(i).padStart(6, '0')}号,,${['VIP', '优选', '合格'][i % 3]},,,2026-05-${String(1 + (i % 28)).padStart(2, '0')},,,,,,2025-01-01,x`);
    const text = `${lines.join('\r\n')}\r\n`;
    const plain = await readBoth('many.csv', text, [4096]);
    assert.equal(plain.byKey.length, 30_000);
    const late = (name: string, changed: string) => {
      const path = join(dir, name);
      writeFileSync(path, changed);
      return path;
    };
    // A quote in the last line, a LF without its CR, a CR inside a line: each far past the first chunk.
    const quoted = late('late-quote.csv', `${text.slice(0, -3)}"x"\r\n`);
    const lf = late('late-lf.csv', `${text}K999999,,VIP\n`);
    const cr = late('late-cr.csv', `${text}K999999,\r,VIP\r\n`);
    for (const path of [quoted, lf, cr]) {
      assert.equal(await readPlainCsv(path, { text: () => [0], lines: () => {} }), false);
      const p = await readPreviousGrades(path);
      assert.deepEqual([...p.byKey].slice(0, 30_000), plain.byKey);
    }
    // The general reader reads the stray CR as part of a cell.
    const p = await readPreviousGrades(cr);
    assert.deepEqual(p.byKey.keys.slice(30_000), ['K999999']);
  });

  it('reads lines located in batches, past the room made for the lines the first ones promise', async () => {
    // Long first lines promise few lines in all; the short ones after them outnumber that, and lines lacking their
    // last columns fall on both sides of a batch's end.
    const lines = [HEADER];
    for (let i = 0; i < 1500; i++) lines.push(`L${String(i).padStart(5, '0')},,VIP,,,2026-05-31,,,,,,2025-01-01,${'a long reason '.repeat(20)}`);
    for (let i = 0; i < 20_000; i++) lines.push(i % 7 === 0 ? `S${String(i).padStart(5, '0')},,合格` : `S${String(i).padStart(5, '0')},,优选,,,2026-05-30,,,手工,,,,`);
    const read = await readBoth('batches.csv', `${lines.join('\n')}\n`, [4096, 100_000]);
    assert.equal(read.byKey.length, 21_500);
    assert.deepEqual(read.byKey.slice(1499, 1502).map(([k, p]) => [k, p.grade, p.gradedOn, p.override]),
      [['L01499', 'VIP', 20604, null], ['S00000', '合格', null, null], ['S00001', '优选', 20603, '手工']]);
  });

  it('recognises grades by their bytes even when a column has more distinct texts than are looked for one by one', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 150; i++) lines.push(`C${String(i).padStart(3, '0')},,G${i % 75},,,,,,${i % 2 ? '' : ` O${i % 70}`},,,,`);
    const read = await readBoth('texts.csv', `${lines.join('\n')}\n`, [7, 1 << 20]);
    assert.deepEqual(read.byKey.slice(148).map(([k, p]) => [k, p.grade, p.override]), [['C148', 'G73', 'O8'], ['C149', 'G74', null]]);
  });

  it('a GBK export, or one in UTF-8 with a BOM and a byte that is no UTF-8, reads as the general reader reads it', async () => {
    const text = `${['客户编号,等级,评级日期', '客户001,优选,2026-05-31', '客户002,合格,2026-05-30'].join('\r\n')}\r\n`;
    const gbk = join(dir, 'gbk.csv');
    writeFileSync(gbk, gbkBytes(text));
    const p = await readPreviousGrades(gbk);
    assert.deepEqual([...p.byKey].map(([k, l]) => [k, l.grade, l.gradedOn]), [['客户001', '优选', 20604], ['客户002', '合格', 20603]]);
    const bad = Buffer.concat([Buffer.from(`\ufeff${HEADER}\n`), Buffer.from([0x43, 0xff, 0xe4, 0xbd]), Buffer.from(',,VIP,,,2026-05-31,,,,,,,\n')]);
    const read = await readBoth('invalid.csv', bad);
    assert.deepEqual(read.byKey.map(([k]) => k), ['C\ufffd\ufffd']);
  });
});
