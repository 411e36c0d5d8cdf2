import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldenHashes, goldenRegister } from './golden';
import type { Register } from '../../engine/core/types';

interface GoldenCase {
  register: string;
  preset: string;
  variant: string;
  settings: Record<string, unknown>;
  hashes: Record<string, string>;
}

const GOLDEN: GoldenCase[] = JSON.parse(readFileSync(join(__dirname, 'golden.json'), 'utf8'));

describe('the five split cases as the compiled default deal-case table', () => {
  const registers = new Map<string, Register>();
  before(async () => {
    for (const name of new Set(GOLDEN.map((c) => c.register))) registers.set(name, await goldenRegister(name));
  });
  it('covers the samples and the 60,000-row synthetic register under every preset of the recorded engine', () => {
    assert.ok(GOLDEN.length >= 4 * 6 * 3);
    assert.ok(GOLDEN.some((c) => c.register === 'synthetic:60000'));
  });
  for (const c of GOLDEN) {
    it(`gives byte-identical Owners, Splits and Conflicts CSVs: ${c.register}, ${c.preset}, ${c.variant}`, async () => {
      assert.deepEqual(await goldenHashes(registers.get(c.register)!, c.settings, null), c.hashes);
    });
  }
});
