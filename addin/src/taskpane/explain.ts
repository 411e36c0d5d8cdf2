/**
 * "Explain selected row": what the engine says about one register row — the customer's owner, status and
 * reason, the split when the row is a deal, or why the row could not be used.
 */
import type { EngineResult } from '../../../engine/core/engine';
import type { Register } from '../../../engine/core/types';
import { reasonText } from '../functions/reason-text';
import type { Lang } from './i18n';

/** What the pane shows for one row. */
export interface RowExplanation {
  /** Spreadsheet row. */
  row: number;
  customerKey: string;
  owner: string;
  status: string;
  reason: string;
  /** Parties of the deal on this row: party, role, credit amount, commission amount. */
  split: { party: string; role: string; credit: string; commission: string; reason: string }[];
  /** Problems when the row could not be used. */
  problems: string[];
}

/**
 * Explain spreadsheet row `row` of a register, reasons in `lang`; null when no register row or exception sits
 * there.
 */
export function explainRow(register: Register, result: EngineResult, row: number, lang: Lang = 'en'): RowExplanation | null {
  const index = register.cols.line.indexOf(row);
  if (index < 0) {
    const problems = register.exceptions.filter((x) => x.row === row).map((x) => `${x.column}: ${x.problem} (${x.value})`);
    return problems.length > 0 ? { row, customerKey: '', owner: '', status: '', reason: '', split: [], problems } : null;
  }
  const group = result.grouping.groupOfRow[index];
  const owner = group >= 0 ? result.owners[group] : null;
  const split = result.splits
    .filter((s) => s.dealRow === String(row))
    .map((s) => ({ party: s.party, role: s.role, credit: s.creditAmount, commission: s.commissionAmount, reason: reasonText(s, lang) }));
  return {
    row,
    customerKey: owner?.customerKey ?? '',
    owner: owner?.owner ?? '',
    status: owner?.status ?? '',
    reason: owner ? reasonText(owner, lang) : '',
    split,
    problems: [],
  };
}
