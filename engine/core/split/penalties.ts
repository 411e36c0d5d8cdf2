/**
 * Penalties and deductions (处罚): a penalty row (捞客, 甩客, 扣款) deducts from its salesperson's commission — the
 * row's amount, else the policy's `penalties` entry for its kind: a fixed amount (捞客 每次扣除5000元佣金, 甩客 50元)
 * or a percent of the salesperson's commission in the penalty's calendar month (当月应发奖金的50%). Each
 * deduction is a Splits line of its own (role `penalty`, a negative commission amount), so totals per salesperson
 * are net of it and the line names the rule and the row.
 */
import Decimal from 'decimal.js';
import { formatDay } from '../dates';
import type { Grouping } from '../grouping';
import type { OwnershipPolicy } from '../policy/schema';
import { rowName } from '../register';
import '../messages/split';
import { msg, render, type Message } from '../messages';
import { EVENT_CODE, type Register, type SplitResult } from '../types';
import { formatUnits, toUnits } from './allocation';

/** `2026-03`: the calendar month of a day number. */
function monthOf(day: number): string {
  return formatDay(day).slice(0, 7);
}

/**
 * The penalty lines of every penalty row up to `asOf`, with the register row each belongs to. `splits` are the
 * deal lines (for percent penalties, which take a share of the month's commission).
 */
export function penaltyLines(
  register: Register, grouping: Grouping, policy: OwnershipPolicy, asOf: number, splits: readonly SplitResult[],
): { row: number; line: SplitResult }[] {
  const { cols, texts } = register;
  const out: { row: number; line: SplitResult }[] = [];
  let monthly: Map<string, bigint> | null = null;
  const dp = policy.decimals;
  for (let i = 0; i < register.size; i++) {
    if (cols.event[i] !== EVENT_CODE.penalty || cols.date[i] > asOf) continue;
    const who = texts[cols.salesperson[i]];
    const kind = texts[cols.violation[i]];
    const rule = kind ? policy.penalties[kind] : undefined;
    const own = cols.amount[i];
    let units: bigint | null = null;
    let why: Message;
    const at = { kind: kind || msg('split.no-kind'), date: formatDay(cols.date[i]), row: rowName(register, i), who };
    if (own) {
      units = toUnits(own.abs(), dp);
      why = msg('split.penalty-row-amount', { ...at, amount: formatUnits(units, dp) });
    } else if (typeof rule === 'number') {
      units = toUnits(new Decimal(rule), dp);
      why = msg('split.penalty-fixed', { ...at, amount: formatUnits(units, dp), rule: String(rule) });
    } else if (typeof rule === 'string') {
      monthly ??= monthlyCommission(splits, dp);
      const month = monthOf(cols.date[i]);
      const base = monthly.get(`${who}\u0000${month}`) ?? 0n;
      const share = new Decimal(rule.slice(0, -1));
      units = BigInt(new Decimal(base.toString()).times(share).dividedBy(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed());
      why = msg('split.penalty-percent', { ...at, amount: formatUnits(units, dp), rule, base: formatUnits(base, dp), month });
    } else {
      const known = Object.keys(policy.penalties);
      why = msg('split.penalty-unknown', { ...at, kinds: known.length ? msg('split.penalty-kinds', { kinds: known.join(', ') }) : '' });
    }
    const g = grouping.groupOfRow[i];
    out.push({
      row: i,
      line: {
        dealRow: rowName(register, i), dealDate: formatDay(cols.date[i]), customerKey: g >= 0 ? grouping.groups[g].key : '',
        amount: '', commission: '', party: who, role: 'penalty', creditShare: '', creditAmount: '',
        commissionAmount: units === null ? '' : formatUnits(-units, dp), reason: render(why, 'en'), reasonMessages: [why],
      },
    });
  }
  return out;
}

/** Commission per salesperson and calendar month, in units, from the deal lines. */
function monthlyCommission(splits: readonly SplitResult[], dp: number): Map<string, bigint> {
  const sums = new Map<string, bigint>();
  for (const s of splits) {
    if (!s.commissionAmount || s.role === 'penalty') continue;
    const key = `${s.party}\u0000${s.dealDate.slice(0, 7)}`;
    sums.set(key, (sums.get(key) ?? 0n) + toUnits(new Decimal(s.commissionAmount), dp));
  }
  return sums;
}
