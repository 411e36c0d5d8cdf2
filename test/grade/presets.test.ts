import { strict as assert } from 'assert';
import { render, renderReason } from '../../engine/core/messages';
import { GRADE_PRESETS, gradeCustomers, gradeOne, gradePolicyFromObject, gradePreset, type Metrics } from '../../engine/core/grade';

/** Each case: metrics and the grade the seed text gives ('' = no row of the text applies). */
type Case = [Metrics, string];

function check(policyName: string, cases: Case[], overrides: Record<string, unknown> = {}): void {
  const policy = Object.keys(overrides).length ? gradePolicyFromObject({ preset: policyName, ...overrides }, 'test') : gradePreset(policyName);
  for (const [metrics, expected] of cases) {
    const got = gradeOne(metrics, policy);
    assert.equal(got.grade, expected, `${policyName} ${JSON.stringify(metrics)}: ${got.reason}`);
  }
}

describe('grade presets: boundaries exactly as the seeds write them (threshold and 0.01 either side)', () => {
  it('lists every preset of SPEC §6 with its seed', () => {
    assert.deepEqual(Object.keys(GRADE_PRESETS).sort(), ['annual-sales-4tier', 'medical-quota', 'rfm-5', 'risk-profile', 'securities-4tier', 'tonnage-stars', 'unicom-stars']);
    for (const p of Object.values(GRADE_PRESETS)) assert.match(p.source, /^00[0-4] /);
  });

  it('securities-4tier: 日均资产 500万 / 50万 / 20万 and 净佣金 5万 / 1万 / 5千, keeping the gap at exactly 500万', () => {
    check('securities-4tier', [
      [{ avg_assets: 5000000.01, net_commission: 0 }, 'VIP'],
      [{ avg_assets: 5000000, net_commission: 0 }, '普通'], // the text's gap: neither 大于500万 nor 小于500万
      [{ avg_assets: 4999999.99, net_commission: 0 }, '核心B'],
      [{ avg_assets: 500000.01, net_commission: 9999.99 }, '核心B'],
      [{ avg_assets: 500000, net_commission: 9999.99 }, '核心B'],
      [{ avg_assets: 499999.99, net_commission: 0 }, '潜力'],
      [{ avg_assets: 200000.01, net_commission: 0 }, '潜力'],
      [{ avg_assets: 200000, net_commission: 0 }, '潜力'],
      [{ avg_assets: 199999.99, net_commission: 0 }, '普通'],
      [{ avg_assets: 0, net_commission: 50000.01 }, 'VIP'],
      [{ avg_assets: 0, net_commission: 50000 }, 'VIP'],
      [{ avg_assets: 0, net_commission: 49999.99 }, '核心A'],
      [{ avg_assets: 0, net_commission: 10000.01 }, '核心A'],
      [{ avg_assets: 0, net_commission: 10000 }, '核心A'],
      [{ avg_assets: 0, net_commission: 9999.99 }, '潜力'],
      [{ avg_assets: 199999.99, net_commission: 5000.01 }, '潜力'],
      [{ avg_assets: 199999.99, net_commission: 5000 }, '潜力'],
      [{ avg_assets: 199999.99, net_commission: 4999.99 }, '普通'],
      [{ avg_assets: 200000, net_commission: 5000 }, '潜力'],
      [{ avg_assets: 1000000, net_commission: 10000 }, '核心A'],
      [{ avg_assets: 1000000, net_commission: 9999.99 }, '核心B'],
      [{ avg_assets: '5,000,000.01', net_commission: '0' }, 'VIP'], // text from a CSV, with grouping commas
      [{ avg_assets: '５００万', net_commission: '' }, '普通'], // full-width 500万 is the gap value; blank commission
    ]);
  });

  it('annual-sales-4tier: 1000万 / 500万 / 200万', () => {
    check('annual-sales-4tier', [
      [{ annual_sales: 10000000.01 }, 'VIP'], [{ annual_sales: 10000000 }, 'A'], [{ annual_sales: 9999999.99 }, 'A'],
      [{ annual_sales: 5000000.01 }, 'A'], [{ annual_sales: 5000000 }, 'A'], [{ annual_sales: 4999999.99 }, 'B'],
      [{ annual_sales: 2000000.01 }, 'B'], [{ annual_sales: 2000000 }, 'B'], [{ annual_sales: 1999999.99 }, 'C'],
    ]);
  });

  it('tonnage-stars table: 3000 / 2000 / 1000 吨', () => {
    check('tonnage-stars', [
      [{ monthly_tons: 3000.01 }, '三星'], [{ monthly_tons: 3000 }, '三星'], [{ monthly_tons: 2999.99 }, '二星'],
      [{ monthly_tons: 2000.01 }, '二星'], [{ monthly_tons: 2000 }, '二星'], [{ monthly_tons: 1999.99 }, '一星'],
      [{ monthly_tons: 1000.01 }, '一星'], [{ monthly_tons: 1000 }, '一星'], [{ monthly_tons: 999.99 }, '普通'],
    ], { new_customer_grade: null, max_step: null });
  });

  it('tonnage-stars lifecycle: 网拍客户 新开发客户 needs evidence of being new; 客户级别可以依次升降', () => {
    const p = gradePreset('tonnage-stars');
    assert.equal(gradeOne({ monthly_tons: 5000 }, p, { asOf: '2026-03-31' }).grade, '三星'); // no history is no evidence
    const fresh = gradeOne({ monthly_tons: 5000 }, p, { asOf: '2026-03-31', openedOn: '2026-03-10' });
    assert.equal(fresh.grade, '网拍');
    assert.match(fresh.reason, /new customer \(opened 2026-03-10\) → 网拍/);
    assert.equal(gradeOne({ monthly_tons: 5000 }, p, { asOf: '2026-03-31', firstSeenOn: '2026-03-02' }).grade, '网拍');
    assert.equal(gradeOne({ monthly_tons: 5000 }, p, { asOf: '2026-03-31', openedOn: '2026-01-10' }).grade, '三星');
    assert.equal(gradeOne({ monthly_tons: 5000 }, p, { previousGrade: '网拍' }).grade, '普通');
    assert.equal(gradeOne({ monthly_tons: 5000 }, p, { previousGrade: '一星' }).grade, '二星');
    assert.equal(gradeOne({ monthly_tons: 10 }, p, { previousGrade: '三星' }).grade, '二星');
  });

  it('unicom-stars: 300 / 500 / 800 元 in each of the last six months', () => {
    const six = (v: number): Metrics => ({ monthly_spend: [v, v, v, v, v, v] });
    check('unicom-stars', [
      [six(800.01), '五星'], [six(800), '四星'], [six(799.99), '四星'],
      [six(500.01), '四星'], [six(500), '三星'], [six(499.99), '三星'],
      [six(300.01), '三星'], [six(300), '普通'], [six(299.99), '普通'],
      [{ monthly_spend: [900, 900, 900, 900, 900, 800] }, '四星'], // one month at 800 breaks 五星
      [{ monthly_spend: [100, 900, 900, 900, 900, 900, 900] }, '五星'], // only the last six months count
      [{ monthly_spend: [900, 900, 900, 900, 900] }, '普通'], // five months are not six
    ]);
  });

  it('risk-profile: 9–40 保守型, 41–71 稳健型, 72–100 进取型 (whole-point scores)', () => {
    check('risk-profile', [
      [{ score: 8.99 }, ''], [{ score: 9 }, '保守型'], [{ score: 9.01 }, '保守型'],
      [{ score: 39.99 }, '保守型'], [{ score: 40 }, '保守型'], [{ score: 40.01 }, ''],
      [{ score: 40.99 }, ''], [{ score: 41 }, '稳健型'], [{ score: 41.01 }, '稳健型'],
      [{ score: 71 }, '稳健型'], [{ score: 71.01 }, ''], [{ score: 71.99 }, ''], [{ score: 72 }, '进取型'],
      [{ score: 72.01 }, '进取型'], [{ score: 100 }, '进取型'], [{ score: 100.01 }, ''],
    ]);
  });

  it('rfm-5: quintile score thresholds of the 海底捞 value × loyalty table', () => {
    check('rfm-5', [
      [{ m_score: 5, f_score: 5, r_score: 4 }, '钻石'], [{ m_score: 5, f_score: 5, r_score: 3.99 }, '金牌'],
      [{ m_score: 4.99, f_score: 5, r_score: 5 }, '金牌'], [{ m_score: 4, f_score: 4, r_score: 3 }, '金牌'],
      [{ m_score: 4, f_score: 3.99, r_score: 3 }, '银牌'], [{ m_score: 4, f_score: 4, r_score: 2.99 }, '银牌'],
      [{ m_score: 3, f_score: 3, r_score: 1 }, '银牌'], [{ m_score: 2.99, f_score: 3, r_score: 1 }, '铜牌'],
      [{ m_score: 2, f_score: 1, r_score: 1 }, '铜牌'], [{ m_score: 1.99, f_score: 1.99, r_score: 5 }, '普通'],
      [{ m_score: 1, f_score: 2, r_score: 1 }, '铜牌'],
    ]);
  });

  it('rfm-5 over a population: quintiles of sales_total, deal_count and days_since_last_deal', () => {
    const customers = Array.from({ length: 10 }, (_, i) => ({
      key: `c${i}`,
      metrics: { sales_total: (10 - i) * 1000, deal_count: 10 - i, days_since_last_deal: i * 10 },
    }));
    const grades = gradeCustomers(customers, gradePreset('rfm-5'), { asOf: '2026-03-31' }).map((r) => r.grade);
    // c0, c1 are the best fifth on all three; c2, c3 the second; c4, c5 the third; c6, c7 the fourth.
    assert.deepEqual(grades, ['钻石', '钻石', '金牌', '金牌', '银牌', '银牌', '铜牌', '铜牌', '普通', '普通']);
  });

  it('medical-quota criteria of 004 2.2/2.3: 三级乙等以上 and 无违约记录 → VIP, 二级甲等以上 → 优选, else 合格', () => {
    // The criteria alone (a department of one customer has no VIP place: 15% of 1 is 0).
    const p = gradePolicyFromObject({ preset: 'medical-quota', caps: null, cap_by: null }, 'test');
    const one = (hospital_level: string, default_records: number | string | null) => gradeOne({ hospital_level, default_records }, p);
    assert.equal(one('三级乙等', 0).grade, 'VIP');
    assert.equal(one('三级丙等', 0).grade, '优选');
    assert.equal(one('二级甲等', '无').grade, '优选');
    assert.equal(one('二级乙等', 0).grade, '合格');
    assert.equal(one('三级甲等', 1).grade, '合格');
    const blank = one('三级甲等', null);
    assert.equal(blank.grade, '合格');
    assert.match(blank.reason, /missing: default_records \(graded without them\)/);
    assert.match(GRADE_PRESETS['medical-quota'].source, /附件1《销售客户审核评价表》 is not in the text/);
  });
});

