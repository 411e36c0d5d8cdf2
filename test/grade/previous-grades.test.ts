import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPreviousGrades } from '../../engine/io/previous-grades';

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
  before(() => { dir = mkdtempSync(join(tmpdir(), 'crm-previous-')); });
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
});
