/**
 * Deal splits (SPEC §4): for each deal, who gets the performance credit (业绩) and the commission (佣金), each
 * allocated exactly. The case is the first row of the policy's deal-case table (case-table.ts) that the deal's
 * facts (deal-facts.ts) satisfy; without a written table, the five fixed cases of SPEC §4 in their order.
 */
import Decimal from 'decimal.js';
import { formatDay } from '../dates';
import type { Grouping } from '../grouping';
import { untilArg } from '../owner/state';
import type { DealChoice, DealRecord, Walk } from '../owner/walk';
import type { OwnershipPolicy } from '../policy/schema';
import { rowName } from '../register';
import '../messages/split';
import { msg, renderReason, type Message } from '../messages';
import { EVENT_CODE, type Register, type SplitResult } from '../types';
import { allocateUnits, formatUnits, toUnits } from './allocation';
import type { DealFact } from './case-names';
import { chooseRow, type CaseRow, type CaseTable } from './case-table';
import type { DealContext, DealFactFinder } from './deal-facts';
import { penaltyLines } from './penalties';

/** The split of one deal: the case row, the parties' names in the row's order, and why (clauses). */
interface Case {
  row: CaseRow;
  names: string[];
  why: Message[];
}

/** Party names and reason of a deal under its case row. */
function caseOf(deal: DealRecord, row: CaseRow, c: DealContext, register: Register, policy: OwnershipPolicy): Case {
  const { cols, texts } = register;
  const closer = texts[deal.closer];
  const owner = texts[deal.owner];
  switch (row.kind) {
    case 'company': {
      const p = policy.company_pool_commission;
      return {
        row, names: [policy.company_pool_party, closer],
        why: [msg('split.company', { team: texts[c.companyTeam], pool: String(p.pool), closer: String(p.closer) })],
      };
    }
    case 'introducer': {
      const p = policy.introducer_commission;
      const who = texts[cols.referrer[c.introRow]];
      return {
        row, names: [who, closer],
        why: [msg('split.introducer', { introducer: who, row: rowName(register, c.introRow), share: String(p.introducer), closer: String(p.closer) })],
      };
    }
    case 'household': {
      const [a, b] = row.credit.map(String), [pa, pb] = row.commission.map(String);
      const why = a === pa && b === pb
        ? msg('split.household', { first: owner, second: closer, a, b })
        : msg('split.household-separate', { first: owner, second: closer, a, b, c: pa, d: pb });
      return { row, names: [owner, closer], why: [why] };
    }
    case 'assist': {
      const p = policy.assist_credit, m = policy.assist_commission;
      return {
        row, names: [owner, closer],
        why: [msg('split.assist', {
          owner, date: untilArg(deal.ownerUntil), row: rowName(register, deal.ownerClaimRow), closer,
          co: String(p.owner), cc: String(p.closer), mo: String(m.owner), mc: String(m.closer),
        })],
      };
    }
    case 'alone':
      return { row, names: [closer], why: [msg(deal.owner ? 'split.closer-is-owner' : 'split.unowned', { closer })] };
    case 'table':
      return tableCase(deal, row, c, register, policy);
  }
}

/** The first clause of each written row's reason (the row, its note, what it tests): the same for all its deals. */
const rowClauses = new WeakMap<CaseRow, Message>();

/** The clause naming row `row` of a written table and what it tested, made once per row. */
function rowClause(row: CaseRow): Message {
  let clause = rowClauses.get(row);
  if (clause === undefined) {
    const tested = (Object.keys(row.when) as DealFact[]).map((f) => `${f} ${row.when[f]}`).join(', ');
    clause = msg('split.case', { row: String(row.row), note: row.note ? msg('split.case-note', { note: row.note }) : '', tested: tested || msg('split.any-deal') });
    rowClauses.set(row, clause);
  }
  return clause;
}

