import { strict as assert } from 'assert';
import Decimal from 'decimal.js';
import { gradeCustomers, gradeOne, gradePolicyFromObject, gradePreset } from '../../engine/core/grade';
import { renderReason } from '../../engine/core/messages';

const key = (i: number): string => `c${String(i).padStart(2, '0')}`;

describe('rank/quota grading and caps', () => {
  it('top N% by rank, ties at a boundary broken by customer key and explained', () => {
    const policy = gradePolicyFromObject({ metric: 'sales_total', bands: { A: 20, B: 50, C: 'rest' } }, 'test');
    const values = [100, 90, 90, 80, 70, 60, 50, 40, 30, null];
    // given out of key order: results come back sorted by Customer Key
    const customers = values.map((v, i) => ({ key: key(i), metrics: { sales_total: v } })).reverse();
    const r = gradeCustomers(customers, policy, { asOf: '2026-03-31' });
    assert.deepEqual(r.map((x) => x.customerKey), values.map((_, i) => key(i)));
    assert.deepEqual(r.map((x) => x.grade), ['A', 'A', 'B', 'B', 'B', 'C', 'C', 'C', 'C', 'C']);
    assert.match(r[1].reason, /ranks 2 of 10.*→ A \(tied at 90 with c02, who ranks below by customer key\)/);
    assert.match(r[2].reason, /→ B \(tied at 90 with c01, who ranks above by customer key\)/);
    assert.match(r[9].reason, /no value of sales_total → C/);
    assert.match(gradeOne({ sales_total: 5 }, policy).error!, /grade the whole customer list/);
  });

  it('ABC/Pareto: customers making up the first 80% → A, up to 95% → B, rest C', () => {
    const policy = gradePolicyFromObject({ metric: 'sales_total', method: 'pareto', bands: [{ grade: 'A', share: 80 }, { grade: 'B', share: 95 }, { grade: 'C' }] }, 'test');
    const r = gradeCustomers([50, 30, 10, 5, 5, 0].map((v, i) => ({ key: key(i), metrics: { sales_total: v } })), policy, { asOf: '2026-03-31' });
    assert.deepEqual(r.map((x) => x.grade), ['A', 'A', 'B', 'B', 'C', 'C']);
    assert.match(r[2].reason, /cumulative share before it 80% of 100/);
  });

  it('ABC/Pareto over thousands of customers: each share is the exact share before it, rounded half up to 0.1%', () => {
    const policy = gradePolicyFromObject({ metric: 'sales_total', method: 'pareto', bands: { A: 80, B: 95, C: 'rest' } }, 'test');
    // 2,000 equal values put the share before every other customer exactly on a half tenth (0.05%, 0.15%, …) and
    // one customer exactly on each band limit; the money values fall anywhere.
    const populations = [
      Array.from({ length: 2000 }, () => 1),
      Array.from({ length: 3000 }, (_, i) => (((i * 7919) % 100000) + 1) / 100),
    ];
    for (const values of populations) {
      const customers = values.map((v, i) => ({ key: `c${String(i).padStart(5, '0')}`, metrics: { sales_total: v } }));
      const results = gradeCustomers(customers, policy, { asOf: '2026-03-31' });
      const total = values.reduce((t, v) => t.plus(String(v)), new Decimal(0));
      // Customer Key order is position order, and rank order is by value, then by key.
      const ranked = values.map((v, i) => ({ v, i })).sort((a, b) => b.v - a.v || a.i - b.i);
      let before = new Decimal(0);
      for (const [pos, { v, i }] of ranked.entries()) {
        const share = before.times(100).div(total);
        const grade = share.lt(80) ? 'A' : share.lt(95) ? 'B' : 'C';
        const shown = `${share.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toString()}%`;
        assert.equal(results[i].grade, grade);
        assert.equal(results[i].reason, `sales_total ${v} ranks ${pos + 1} of ${values.length}; cumulative share before it ${shown} of ${total.toString()} (A ≤80%, B ≤95%, C rest) → ${grade}`);
        before = before.plus(String(v));
      }
    }
  });

  it('caps on a weighted score: VIP ≤ 15%, 优选 ≤ 30% of 20 customers, a tie at the VIP cap split by key', () => {
    // scores 100, 99.99, ... from numeric indicators; customers c02 and c03 tie at the VIP cap (3 of 20)
    const policy = gradePolicyFromObject({
      indicators: { business_volume: 25, receivables: 25, reputation: 25, loyalty: 25 },
      levels: ['VIP', '优选', '合格'], caps: { VIP: 15, 优选: 30 },
    }, 'test');
    const scores = [100, 99.99, 99.98, 99.98, 99.97, 99, 98, 97, 96, 95, 94, 50, 40, 40, 40, 40, 40, 40, 40, 40];
    const customers = scores.map((s, i) => ({ key: key(i), metrics: { business_volume: s, receivables: s, reputation: s, loyalty: s } }));
    const r = gradeCustomers(customers, policy, { asOf: '2026-06-30' });
    assert.deepEqual(r.map((x) => x.grade), [
      'VIP', 'VIP', 'VIP', '优选', '优选', '优选', '优选', '优选', '优选', '合格',
      '合格', '合格', '合格', '合格', '合格', '合格', '合格', '合格', '合格', '合格',
    ]);
    assert.deepEqual(r.slice(0, 4).map((x) => x.score), [100, 99.99, 99.98, 99.98]);
    assert.match(r[2].reason, /VIP cap 15% = 3 of 20 customers; ranks 3 of 20 by score 99.98, keeps VIP \(tied at 99.98 with c03/);
    assert.match(r[3].reason, /VIP cap 15% = 3 of 20 customers; ranks 4 of 20 by score 99.98 → 优选 \(tied at 99.98 with c02/);
    assert.match(r[9].reason, /优选 cap 30% = 6 of 20 customers; ranks 7 of 17 by score 95 → 合格/);
    for (const x of r) assert.equal(renderReason(x.reasonMessages!, 'en'), x.reason, 'the structured reason renders as the English text');
    assert.match(renderReason(r[3].reasonMessages!, 'zh'), /VIP上限 15% = 20 位客户中 3 位；按 score 99.98 排第 4\/20 → 优选（与 c02 同为 99.98，按客户编号排在其前）/);
  });

  it('a cap whose edge falls in a run of equal values: every keeper of the run says so, and only they of the keepers', () => {
    const policy = gradePolicyFromObject({
      table: [['spend', 'grade'], ['>=10', 'VIP'], ['-', 'normal']], caps: { VIP: 50 }, rank_by: 'spend',
    }, 'test');
    const spend = [90, 50, 50, 50, 50, 20, 10, 5];
    const r = gradeCustomers(spend.map((s, i) => ({ key: key(i), metrics: { spend: s } })), policy, { asOf: '2026-06-30' });
    assert.deepEqual(r.map((x) => x.grade), ['VIP', 'VIP', 'VIP', 'VIP', 'normal', 'normal', 'normal', 'normal']);
    assert.doesNotMatch(r[0].reason, /cap/, 'a keeper above the run needs no word');
    for (const k of [1, 2, 3]) assert.match(r[k].reason, /ranks \d of 7 by spend 50, keeps VIP \(tied at 50 with c04, who ranks below/);
    assert.match(r[4].reason, /ranks 5 of 7 by spend 50 → normal \(tied at 50 with c03, who ranks above/);
    assert.match(r[5].reason, /ranks 6 of 7 by spend 20 → normal$/);
    for (const x of r) assert.equal(renderReason(x.reasonMessages!, 'en'), x.reason);
  });

  it('medical-quota: caps are ceilings on customers meeting 2.2/2.3, never quotas (ten customers who all fall short stay 合格)', () => {
    const policy = gradePreset('medical-quota');
    const short = Array.from({ length: 10 }, (_, i) => ({ key: key(i), metrics: { hospital_level: '一级甲等', default_records: 0, business_volume: 1000 * i } }));
    assert.deepEqual(gradeCustomers(short, policy, { asOf: '2026-06-30' }).map((x) => x.grade), Array(10).fill('合格'));
    // 三级甲等 without 违约记录 qualify for VIP; 15% of 10 = 1 per department, the rest drop by 业务合作量 to 优选, whose
    // 30% = 3 lets two more keep 优选; a default record bars both.
    const levels = ['三级甲等', '三级甲等', '三级甲等', '三级甲等', '二级甲等', '三级甲等', '一级甲等', '一级甲等', '一级甲等', '一级甲等'];
    const customers = levels.map((l, i) => ({
      key: key(i), metrics: { hospital_level: l, default_records: i === 5 ? 2 : 0, business_volume: (10 - i) * 1000, department: i < 10 ? '骨科' : '' },
    }));
    const r = gradeCustomers(customers, policy, { asOf: '2026-06-30' });
    assert.deepEqual(r.map((x) => x.grade), ['VIP', '优选', '优选', '优选', '合格', '合格', '合格', '合格', '合格', '合格']);
    assert.match(r[1].reason, /^row 1: hospital_level .*→ VIP .*; VIP cap 15% = 1 of 10 customers in department 骨科; ranks 2 of 4 by business_volume 9000 → 优选$/);
    assert.match(r[4].reason, /row 2: hospital_level .*→ 优选 .*; 优选 cap 30% = 3 of 10 customers in department 骨科; ranks 4 of 4 by business_volume 6000 → 合格$/);
    assert.match(r[5].reason, /^row 3: any values \(default row\) → 合格/);
  });

  it('caps per group: each department and product holds its own share; two manual VIPs over the cap are counted and flagged', () => {
    const policy = gradePolicyFromObject({
      table: [['spend', 'grade'], ['>=100', 'VIP'], ['-', 'normal']], caps: { VIP: 25 }, cap_by: 'department', rank_by: 'spend',
    }, 'test');
    const rows: [string, number, string | null][] = [
      ['A', 500, null], ['A', 400, null], ['A', 300, null], ['A', 200, null],
      ['B', 50, 'VIP'], ['B', 40, 'VIP'], ['B', 300, null], ['B', 30, null],
    ];
    const r = gradeCustomers(rows.map(([department, spend, override], i) => ({ key: key(i), metrics: { spend, department }, override })), policy, { asOf: '2026-03-31' });
    assert.deepEqual(r.map((x) => x.grade), ['VIP', 'normal', 'normal', 'normal', 'VIP', 'VIP', 'normal', 'normal']);
    assert.match(r[4].reason, /manual override → VIP; manual override counted in the VIP cap 25% = 1 of 4 customers in department B: 2 overrides break the cap/);
    assert.match(r[6].reason, /VIP cap 25% = 1 of 4 customers in department B; ranks 1 of 1 by spend 300 → normal/);
    for (const x of r) assert.equal(renderReason(x.reasonMessages!, 'en'), x.reason);
  });

  it('a cap on a decision table ranks by rank_by, and blacklisted customers are outside the population', () => {
    const policy = gradePolicyFromObject({
      table: [['spend', 'grade'], ['>=100', 'VIP'], ['-', 'normal']],
      caps: { VIP: '25%' }, rank_by: 'spend', blacklist_months: 6,
    }, 'test');
    const customers = [300, 200, 150, 120, 110].map((v, i) => ({ key: key(i), metrics: { spend: v }, blacklistedOn: i === 0 ? '2026-03-01' : null }));
    const r = gradeCustomers(customers, policy, { asOf: '2026-03-31' });
    // 4 customers outside the blacklist: 25% = 1 VIP
    assert.deepEqual(r.map((x) => x.grade), ['BLACKLIST', 'VIP', 'normal', 'normal', 'normal']);
  });
});
