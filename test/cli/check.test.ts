/**
 * `crm-rules check` and `crm-rules presets` as processes: a valid policy with a grade table reports the lint
 * findings; an invalid one is one line naming the key; the presets listing names every preset.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OWNERSHIP_PRESETS } from '../../engine/core/policy/presets';
import { GRADE_PRESETS } from '../../engine/core/grade';
import { runCli, tempDir } from './helpers';

describe('crm-rules check and presets', function () {
  this.timeout(60_000);
  const dir = tempDir('check');

  it('check validates a policy and reports ownership and grade-table lint', () => {
    const file = join(dir, 'policy.yaml');
    writeFileSync(file, [
      'preset: store-30', 'report_visit_days: 3', 'grade:', '  rows:',
      '    - { annual_sales: ">10000000", grade: VIP }',
      '    - { annual_sales: "[5000000..10000000]", grade: A }',
      '    - { annual_sales: "<2000000", grade: C }', '',
    ].join('\n'));
    const run = runCli(['check', file]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /ownership policy dafang-store is valid/);
    assert.match(run.stdout, /report_visit_days 3 has no effect/);
    assert.match(run.stdout, /gap.*\[2000000\.\.5000000\)/);
  });

  it('check takes a file that is only a grade policy as one, and a grade preset name as a grade policy', () => {
    const file = join(dir, 'grades.yaml');
    writeFileSync(file, ['type: table', 'table:', '  - [sales_total, grade]', '  - [">=3000000", VIP]', '  - ["[1000000..2000000)", A]', '  - ["-", C]', ''].join('\n'));
    const run = runCli(['check', file]);
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stdout, /ownership policy/);
    assert.match(run.stdout, /grade policy .*\(table; grades VIP, A, C\)/);
    assert.match(run.stdout, /gap.*2000000/);
    const preset = join(dir, 'grade-preset.yaml');
    writeFileSync(preset, 'preset: tonnage-stars\nmax_step: 2\n');
    const byPreset = runCli(['check', preset]);
    assert.equal(byPreset.code, 0, byPreset.stderr);
    assert.match(byPreset.stdout, /grade policy tonnage-stars/);
  });

  it('check fails with one line naming the key, value and what is allowed', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'protection_days: -1\n');
    const run = runCli(['check', file]);
    assert.equal(run.code, 1);
    assert.equal(run.stderr.trim(), 'crm-rules: bad.yaml: key protection_days: value -1 is not allowed; expected a whole number of days, at least 1, or 不限 (none) when the regulation states no period');
  });

  it('presets lists every ownership preset under its seed with its regulation and summaries, then the grade presets', () => {
    const run = runCli(['presets']);
    assert.equal(run.code, 0, run.stderr);
    for (const p of Object.values(OWNERSHIP_PRESETS)) {
      const at = run.stdout.indexOf(`  —  ${p.title}\n    ${p.summary.zh}\n    ${p.summary.en}\n`);
      assert.ok(at > 0, `${p.name} missing`);
      const header = run.stdout.slice(run.stdout.lastIndexOf('\nseed ', at) + 1).split('\n')[0];
      assert.equal(header, `seed ${p.seed}:`, `${p.name} is listed under its seed`);
    }
    assert.match(run.stdout, /site-first-reception \(also realestate\)  —  房地产销售案场客户归属规定/);
    assert.match(run.stdout, /protection_days: 30 {4}← 四 以发现之时距初次接待时间为依据/);
    for (const [name, p] of Object.entries(GRADE_PRESETS)) assert.ok(run.stdout.includes(`${name}  —  ${p.source}`), `${name} missing`);
  });

  it('--help shows examples', () => {
    const run = runCli(['run', '--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /Examples:\n {2}crm-rules run register\.xlsx/);
  });
});
