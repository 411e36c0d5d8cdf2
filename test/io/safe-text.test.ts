import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CELL_LIMIT, cutToCell, isFormulaLike, safeCell, safeCells, xmlChars } from '../../engine/io/safe-text';
import { sweepStaleTemps, tempPath } from '../../engine/io/temp-files';
import { tempDir } from '../temp-dirs';

describe('cell text made safe for every result file', () => {
  it('replaces what XML 1.0 cannot carry, keeps tab, line breaks and astral characters', () => {
    assert.equal(xmlChars('王\u0001芳\u001f'), '王\uFFFD芳\uFFFD');
    assert.equal(xmlChars('a\uFFFEb\uFFFF'), 'a\uFFFDb\uFFFD');
    assert.equal(xmlChars('x\uD800y\uDC00'), 'x\uFFFDy\uFFFD', 'unpaired surrogates');
    assert.equal(xmlChars('𠀀😀\t\r\n'), '𠀀😀\t\r\n');
  });

  it('quotes formula-like text, leaves plain numbers and other text alone', () => {
    for (const t of ['=1+1', "+cmd|' /C calc'!A0", '-2+3', '@SUM(1)', '\t=1', '\r=1', '=']) {
      assert.equal(isFormulaLike(t), true, t);
      assert.equal(safeCell(t, 'en'), `'${t}`);
    }
    for (const t of ['-1200.00', '+86', '-5', '1e5', '李娜', 'a=b', "'=1"]) assert.equal(safeCell(t, 'en'), t, t);
  });

  it('cuts cells past 32,767 characters with a marker giving the length, never splitting a surrogate pair', () => {
    const cut = cutToCell('长'.repeat(40_000), 'en');
    assert.equal(cut.length, CELL_LIMIT);
    assert.match(cut, /^长+…\[cut: 40000 characters in all\]$/);
    assert.match(cutToCell('长'.repeat(40_000), 'zh'), /…\[已截断，原文 40000 个字符\]$/);
    const astral = cutToCell('😀'.repeat(20_000), 'en');
    assert.ok(astral.length <= CELL_LIMIT);
    assert.equal(xmlChars(astral), astral, 'no half pair left at the cut');
    assert.equal(cutToCell('x'.repeat(CELL_LIMIT), 'en').length, CELL_LIMIT, 'a full cell is kept whole');
  });

  it('copies a row only when a cell changes', () => {
    const row = ['李娜', '100.00', ''];
    assert.equal(safeCells(row, 'en'), row);
    assert.deepEqual(safeCells(['=1', 'ok'], 'en'), ["'=1", 'ok']);
  });
});

describe('temporary files of a result', () => {
  it('sweeps those of finished processes and keeps those of running ones', async () => {
    const dir = tempDir('crm-temps-');
    const target = join(dir, 'result.xlsx');
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    const stale = join(dir, `.result.xlsx.${gone}.0123abcd.book.tmp`);
    const mine = tempPath(target, 'book');
    const other = join(dir, '.other.xlsx.1.0123abcd.book.tmp');
    for (const f of [stale, mine, other]) writeFileSync(f, 'x');
    assert.deepEqual(await sweepStaleTemps(target), [stale]);
    assert.equal(existsSync(mine), true);
    assert.equal(existsSync(other), true, "another target's temporary file is not this run's to remove");
  });
});
