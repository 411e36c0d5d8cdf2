/**
 * The numbers behind the Dashboard sheet: credit and commission per salesperson (from the deal splits) and the
 * grade distribution. Money is summed in decimal, never binary floating point.
 */
import Decimal from 'decimal.js';
import type { SplitResult } from '../../../engine/core/types';
import type { GradeDistribution } from './grades';
import type { Words } from './i18n';

/** Credit and commission totals of one party. */
export interface PartyTotals {
  party: string;
  credit: string;
  commission: string;
}

/** Totals per party over all deal splits, sorted by party name (plain code-point order, deterministic). */
export function totalsPerParty(splits: readonly SplitResult[]): PartyTotals[] {
  const sums = new Map<string, { credit: Decimal; commission: Decimal }>();
  for (const s of splits) {
    const t = sums.get(s.party) ?? { credit: new Decimal(0), commission: new Decimal(0) };
    t.credit = t.credit.plus(s.creditAmount || 0);
    t.commission = t.commission.plus(s.commissionAmount || 0);
    sums.set(s.party, t);
  }
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([party, t]) => ({ party, credit: t.credit.toFixed(2), commission: t.commission.toFixed(2) }));
}

/** One table of the dashboard and the chart drawn from it (header row first; categories in the first column). */
export interface DashboardBlock {
  title: string;
  rows: (string | number)[][];
  chart: 'pie' | 'column';
  /** Written instead of the table and chart when the block has no data rows. */
  emptyNote: string;
}

/**
 * The dashboard's blocks: credit and commission per salesperson (column chart), then customers per grade (pie
 * chart) — or, when no grade policy applies (`null`), a note saying how to give one.
 */
export function dashboardBlocks(w: Words, splits: readonly SplitResult[], grades: GradeDistribution | null): DashboardBlock[] {
  const totals = totalsPerParty(splits);
  return [
    {
      title: w.creditPerSalesperson,
      chart: 'column',
      rows: [[w.salesperson, w.credit, w.commission], ...totals.map((t) => [t.party, Number(t.credit), Number(t.commission)])],
      emptyNote: w.noSalespeople,
    },
    {
      title: w.gradeDistribution,
      chart: 'pie',
      rows: [[w.grade, w.customers], ...(grades?.counts ?? [])],
      emptyNote: grades ? w.noGradedCustomers : w.noGradePolicy,
    },
  ];
}
