/**
 * Deal splits (SPEC §4): for each deal, who gets the performance credit (业绩) and the commission (佣金), each
 * allocated exactly. The case is chosen in a fixed order: company customer, employee introduction, household
 * members received by different salespeople, assist on a protected customer, else the closer alone.
 */
import Decimal from 'decimal.js';
import { formatDay } from '../dates';
import type { Grouping } from '../grouping';
import { eventFlags, type DealRecord, type Walk } from '../owner/walk';
import type { OwnershipPolicy } from '../policy/schema';
import { rowName } from '../register';
import type { Register, SplitResult, SplitRole } from '../types';
import { allocateUnits, formatUnits, toUnits, wholeWeights } from './allocation';

interface Case {
  parties: { name: string; role: SplitRole }[];
  credit: number[];
  commission: number[];
  why: string;
}

/** What a group's history up to a deal says about the split, gathered in one pass over the group's rows. */
interface History {
  /** Team text id of the group's first row. */
  firstTeam: number;
  /** First row naming an employee introducer (员工介绍), or -1. */
  introRow: number;
  /** First receiver (claiming salesperson's text id) of each household member (phone id, else -1 - name id). */
  receivers: Map<number, number> | null;
}

const pct = (p: number): string => `${p}%`;

/** `team` when it marks company customers (公司客户), else ''. */
function companyTeam(team: string, policy: OwnershipPolicy): string {
  return team && policy.company_teams.length > 0 && policy.company_teams.includes(team) ? team : '';
}

/** The split case of deal row `i`, given the group's history before it. */
function chooseCase(deal: DealRecord, i: number, h: History, register: Register, policy: OwnershipPolicy): Case {
  const { cols, texts } = register;
  const closer = texts[deal.closer];
  const company = companyTeam(texts[cols.team[i]], policy) || companyTeam(texts[h.firstTeam], policy);
  if (company) {
    const c = policy.company_pool_commission;
    return {
      parties: [{ name: policy.company_pool_party, role: 'pool' }, { name: closer, role: 'closer' }],
      credit: [0, 100], commission: [c.pool, c.closer],
      why: `company customer (公司客户, team ${company}): credit to the closer, commission pool ${pct(c.pool)} / closer ${pct(c.closer)}`,
    };
  }
  if (h.introRow >= 0) {
    const c = policy.introducer_commission;
    const who = texts[cols.referrer[h.introRow]];
    return {
      parties: [{ name: who, role: 'introducer' }, { name: closer, role: 'closer' }],
      credit: [0, 100], commission: [c.introducer, c.closer],
      why: `employee introduction (员工介绍) by ${who} row ${rowName(register, h.introRow)}: credit to the closer, commission introducer ${pct(c.introducer)} / closer ${pct(c.closer)}`,
    };
  }
  if (deal.owner && deal.owner !== deal.closer) {
    const owner = texts[deal.owner];
    const receivers = new Set(h.receivers?.values());
    if (receivers.size >= 2 && receivers.has(deal.owner) && receivers.has(deal.closer)) {
      const s = policy.household_split;
      return {
        parties: [{ name: owner, role: 'first receiver' }, { name: closer, role: 'second receiver' }],
        credit: [s.first, s.second], commission: [s.first, s.second],
        why: `household members first received by ${owner} and ${closer} (家庭客户): credit and commission ${pct(s.first)} / ${pct(s.second)}`,
      };
    }
    const c = policy.assist_credit, m = policy.assist_commission;
    return {
      parties: [{ name: owner, role: 'owner' }, { name: closer, role: 'closer' }],
      credit: [c.owner, c.closer], commission: [m.owner, m.closer],
      why: `${owner} protected owner until ${formatDay(deal.ownerUntil)} (row ${rowName(register, deal.ownerClaimRow)}), closer ${closer}: ` +
        `credit owner ${pct(c.owner)} / closer ${pct(c.closer)}, commission owner ${pct(m.owner)} / closer ${pct(m.closer)}`,
    };
  }
  return {
    parties: [{ name: closer, role: 'closer' }],
    credit: [100], commission: [100],
    why: deal.owner ? `closer ${closer} is the owner: 100%` : `customer unowned or released when ${closer} closed: closer 100%`,
  };
}

