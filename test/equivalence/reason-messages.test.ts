/**
 * Reasons and decisions as structured messages: rendered in English they are the Reason and Decision texts of the
 * results, on the synthetic register under every recorded preset; rendered in Chinese they keep names and dates.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderReason } from '../../engine/core/messages';
import { evaluate } from '../../engine/core/evaluate';
import { validatePolicy } from '../../engine/core/policy/validate';
import type { Register } from '../../engine/core/types';
import { run } from '../core/helpers';
import { table } from '../core/fixtures';
import { goldenRegister } from './golden';

const GOLDEN: { register: string; preset: string; variant: string; settings: Record<string, unknown> }[] =
  JSON.parse(readFileSync(join(__dirname, 'golden.json'), 'utf8'));

describe('reasons and decisions as messages', () => {
  let register: Register;
  before(async () => { register = await goldenRegister('synthetic:60000'); });

  for (const c of GOLDEN.filter((g) => g.register === 'synthetic:60000' && g.variant !== 'company')) {
    it(`render in English to the Reason and Decision texts: ${c.preset}, ${c.variant}`, () => {
      const result = evaluate(register, validatePolicy(c.settings));
      for (const o of result.owners) assert.equal(renderReason(o.reasonMessages!, 'en'), o.reason);
      for (const s of result.splits) assert.equal(renderReason(s.reasonMessages!, 'en'), s.reason);
      for (const k of result.conflicts) assert.equal(renderReason(k.decisionMessages!, 'en'), k.decision);
    });
  }

  it('render in Chinese with names, dates and rows kept (SPEC §9 group H01)', () => {
    const A = '13800001111';
    const r = run(table(
      ['2026-03-01', A, '李娜', '', '来访'],
      ['2026-03-10', A, '李娜', '', '跟进'],
      ['2026-03-20', A, '王强', '', '来访'],
      ['2026-03-25', A, '王强', '', '成交', '', 1000000, 10000.01],
    ), 'realestate', { renew_on_contact: true, renew_events: ['visit', 'followup'], lock_days: 60 });
    const owner = r.ownerOf(A)!;
    assert.equal(renderReason(owner.reasonMessages!, 'zh'),
      '2026-03-01 第2行 李娜 首次来访；2026-03-10 第3行 跟进续期；义务接待：王强 第4行；2026-03-25 第5行 王强 成交，锁定 60 天；锁定至 2026-05-24');
    assert.equal(renderReason(r.splits[0].reasonMessages!, 'zh'),
      '李娜 为保护期内归属人，保护至 2026-04-09（第2行），成交人 王强：业绩归属人 0% / 成交人 100%，佣金归属人 50% / 成交人 50%');
    assert.match(renderReason(r.conflicts[0].decisionMessages!, 'zh'), /^李娜 为保护期内归属人，保护至 2026-04-09（第2行）；王强 的成交不改变归属；分成见分成表$/);
  });
});
