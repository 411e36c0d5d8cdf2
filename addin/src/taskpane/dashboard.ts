/**
 * The numbers behind the Dashboard sheet: credit and commission per salesperson (from the deal splits). Money is
 * summed in decimal, never binary floating point.
 */
import Decimal from 'decimal.js';
import type { SplitResult } from '../../../engine/core/types';

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
