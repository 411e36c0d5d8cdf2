/**
 * `crm-rules check` on deal-case tables and `crm-rules presets` listing the keys, as processes: the compiled table
 * is printed, gaps and unreachable rows are named with row numbers, a bad cell fails in one line.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './helpers';

describe('crm-rules check with deal-case tables', function () {
  this.timeout(60_000);
  const dir = tempDir('cases-check');

  it('prints the default table the split keys compile into', () => {
    const file = join(dir, 'default.yaml');
    writeFileSync(file, 'preset: realestate\n');
    const run = runCli(['check', file]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /deal-case table \(default, from the split keys; hit policy FIRST\):/);
    assert.match(run.stdout, /4\. when closer_is_owner no, owner_status "protected","locked": credit owner 0 \/ closer 100; commission owner 50 \/ closer 50; after keep/);
  });

  it('prints a written table and names its gaps and unreachable rows', () => {
    const file = join(dir, 'cases.yaml');
    writeFileSync(file, [
      'deal_cases:',
      '  - { when: { owner_status: protected }, credit: { owner: 50, closer: 50 }, after: closer, note: 回笼客 }',
      '  - { when: { owner_status: protected, recognised: yes }, credit: { closer: 100 } }',
      '  - { when: { owner_status: \'"locked","expired","pool"\' }, credit: { closer: 100 } }',
      '',
    ].join('\n'));
    const run = runCli(['check', file]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /1\. when owner_status protected: credit owner 50 \/ closer 50; commission owner 50 \/ closer 50; after closer \(回笼客\)/);
    assert.match(run.stdout, /warning: deal_cases: gap: .*owner_status none/);
    assert.match(run.stdout, /warning: deal_cases: unreachable: row 2 can never be the first match/);
  });

  it('fails in one line naming the row, the fact, the value and what is allowed', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'deal_cases:\n  - { when: { designated: sometimes }, credit: { closer: 100 } }\n');
    const run = runCli(['check', file]);
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /deal_cases row 1: fact designated \(指定接待\): value "sometimes" is not allowed; expected one or more of none, first_visit, mid_reception, later_visit/);
  });

  it('presets lists every key with its Chinese label, and the facts and roles of deal-case tables', () => {
    const run = runCli(['presets']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /protection_from \/ 保护期起算: claim .* or first_visit/);
    assert.match(run.stdout, /penalties \/ 处罚标准:/);
    assert.match(run.stdout, /same_day_as_assist \/ 与协助接待同日:/);
    assert.match(run.stdout, /referrer_owner \/ 介绍人归属人:/);
    assert.match(run.stdout, /after closer \/ 归成交人:/);
  });
});
