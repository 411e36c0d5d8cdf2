/**
 * Records test/equivalence/golden.json: run once, on the engine whose answers the deal-case table must keep.
 * `npx tsx test/equivalence/record-golden.ts`
 */
import { writeFileSync } from 'node:fs';
import { OWNERSHIP_PRESETS } from '../../engine/core/policy/presets';
import { GOLDEN_REGISTERS, GOLDEN_VARIANTS, goldenHashes, goldenRegister, variantSettings } from './golden';

async function main(): Promise<void> {
  const cases: unknown[] = [];
  for (const name of GOLDEN_REGISTERS) {
    const register = await goldenRegister(name);
    for (const preset of Object.values(OWNERSHIP_PRESETS)) {
      for (const variant of GOLDEN_VARIANTS) {
        const settings = variantSettings(preset.settings, variant, register);
        cases.push({ register: name, preset: preset.name, variant, settings, hashes: await goldenHashes(register, settings, null) });
      }
    }
  }
  writeFileSync('test/equivalence/golden.json', `${JSON.stringify(cases, null, 1)}\n`);
}

void main();
