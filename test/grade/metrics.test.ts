import { strict as assert } from 'assert';
import { groupCustomers, parseDay, parseRegister } from '../../engine/core';
import { gradeCustomers, gradePreset } from '../../engine/core/grade';
import { deriveMetrics, monthlyLabels } from '../../engine/core/metrics';

describe('derived metrics from the register', () => {
  const register = parseRegister([
    ['日期', '客户', '电话', '销售员', '类型', '金额', '佣金'],
    ['2025-03-31', '张伟', '13800001111', '李娜', '成交', '999.99', '10'], // a year before the as-of day: outside
    ['2025-04-01', '张伟', '13800001111', '李娜', '成交', '100.10', '1.01'],
    ['2026-01-15', '张伟', '13800001111', '李娜', '来访', '', ''],
    ['2026-03-01', '张伟', '13800001111', '李娜', '成交', '200.20', ''],
    ['2026-03-31', '张伟', '13800001111', '李娜', '成交', '-50.05', '-0.5'], // a refund on the as-of day
    ['2026-04-01', '张伟', '13800001111', '李娜', '成交', '7000', '70'], // after the as-of day
    ['2026-02-10', '刘洋', '13900002222', '孙杰', '来访', '', ''],
  ]);
  const asOf = parseDay('2026-03-31')!;
  const metrics = deriveMetrics(register, groupCustomers(register), asOf, { commissionRate: 1 });

  it('sums deals over the 12 months up to the as-of date, exactly', () => {
    const z = metrics.get('13800001111')!;
    assert.equal(z.sales_total.toString(), '250.25'); // 100.10 + 200.20 − 50.05
    assert.equal(z.deal_count, 3);
    assert.equal(z.commission_total.toString(), '2.512'); // 1.01 + 200.20 × 1% − 0.5
    assert.equal(z.days_since_last_deal, 0);
    const l = metrics.get('13900002222')!;
    assert.deepEqual([l.sales_total.toString(), l.deal_count, l.days_since_last_deal], ['0', 0, null]);
  });

  it('gives monthly sales for the 12 calendar months ending with the as-of month', () => {
    assert.deepEqual(monthlyLabels(asOf), ['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
    const months = metrics.get('13800001111')!.monthly_sales.map((d) => d.toString());
    assert.deepEqual(months, ['100.1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '150.15']);
  });

  it('feeds grading, including consecutive-month rules', () => {
    const customers = [...metrics].map(([key, m]) => ({ key, metrics: { ...m, monthly_spend: m.monthly_sales } }));
    const r = gradeCustomers(customers, gradePreset('unicom-stars'), { asOf });
    assert.deepEqual(r.map((x) => x.grade), ['普通', '普通']);
  });
});