/** `name 50% / name 50%`: each party with its percent. */
function shares(names: readonly string[], values: readonly number[]): string {
  let text = '';
  for (let k = 0; k < names.length; k++) text += `${k > 0 ? ' / ' : ''}${names[k]} ${values[k]}%`;
  return text;
}

/** Party names and reason of a row of a written table: the row, what it tested, and the shares. */
function tableCase(deal: DealRecord, row: CaseRow, c: DealContext, register: Register, policy: OwnershipPolicy): Case {
  const { texts } = register;
  const closer = texts[deal.closer];
  let missing: string[] | null = null;
  const names: string[] = [];
  for (const p of row.parties) {
    if (!p.role) {
      names.push(p.name);
      continue;
    }
    const id = p.role === 'owner' ? deal.recordedOwner : p.role === 'closer' ? deal.closer : p.role === 'first_receiver' ? c.firstReceiver
      : p.role === 'designated' ? c.designated : p.role === 'referrer_owner' ? c.referrerOwner
        : p.role === 'introducer' ? (c.introRow >= 0 ? register.cols.referrer[c.introRow] : 0) : -1;
    if (id === -1) names.push(p.role === 'pool' ? policy.company_pool_party : policy.department_party);
    else if (id === 0) {
      (missing ??= []).push(p.role);
      names.push(closer); // nobody in that role on this deal: the closer carries the share
    } else names.push(texts[id]);
  }
  const why = [rowClause(row), msg('split.case-shares', { credit: shares(names, row.credit), commission: shares(names, row.commission) })];
  if (missing) why.push(msg('split.role-missing', { roles: missing.join(', ') }));
  if (row.after !== 'keep') why.push(msg('split.passes-to', { after: row.after }));
  return { row, names, why };
}

const NO_COMMISSION = msg('split.no-commission');

/** Commission of deal row `i`: the row's own, else amount × commission_rate, else none. */
function commissionOf(register: Register, i: number, policy: OwnershipPolicy): Decimal | null {
  const own = register.cols.commission[i];
  const amount = register.cols.amount[i];
  if (own) return own;
  if (policy.commission_rate === null || !amount) return null;
  return amount.times(policy.commission_rate).dividedBy(100).toDecimalPlaces(policy.decimals, Decimal.ROUND_HALF_UP);
}

/** The split lines of one deal. Money is whole numbers of the smallest unit, so every part is exact. */
function splitLines(deal: DealRecord, c: Case, register: Register, key: string, policy: OwnershipPolicy): SplitResult[] {
  const i = deal.row;
  const dp = policy.decimals;
  const amount = toUnits(register.cols.amount[i]!, dp);
  const commission = commissionOf(register, i, policy);
  const commissionUnits = commission ? toUnits(commission, dp) : null;
  const rule = c.row;
  const credit = allocateUnits(amount, rule.creditWeights);
  const paid = commissionUnits === null ? null : allocateUnits(commissionUnits, rule.commissionWeights);
  const reasonMessages = commission ? c.why : [...c.why, NO_COMMISSION];
  const why = renderReason(reasonMessages, 'en'); // once per deal: every line of the deal shares it
  const dealRow = rowName(register, i);
  const dealDate = formatDay(register.cols.date[i]);
  const amountText = formatUnits(amount, dp);
  const commissionText = commissionUnits === null ? '' : formatUnits(commissionUnits, dp);
  const out: SplitResult[] = [];
  for (let k = 0; k < rule.parties.length; k++) {
    // A party with neither credit nor commission is not a party of this deal; without a commission on the row,
    // a party with a commission share still is (its line shows the share it would have had).
    if (rule.credit[k] === 0 && (paid ? paid[k] === 0n : rule.commission[k] === 0) && rule.parties.length > 1) continue;
    out.push({
      dealRow, dealDate, customerKey: key, amount: amountText, commission: commissionText,
      party: c.names[k], role: rule.parties[k].label, creditShare: String(rule.credit[k]),
      // A whole amount (one party's) reuses the text already made for it.
      creditAmount: credit[k] === amount ? amountText : formatUnits(credit[k], dp),
      commissionAmount: !paid ? '' : paid[k] === commissionUnits ? commissionText : formatUnits(paid[k], dp),
      reason: why, reasonMessages,
    });
  }
  return out;
}

