/**
 * The register reader on 1,398 workbooks from other spreadsheet projects' test suites (shared/corpus): every file
 * is read or refused in one clear line; the sheet the independent reader read agrees with its values, except
 * where the reference is wrong about Excel (reference-disagreements.json, each with why); tab order agrees; a
 * sample of files reads the same twenty times over; and the batch runner's row accounting adds up on every file it
 * accepts as a register.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readInputs } from '../../engine/io';
import { CORPUS, corpusPresent, firstDifference, readSheet, references, tabsOf, type Reference } from './corpus-values';
import disagreements from './reference-disagreements.json';

/** Whether an error is a refusal in one clear line naming the file (not a crash of the reader). */
function isClearRefusal(e: unknown, file: string): boolean {
  if (!(e instanceof Error) || !['InputError', 'RegisterFormatError'].includes(e.name)) return false;
  const named = e.message.startsWith(file) || e.message.startsWith(file.split('/').pop()!);
  return !e.message.includes('\n') && named && !/Cannot read propert|undefined|\[object Object\]/.test(e.message);
}

describe('corpus of other projects\' workbooks', function () {
  this.timeout(300_000);
  let refs: Reference[] = [];

  before(function () {
    if (!corpusPresent()) {
      if (process.env.CI) throw new Error(`the corpus is missing at ${CORPUS}`);
      this.skip();
    }
    refs = references();
  });

  it('reads every file or refuses it in one clear line, and agrees with the reference values and tab order', async () => {
    const known = new Map(disagreements.map((d) => [d.file, d]));
    const problems: string[] = [];
    let read = 0;
    let refused = 0;
    for (const ref of refs) {
      let difference: string | null;
      try {
        const mine = await readSheet(ref.file, ref.sheet);
        read++;
        if (ref.error) continue; // the reference could not open it; reading it is no disagreement
        const tabs = await tabsOf(ref.file);
        difference = firstDifference(mine, ref)
          ?? (JSON.stringify(tabs) === JSON.stringify(ref.sheets) ? null : `tabs ${JSON.stringify(tabs)}, reference ${JSON.stringify(ref.sheets)}`);
      } catch (e) {
        refused++;
        if (!isClearRefusal(e, ref.file)) problems.push(`${ref.file}: not a clear refusal: ${(e as Error).stack}`);
        else if (!ref.error) problems.push(`${ref.file}: refused although the reference read it: ${(e as Error).message}`);
        continue;
      }
      const listed = known.get(ref.file);
      if (listed) {
        if (difference !== listed.difference) problems.push(`${ref.file}: listed disagreement is now ${difference ?? 'agreement'}`);
        known.delete(ref.file);
      } else if (difference) problems.push(`${ref.file}: ${difference}`);
    }
    for (const file of known.keys()) problems.push(`${file}: listed in reference-disagreements.json but not in the reference`);
    assert.deepEqual(problems, []);
    assert.equal(read + refused, refs.length);
    assert.ok(read > 1300, `only ${read} files read`);
  });

  it('reads the same values on twenty repeated reads (a sample of every source folder)', async () => {
    const bySource = new Map<string, Reference[]>();
    for (const ref of refs.filter((r) => !r.error && r.rows && Object.keys(r.rows).length > 3)) {
      const source = ref.file.split('/')[0];
      bySource.set(source, [...(bySource.get(source) ?? []), ref]);
    }
    const sample = [...bySource.values()].flatMap((list) => list.filter((_, i) => i % Math.ceil(list.length / 4) === 0));
    assert.ok(sample.length >= 16);
    for (const ref of sample) {
      const first = JSON.stringify([...(await readSheet(ref.file)).rows]);
      for (let k = 1; k < 20; k++) assert.equal(JSON.stringify([...(await readSheet(ref.file)).rows]), first, `${ref.file}, read ${k + 1}`);
    }
  });

  it('accounts for every row after the header of each file read as a register: read = used + exceptions + blank', async () => {
    for (const ref of refs) {
      let inputs;
      try {
        inputs = await readInputs([join(CORPUS, 'xlsx', ref.file)]);
      } catch (e) {
        assert.ok(isClearRefusal(e, ref.file), `${ref.file}: ${(e as Error).stack}`);
        continue;
      }
      const [info] = inputs.files;
      const { read, used, exceptions, blank } = info.counts;
      assert.equal(read, used + exceptions + blank, ref.file);
      const rows = [...(await readSheet(ref.file, info.sheet)).rows.keys()].filter((r) => r > info.headerRow);
      assert.ok(read >= rows.length, `${ref.file}: ${read} rows accounted for, ${rows.length} non-empty rows after the header`);
    }
  });
});
