/**
 * Spill layouts of CRM.OWNERS and CRM.SPLITS: the Owners and Splits columns of SPEC §8, as one header row and
 * one row per result, so a spill reads like the batch runner's sheet. Dates stay ISO text (readable without a
 * number format, and equal to the batch runner's text); money and percents become numbers Excel can sum.
 */
import type { OwnerResult, SplitResult } from '../../../engine/core/types';

/** Header of the Owners spill (SPEC §8). */
export const OWNERS_HEADER = ['Customer Key', 'Customer', 'Phone', 'Household', 'Owner', 'Team', 'Status', 'Owner Since', 'Protected Until', 'Reason'];

/** Header of the Splits spill (SPEC §8). */
export const SPLITS_HEADER = ['Deal Row', 'Deal Date', 'Customer Key', 'Amount', 'Commission', 'Party', 'Role', 'Credit Share', 'Credit Amount', 'Commission Amount', 'Reason'];

/** One Owners spill row. */
export function ownerRow(o: OwnerResult): (string | number)[] {
  return [o.customerKey, o.customer, o.phone, o.household, o.owner, o.team, o.status, o.ownerSince, o.protectedUntil, o.reason];
}

/** A decimal string as an Excel number ('' stays blank). */
function num(text: string): number | string {
  return text === '' ? '' : Number(text);
}

/** One Splits spill row. A plain row number is a number; `file:row` stays text. */
export function splitRow(s: SplitResult): (string | number)[] {
  const dealRow = /^\d+$/.test(s.dealRow) ? Number(s.dealRow) : s.dealRow;
  return [dealRow, s.dealDate, s.customerKey, num(s.amount), num(s.commission), s.party, s.role,
    num(s.creditShare), num(s.creditAmount), num(s.commissionAmount), s.reason];
}