/**
 * Split every deal the walk met, by deal row then party order. `table` is the policy's compiled deal-case table and
 * `finder` works out each deal's facts; a deal whose case the walk already chose (tables that change ownership)
 * keeps that choice.
 */
export function splitDeals(
  walk: Walk, register: Register, grouping: Grouping, policy: OwnershipPolicy, table: CaseTable, finder: DealFactFinder, asOf: number,
): SplitResult[] {
  const { deals } = walk;
  // Deal index + 1 per register row (0: no deal): the money is made deal by deal in row order, which is also the
  // order of the result and of the amounts in memory.
  const dealAt = new Int32Array(register.size);
  deals.forEach((d, k) => { dealAt[d.row] = k + 1; });
  const lines: SplitResult[] = [];
  // Register row of each line, kept only once a penalty row is met (penalty lines then go in by row).
  let rowOfLine: number[] | null = null;
  const { event } = register.cols;
  for (let i = 0; i < register.size; i++) {
    if (event[i] === EVENT_CODE.penalty && !rowOfLine) rowOfLine = lines.map(() => -1);
    const k = dealAt[i] - 1;
    if (k < 0) continue;
    const deal = deals[k];
    const chosen = deal.chosen ?? chooseDeal(table, finder, deal, false);
    if (!chosen) {
      lines.push(...gapLines(deal, register, grouping.groups[deal.group].key, policy, table));
      continue;
    }
    const c = caseOf(deal, chosen.row, chosen.context, register, policy);
    const dealLines = splitLines(deal, c, register, grouping.groups[deal.group].key, policy);
    for (let n = 0; n < dealLines.length; n++) {
      lines.push(dealLines[n]);
      rowOfLine?.push(i);
    }
  }
  return rowOfLine ? withPenalties(lines, rowOfLine, penaltyLines(register, grouping, policy, asOf, lines)) : lines;
}

/** Deal lines and penalty lines in register-row order (a penalty after the deal lines of its row's predecessors). */
function withPenalties(lines: SplitResult[], rowOfLine: readonly number[], penalties: readonly { row: number; line: SplitResult }[]): SplitResult[] {
  const out: SplitResult[] = [];
  let p = 0;
  for (let n = 0; n < lines.length; n++) {
    while (p < penalties.length && penalties[p].row < rowOfLine[n]) out.push(penalties[p++].line);
    out.push(lines[n]);
  }
  while (p < penalties.length) out.push(penalties[p++].line);
  return out;
}

/** The case of a deal: its facts and the first row they satisfy (null: no row does). */
export function chooseDeal(table: CaseTable, finder: DealFactFinder, deal: DealRecord, keep = true): DealChoice | null {
  const context = finder.find(deal, keep);
  const row = chooseRow(table, context.facts);
  return row ? { row, context } : null;
}

/** A deal no row of a written table matches (a gap the lint reports): the closer alone, saying so. */
function gapLines(deal: DealRecord, register: Register, key: string, policy: OwnershipPolicy, table: CaseTable): SplitResult[] {
  const closer = register.texts[deal.closer];
  const row: CaseRow = {
    row: 0, kind: 'table', tests: [], when: {}, parties: [{ role: 'closer', name: '', label: 'closer' }], credit: [100], commission: [100],
    creditWeights: [1n], commissionWeights: [1n], after: 'keep', note: '',
  };
  const why = [msg('split.gap', { rows: String(table.rows.length), closer })];
  return splitLines(deal, { row, names: [closer], why }, register, key, policy);
}
