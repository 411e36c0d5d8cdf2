/**
 * A deal-case table written as a block of a Rules sheet (规则): a header row naming fact columns (closer_is_owner or
 * 成交人即归属人, …), share columns (`credit owner` / `业绩 归属人`, `commission closer` / `佣金 成交人`, any other
 * word after credit/commission naming a party), and optionally `after` (成交后归属) and `note` (说明); one case per
 * row down to the next blank row. Rows become `deal_cases` entries carrying their sheet row numbers.
 */
import { afterDealOf, factOfLabel, type DealFact } from '../split/case-names';
import type { Cell } from '../types';
import { cellText, isBlank } from '../values';
import { cellAddress } from './address';
import { PolicyError } from './validate';

const SHARE = /^(credit|业绩|commission|佣金)\s*[:：.\s]\s*(\S.*)$/i;
const AFTER = new Set(['after', '成交后归属', 'ownership after']);
const NOTE = new Set(['note', '说明', '备注', 'case', '情形']);

/** Whether a header cell names a share column (`credit owner`, `佣金 成交人`). */
export function isShareHeader(value: Cell): boolean {
  return SHARE.test(cellText(value));
}

/** What one column of the block holds. */
type Column =
  | { kind: 'fact'; fact: DealFact }
  | { kind: 'share'; what: 'credit' | 'commission'; party: string }
  | { kind: 'after' }
  | { kind: 'note' }
  | { kind: 'none' };

/** A percent cell: a number, or text such as `50` or `50%`; blank is null. */
function percentOf(value: Cell, where: string, sheet: string, header: string): number | null {
  if (isBlank(value)) return null;
  const n = typeof value === 'number' ? value : Number(cellText(value).replace(/%$/, '').trim());
  if (!Number.isFinite(n)) {
    throw new PolicyError(`${sheet}!${where}: ${header}: value "${cellText(value)}" is not allowed; expected a percent from 0 to 100`, 'deal_cases', value);
  }
  return n;
}

/**
 * The deal-case rows of a block (header first, cells from column A). `firstRow` is the spreadsheet row of the
 * header, for messages and row numbers.
 */
export function dealCasesOfBlock(rows: readonly (readonly Cell[])[], firstRow: number, sheet: string): Record<string, unknown>[] {
  const header = rows[0].map((c) => cellText(c));
  const columns: Column[] = header.map((h, c): Column => {
    if (!h) return { kind: 'none' };
    const share = SHARE.exec(h);
    if (share) return { kind: 'share', what: /^(credit|业绩)$/i.test(share[1]) ? 'credit' : 'commission', party: share[2].trim() };
    const fact = factOfLabel(h);
    if (fact) return { kind: 'fact', fact };
    if (AFTER.has(h.toLowerCase())) return { kind: 'after' };
    if (NOTE.has(h.toLowerCase())) return { kind: 'note' };
    throw new PolicyError(
      `${sheet}!${cellAddress(c, firstRow)}: deal-case table column "${h}" is not a fact, a share (credit <party> / commission <party>), after or note`,
      'deal_cases', h,
    );
  });
  const hasCommission = columns.some((c) => c.kind === 'share' && c.what === 'commission');
  return rows.slice(1).map((cells, k) => {
    const row = firstRow + 1 + k;
    const when: Record<string, string | number | boolean> = {};
    const credit: Record<string, number> = {};
    const commission: Record<string, number> = {};
    const out: Record<string, unknown> = { when, credit, row };
    columns.forEach((col, c) => {
      const value = cells[c];
      if (col.kind === 'fact') {
        if (!isBlank(value)) when[col.fact] = typeof value === 'boolean' || typeof value === 'number' ? value : cellText(value);
      } else if (col.kind === 'share') {
        const p = percentOf(value, cellAddress(c, row), sheet, header[c]);
        if (p !== null) (col.what === 'credit' ? credit : commission)[col.party] = p;
      } else if (col.kind === 'after') {
        const text = cellText(value);
        out.after = afterDealOf(text) ?? text; // an unknown word is named by validation, with what is allowed
      } else if (col.kind === 'note') {
        if (!isBlank(value)) out.note = cellText(value);
      }
    });
    if (hasCommission && Object.keys(commission).length > 0) out.commission = commission;
    return out;
  });
}
