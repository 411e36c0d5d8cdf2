import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEY_LABELS_ZH, OWNERSHIP_PRESETS, POLICY_KEYS } from '../../engine/core';

describe('README documents the policy surface', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  it('names every ownership/split key with its Chinese label', () => {
    for (const key of POLICY_KEYS) {
      assert.ok(readme.includes(`\`${key}\``), `README lacks key ${key}`);
      assert.ok(readme.includes(KEY_LABELS_ZH[key]), `README lacks label ${KEY_LABELS_ZH[key]} of ${key}`);
    }
  });
  it('names every ownership preset', () => {
    for (const name of Object.keys(OWNERSHIP_PRESETS)) assert.ok(readme.includes(`\`${name}\``), `README lacks preset ${name}`);
  });
});
