/**
 * Metrics derived from the register for grading (SPEC §8), per customer group (keyed by Customer Key):
 * `sales_total`, `deal_count`, `commission_total` and `days_since_last_deal` over the 12 months up to the as-of
 * date (the day a year before is excluded, the as-of day included), and `monthly_sales`: the deal amounts of
 * each of the 12 calendar months ending with the as-of month (oldest first; the as-of month counts up to the
 * as-of day), so that `consecutive_months` rules can read them. Money is decimal, never floating point.
 */
import Decimal from 'decimal.js';
import { addMonths, monthIndex, monthLabel } from './grade/months';
import type { Grouping } from './grouping';
import { EVENT_CODE, type Register } from './types';

const DEAL = EVENT_CODE.deal;

/** How many months the derived metrics look back. */
export const METRIC_MONTHS = 12;

/** Derived metrics of one customer group. */
export interface DerivedMetrics {
  sales_total: Decimal;
  deal_count: number;
  commission_total: Decimal;
  /** Days from the last deal in the window to the as-of date; null when there was none. */
  days_since_last_deal: number | null;
  /** Deal amounts per calendar month, oldest first, ending with the as-of month (see `monthlyLabels`). */
  monthly_sales: Decimal[];
}

/** Options of the derivation. */
export interface DeriveOptions {
  /** Commission percent of the amount for deal rows without a commission (the policy's commission_rate). */
  commissionRate?: number | null;
}

/** `YYYY-MM` labels of the monthly_sales entries for an as-of day. */
export function monthlyLabels(asOf: number): string[] {
  const last = monthIndex(asOf);
  return Array.from({ length: METRIC_MONTHS }, (_, i) => monthLabel(last - METRIC_MONTHS + 1 + i));
}

/**
 * Derived metrics of every customer group of a register as of a day, keyed by Customer Key. Groups without a
 * deal in the window are present with zeros.
 */
export function deriveMetrics(register: Register, grouping: Grouping, asOf: number, options: DeriveOptions = {}): Map<string, DerivedMetrics> {
  const from = addMonths(asOf, -METRIC_MONTHS) + 1;
  const lastMonth = monthIndex(asOf);
  const rate = options.commissionRate == null ? null : new Decimal(String(options.commissionRate)).div(100);
  const out = new Map<string, DerivedMetrics>();
  const { cols } = register;
  const { date, event } = cols;
  for (const g of grouping.groups) {
    const m: DerivedMetrics = {
      sales_total: new Decimal(0), deal_count: 0, commission_total: new Decimal(0), days_since_last_deal: null,
      monthly_sales: Array.from({ length: METRIC_MONTHS }, () => new Decimal(0)),
    };
    let lastDeal: number | null = null;
    for (const i of g.rows) {
      const d = date[i];
      const amount = cols.amount[i];
      if (event[i] !== DEAL || d > asOf || d < from || amount === null) continue;
      m.sales_total = m.sales_total.plus(amount);
      m.deal_count++;
      const commission = cols.commission[i] ?? (rate ? amount.times(rate) : null);
      if (commission) m.commission_total = m.commission_total.plus(commission);
      if (lastDeal === null || d > lastDeal) lastDeal = d;
      const slot = monthIndex(d) - lastMonth + METRIC_MONTHS - 1;
      if (slot >= 0) m.monthly_sales[slot] = m.monthly_sales[slot].plus(amount);
    }
    m.days_since_last_deal = lastDeal === null ? null : asOf - lastDeal;
    out.set(g.key, m);
  }
  return out;
}
