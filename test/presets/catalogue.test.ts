/** The preset catalogue: every preset names its regulation, cites every setting and answers to its older name. */
import { strict as assert } from 'node:assert';
import { OWNERSHIP_PRESETS, PRESETS_BY_SEED, findOwnershipPreset, ownershipPreset } from '../../engine/core';

describe('ownership preset catalogue', () => {
  const presets = Object.values(OWNERSHIP_PRESETS);

  it('covers the regulations of seeds 000, 001 and 002 with executable rules', () => {
    assert.deepEqual(Object.fromEntries(Object.entries(PRESETS_BY_SEED).map(([seed, ps]) => [seed, ps.map((p) => p.name)])), {
      '000': ['joint-agency-7-60', 'returning-customer', 'distributor-report', 'intermediary-confirm-90'],
      '001': ['employee-introduction', 'vanke-sales', 'filing-2-months'],
      '002': [
        'park-report-3-months', 'reception-70-30', 'site-first-reception', 'greenwood-first-receiver', 'sales-office-first-contact',
        'marketing-center-7-day', 'deal-attribution', 'rotation-attribution', 'dafang-store',
      ],
    });
  });

  it('every setting cites the article it rests on, and every cite is of a setting', () => {
    for (const p of presets) {
      const keys = Object.keys(p.settings).filter((k) => k !== 'name' && k !== 'description');
      assert.deepEqual(keys.filter((k) => !(p.cites as Record<string, string>)[k]), [], `${p.name}: settings without a cite`);
      assert.deepEqual(Object.keys(p.cites).filter((k) => !keys.includes(k)), [], `${p.name}: cites of no setting`);
      assert.equal(p.settings.name, p.name);
      assert.equal(p.source, `${p.seed} ${p.title}`);
    }
  });

  it('every case row of a deal-case table quotes its article', () => {
    for (const p of presets) for (const row of p.settings.deal_cases ?? []) assert.match(row.note ?? '', /^[一二三四五六七八九十(（\d]/, `${p.name}: ${JSON.stringify(row)}`);
  });

  it('no preset sets what no seed states: a holding cap (max_owned) or a lock after a deal (lock_days)', () => {
    for (const p of presets) {
      const policy = ownershipPreset(p.name);
      assert.equal(policy.max_owned, null, p.name);
      assert.equal(policy.lock_days, 0, p.name);
    }
  });

  it('today\'s preset names and the Chinese titles select the preset of their regulation', () => {
    const older = { realestate: 'site-first-reception', 'showroom-70-30': 'reception-70-30', 'agency-report': 'distributor-report',
      'intermediary-90': 'intermediary-confirm-90', 'cemetery-5-90': 'park-report-3-months', 'store-30': 'dafang-store' };
    for (const [alias, name] of Object.entries(older)) assert.equal(findOwnershipPreset(alias)?.name, name, alias);
    for (const p of presets) assert.equal(findOwnershipPreset(p.title)?.name, p.name);
  });

  it('summaries in Chinese and English, one line each', () => {
    for (const p of presets) {
      assert.match(p.summary.zh, /\p{Script=Han}/u, p.name);
      assert.match(p.summary.en, /^[\x20-\x7e’]+$/, p.name);
      assert.ok(!p.summary.zh.includes('\n') && !p.summary.en.includes('\n'));
    }
  });
});
