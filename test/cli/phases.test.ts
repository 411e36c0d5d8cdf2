/**
 * CRM_RULES_PHASES=1: the run prints wall and CPU seconds per phase to stderr, each sheet written as its own
 * phase, and the rows given to the register builder as a line inside reading; without it nothing is printed.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPEC_HEADER, SPEC_ROWS, csvText, runCli, tempDir } from './helpers';

describe('crm-rules run: phase times', function () {
  this.timeout(60_000);
  const dir = tempDir('phases');
  const input = join(dir, 'register.csv');
  before(() => writeFileSync(input, csvText([SPEC_HEADER, ...SPEC_ROWS])));

  it('prints every phase with wall and CPU seconds, and their total', () => {
    const run = runCli(['run', input, '--out', join(dir, 'r.xlsx'), '--csv', join(dir, 'csv')], { CRM_RULES_PHASES: '1' });
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stderr.split('\n').filter((l) => / s wall +[\d.]+ s cpu$/.test(l));
    const names = lines.map((l) => l.replace(/\s+[\d.]+ s wall.*$/, '').trim());
    assert.deepEqual(names, ['read inputs', '(register rows)', '(register finish)', 'evaluate', 'result sheets',
      'write Owners', 'write Splits', 'write Grades', 'write Conflicts', 'write Exceptions', 'write Dashboard',
      'write Audit', 'write workbook commit', 'write charts', 'write CSV', 'total']);
    const seconds = (name: string): number => Number(/([\d.]+) s wall/.exec(lines[names.indexOf(name)])![1]);
    const phases = names.filter((n) => n !== 'total' && !n.startsWith('('));
    const sum = phases.reduce((t, n) => t + seconds(n), 0);
    assert.ok(Math.abs(sum - seconds('total')) < 0.02 * phases.length, `${sum} vs ${seconds('total')}`);
    assert.ok(seconds('(register rows)') <= seconds('read inputs'));
  });

  it('prints nothing without CRM_RULES_PHASES', () => {
    const run = runCli(['run', input, '--out', join(dir, 'quiet.xlsx')], { CRM_RULES_PHASES: '' });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
  });
});
