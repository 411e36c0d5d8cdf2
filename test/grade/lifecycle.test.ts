import { strict as assert } from 'assert';
import { renderReason } from '../../engine/core/messages';
import { gradeCustomers, gradeOne, gradePolicyFromObject, gradePreset, type CustomerInput, type GradeResult } from '../../engine/core/grade';

describe('grade lifecycle across reviews', () => {
  const policy = gradePolicyFromObject({
    name: 'quarterly',
    rows: [
      { sales: '>=300', grade: 'A' }, { sales: '[200..300)', grade: 'B' },
      { sales: '[100..200)', grade: 'C' }, { sales: '<100', grade: 'D' },
    ],
    hold_downgrade_until: 'review',
    max_step: 1,
    new_customer_grade: 'C',
    new_customer_months: 12,
    blacklist_months: 6,
    blacklist_reentry_grade: 'D',
  }, 'test policy');

  it('four quarterly reviews: new-customer year, one step up, held downgrade, review downgrade; blacklist expiry', () => {
    const reviews: { asOf: string; sales: [number, number] }[] = [
      { asOf: '2026-03-31', sales: [50, 400] },
      { asOf: '2026-06-30', sales: [400, 400] },
      { asOf: '2026-09-30', sales: [50, 400] },
      { asOf: '2026-12-31', sales: [50, 400] },
    ];
    let previous: GradeResult[] = [];
    let previousOn: string | undefined;
    const seen: string[][] = [];
    const reasons: string[][] = [];
    for (const r of reviews) {
      const customers: CustomerInput[] = [
        { key: '13800001111', name: '张伟', metrics: { sales: r.sales[0] }, openedOn: '2025-06-01', previousGrade: previous[0]?.grade, previousOn },
        { key: '13900002222', name: '刘洋', metrics: { sales: r.sales[1] }, blacklistedOn: '2026-02-15', previousGrade: previous[1]?.grade, previousOn },
      ];
      previous = gradeCustomers(customers, policy, { asOf: r.asOf, reviewDate: '2026-12-31' });
      previousOn = r.asOf;
      seen.push(previous.map((p) => p.grade));
      for (const p of previous) assert.equal(renderReason(p.reasonMessages!, 'en'), p.reason);
      reasons.push(previous.map((p) => p.reason));
    }
    assert.deepEqual(seen, [
      ['C', 'BLACKLIST'], // new customer until 2026-06-01 keeps C although sales say D; blacklisted until 2026-08-15
      ['B', 'BLACKLIST'], // A by sales, but one level per review from C
      ['B', 'D'], // downgrade to D held until the review; blacklisting over → re-enters as D
      ['C', 'C'], // at the review the downgrade applies, one level; 刘洋 climbs one level from D
    ]);
    assert.match(reasons[0][0], /new customer \(opened 2025-06-01, new until 2026-06-01\) → C/);
    assert.match(reasons[0][1], /blacklisted on 2026-02-15 \(6 months, until 2026-08-15\)/);
    assert.match(reasons[1][0], /max_step 1: moves from C at most 1 level → B/);
    assert.match(reasons[2][0], /downgrade from B held until the review on 2026-12-31/);
    assert.match(reasons[2][1], /blacklisting of 2026-02-15 has ended; re-enters as D/);
    assert.match(reasons[3][0], /row 4: sales <100 → D; max_step 1/);
  });

  it('a manual override wins and is flagged; a blacklist outranks it', () => {
    const r = gradeOne({ sales: 50 }, policy, { override: 'A', previousGrade: 'D', asOf: '2026-03-31' });
    assert.equal(r.grade, 'A');
    assert.match(r.reason, /^row 4: sales <100 → D; manual override → A$/);
    const b = gradeOne({ sales: 50 }, policy, { override: 'A', blacklistedOn: '2026-03-01', asOf: '2026-03-31' });
    assert.equal(b.grade, 'BLACKLIST');
  });

  it('securities-4tier: new accounts are 潜力 for 12 months but upgrade at once; downgrades wait for the annual review', () => {
    const p = gradePreset('securities-4tier');
    const young = { openedOn: '2026-01-05', asOf: '2026-03-31' };
    assert.equal(gradeOne({ avg_assets: 1000, net_commission: 0 }, p, young).grade, '潜力');
    assert.equal(gradeOne({ avg_assets: 6000000, net_commission: 0 }, p, young).grade, 'VIP');
    assert.equal(gradeOne({ avg_assets: 1000, net_commission: 0 }, p, { openedOn: '2025-01-05', asOf: '2026-03-31' }).grade, '普通');
    const held = { previousGrade: 'VIP', asOf: '2026-06-30', reviewDate: '2027-01-01' };
    assert.equal(gradeOne({ avg_assets: 1000, net_commission: 0 }, p, held).grade, 'VIP');
    assert.equal(gradeOne({ avg_assets: 1000, net_commission: 0 }, p, { ...held, asOf: '2027-01-01' }).grade, '普通');
    assert.equal(gradeOne({ avg_assets: 6000000, net_commission: 0 }, p, { previousGrade: '普通', asOf: '2026-06-30', reviewDate: '2027-01-01' }).grade, 'VIP');
  });

  it('medical-quota: blacklisted for 6 months, then back as 合格', () => {
    const metrics = { business_volume: '好', receivables: '好', reputation: '好', loyalty: '好' };
    const p = gradePreset('medical-quota');
    const during = gradeCustomers([{ key: 'x', metrics, blacklistedOn: '2026-01-10' }], p, { asOf: '2026-07-09' });
    assert.equal(during[0].grade, 'BLACKLIST');
    const after = gradeCustomers([{ key: 'x', metrics, blacklistedOn: '2026-01-10', previousGrade: 'BLACKLIST' }], p, { asOf: '2026-07-10' });
    assert.equal(after[0].grade, '合格');
  });
});