/** Commission of deal row `i`: the row's own, else amount × commission_rate, else none. */
function commissionOf(register: Register, i: number, policy: OwnershipPolicy): Decimal | null {
  const own = register.cols.commission[i];
  const amount = register.cols.amount[i];
  if (own) return own;
  if (policy.commission_rate === null || !amount) return null;
  return amount.times(policy.commission_rate).dividedBy(100).toDecimalPlaces(policy.decimals, Decimal.ROUND_HALF_UP);
}

/** Percent sets as whole-number weights, converted once per distinct set. */
class WeightSets {
  private readonly sets = new Map<string, bigint[]>();
  of(percents: readonly number[]): bigint[] {
    const key = percents.join('/');
    let w = this.sets.get(key);
    if (!w) this.sets.set(key, (w = wholeWeights(percents)));
    return w;
  }
}

/** The split lines of one deal. Money is whole numbers of the smallest unit, so every part is exact. */
function splitLines(deal: DealRecord, c: Case, register: Register, key: string, policy: OwnershipPolicy, weights: WeightSets): SplitResult[] {
  const i = deal.row;
  const dp = policy.decimals;
  const amount = toUnits(register.cols.amount[i]!, dp);
  const commission = commissionOf(register, i, policy);
  const commissionUnits = commission ? toUnits(commission, dp) : null;
  const credit = allocateUnits(amount, weights.of(c.credit));
  const paid = commissionUnits === null ? null : allocateUnits(commissionUnits, weights.of(c.commission));
  const why = commission ? c.why : `${c.why}; no commission on the row`;
  const dealRow = rowName(register, i);
  const dealDate = formatDay(register.cols.date[i]);
  const amountText = formatUnits(amount, dp);
  const commissionText = commissionUnits === null ? '' : formatUnits(commissionUnits, dp);
  const out: SplitResult[] = [];
  c.parties.forEach((p, k) => {
    // A party with neither credit nor commission is not a party of this deal.
    if (c.credit[k] === 0 && (!paid || paid[k] === 0n) && c.parties.length > 1) return;
    out.push({
      dealRow, dealDate, customerKey: key, amount: amountText, commission: commissionText,
      party: p.name, role: p.role, creditShare: String(c.credit[k]),
      creditAmount: formatUnits(credit[k], dp), commissionAmount: paid ? formatUnits(paid[k], dp) : '',
      reason: why,
    });
  });
  return out;
}

/** Split every deal the walk met, by deal row then party order. */
export function splitDeals(walk: Walk, register: Register, grouping: Grouping, policy: OwnershipPolicy): SplitResult[] {
  const { cols } = register;
  // Deal index + 1 per register row (0: no deal), read for every row of a group with deals.
  const dealAt = new Int32Array(register.size);
  walk.deals.forEach((d, k) => { dealAt[d.row] = k + 1; });
  const claims = eventFlags(policy.claim_events);
  const introducers = new Set(policy.introducers.map((name) => register.textId(name)).filter((id) => id > 0));
  const weights = new WeightSets();
  // First the case of every deal, group by group (it rests on the group's history before the deal); then the money,
  // deal by deal in row order, which is also the order of the result and of the amounts in memory.
  const cases: Case[] = new Array(walk.deals.length);
  const done = new Uint8Array(grouping.groups.length);
  for (const { group: g } of walk.deals) {
    if (done[g]) continue;
    done[g] = 1;
    const group = grouping.groups[g];
    const rows = group.rows;
    const household = policy.household_grouping && group.household !== '';
    const h: History = { firstTeam: cols.team[rows[0]], introRow: -1, receivers: household ? new Map() : null };
    for (let n = 0; n < rows.length; n++) {
      const i = rows[n];
      if (h.introRow < 0 && introducers.size > 0 && introducers.has(cols.referrer[i])) h.introRow = i;
      if (h.receivers && claims[cols.event[i]]) {
        const member = cols.phone[i] >= 0 ? cols.phone[i] : -1 - cols.customer[i];
        if (!h.receivers.has(member)) h.receivers.set(member, cols.salesperson[i]);
      }
      const k = dealAt[i] - 1;
      if (k >= 0) cases[k] = chooseCase(walk.deals[k], i, h, register, policy);
    }
  }
  const lines: SplitResult[] = [];
  for (let i = 0; i < register.size; i++) {
    const k = dealAt[i] - 1;
    if (k < 0) continue;
    const deal = walk.deals[k];
    for (const line of splitLines(deal, cases[k], register, grouping.groups[deal.group].key, policy, weights)) lines.push(line);
  }
  return lines;
}