describe('grade reasons as messages', () => {
  it('every preset row renders in English as its reason text, and in Chinese', () => {
    for (const [name, { policy }] of Object.entries(GRADE_PRESETS)) {
      for (const row of policy.table?.rows ?? []) {
        assert.equal(render(row.message, 'en'), row.reason, `${name} row ${row.row}`);
        assert.match(render(row.message, 'zh'), new RegExp(`^第 ${row.row} 行：`), `${name} row ${row.row}`);
      }
    }
  });

  it('a graded customer\'s reason renders from its messages: rules, lifecycle and caps', () => {
    const unicom = gradeOne({ monthly_spend: [900, 900, 900, 900, 900, 900] }, gradePreset('unicom-stars'));
    assert.equal(renderReason(unicom.reasonMessages!, 'en'), unicom.reason);
    assert.equal(renderReason(unicom.reasonMessages!, 'zh'), '第 1 行：monthly_spend >800 → 五星（连续六个月通信费大于800元），连续 6 个月');
    const held = gradeOne({ avg_assets: 1000, net_commission: 0 }, gradePreset('securities-4tier'), { previousGrade: 'VIP', previousOn: '2026-03-31', asOf: '2026-06-30' });
    assert.equal(renderReason(held.reasonMessages!, 'en'), held.reason);
    assert.match(renderReason(held.reasonMessages!, 'zh'), /；自VIP降级暂缓至 2026-12-31 评级（就高不就低）→ 保留VIP$/);
  });
});
