/**
 * A 200,000-row run killed at random points (kill -9: no chance to clean up) and interrupted (SIGTERM): the result
 * workbook is always a complete workbook (the previous one, or the new one once renamed into place) or absent, the
 * CSV folder always one run's complete, byte-identical set of files or absent, and the next run leaves no
 * temporary file behind.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { writeSyntheticRegister } from '../../bench/synthetic';
import { builtCli, runBuiltCli, startCli } from './built-cli';
import { sha256, tempDir } from './helpers';

const SHEETS = ['Owners', 'Splits', 'Grades', 'Conflicts', 'Exceptions', 'Dashboard', 'Audit'];

/** mulberry32, so that the kill points are the same on every run of the test. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The hash of every file of a CSV folder, by name. */
function folderHashes(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((n) => [n, sha256(join(dir, n))]));
}

/** Whether a workbook is complete: a readable package holding all seven sheets. */
async function completeWorkbook(path: string): Promise<boolean> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  return SHEETS.every((s) => workbook?.includes(`name="${s}"`)) && Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).length === 7;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Poll `test` every 10 ms until it holds (true) or `ms` have passed (false). */
async function until(test: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(10)) if (test()) return true;
  return false;
}

describe('crm-rules run killed part way', function () {
  this.timeout(180_000);
  const dir = tempDir('kill');
  const input = join(dir, 'in', 'register-200k.csv');
  const out = join(dir, 'result.xlsx');
  const csv = join(dir, 'result-csv');
  const args = ['run', input, '--as-of', '2025-12-31', '--out', out, '--csv', csv];
  const temps = (): string[] => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

  it('leaves the previous complete result or nothing, and the next run no temporary file', async () => {
    mkdirSync(join(dir, 'in'));
    await writeSyntheticRegister(input, { rows: 200_000, groups: 40_000, seed: 11, format: 'csv' });
    const inputHash = sha256(input);

    builtCli();
    const started = Date.now();
    const first = await runBuiltCli(args, dir);
    const duration = Date.now() - started;
    assert.equal(first.code, 0, first.stderr);
    const csvFiles = folderHashes(csv);
    assert.deepEqual(Object.keys(csvFiles), SHEETS.map((s) => `${s}.csv`).sort());
    let workbook = sha256(out);

    const random = prng(2026);
    const kills = 6;
    const seen = { replaced: 0, csvAbsent: 0, tempsLeft: 0 };
    for (let k = 0; k < kills; k++) {
      const child = startCli(args, dir);
      const exited = once(child, 'exit');
      // Kill points: anywhere in the run, or a random moment after the workbook's or the CSV folder's temporary
      // copy appears (the writing and renaming a kill must not tear).
      const phase = k % 3;
      if (phase === 0) await sleep(Math.round(duration * random()));
      else {
        const tag = phase === 1 ? '.book.tmp' : '.csv.tmp';
        const appeared = await until(() => temps().some((n) => n.includes(`.${child.pid}.`) && n.endsWith(tag)), duration * 3);
        if (appeared) await sleep(Math.round((phase === 1 ? 1500 : 400) * random()));
      }
      child.kill('SIGKILL');
      await exited;
      if (existsSync(out)) {
        const now = sha256(out);
        if (now !== workbook) {
          assert.ok(await completeWorkbook(out), `kill ${k}: ${out} is not a complete workbook`);
          seen.replaced++;
        }
        workbook = now;
      }
      if (existsSync(csv)) assert.deepEqual(folderHashes(csv), csvFiles, `kill ${k}: the CSV folder is not one run's complete set`);
      else seen.csvAbsent++;
      seen.tempsLeft += temps().length;
      assert.equal(sha256(input), inputHash);
    }

    // SIGTERM: the run removes its own temporary files on the way out.
    const child = startCli(args, dir);
    const exited = once(child, 'exit');
    await until(() => temps().some((n) => n.includes(`.${child.pid}.`)), duration * 3);
    child.kill('SIGTERM');
    const [code, signal] = await exited as [number | null, string | null];
    if (code !== 0) {
      assert.equal(code, 143, `SIGTERM exit ${code} ${signal}`);
      assert.deepEqual(temps().filter((n) => n.includes(`.${child.pid}.`)), [], 'temporary files left after SIGTERM');
    }

    process.stdout.write(`      ${kills} kills over a ${duration} ms run: workbook replaced by ${seen.replaced}, CSV folder absent after ${seen.csvAbsent}, `
      + `${seen.tempsLeft} temporary files seen after the kills\n`);
    const next = await runBuiltCli(args, dir);
    assert.equal(next.code, 0, next.stderr);
    assert.deepEqual(temps(), [], 'the next run left temporary files');
    assert.deepEqual(folderHashes(csv), csvFiles);
    assert.ok(await completeWorkbook(out));
    assert.equal(sha256(input), inputHash);
  });
});
