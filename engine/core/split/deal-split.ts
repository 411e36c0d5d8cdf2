/**
 * Deal splits (SPEC §4): for each deal, who gets the performance credit (业绩) and the commission (佣金), each
 * allocated exactly. The case is chosen in a fixed order: company customer, employee introduction, household
 * members received by different salespeople, assist on a protected customer, else the closer alone.
 */
import Decimal from 'decimal.js';
import { formatDay } from '../dates';
import type { Grouping } from '../grouping';
import type { DealRecord, Walk } from '../owner/walk';
import type { OwnershipPolicy } from '../policy/schema';
import { phoneText } from '../phone';
import type { RegisterRow, SplitResult, SplitRole } from '../types';
import { allocate } from './allocation';

/** Names a register row the way results do. */
type RowNamer = (index: number) => string;

interface Case {
  parties: { name: string; role: SplitRole }[];
  credit: number[];
  commission: number[];
  why: string;
}

/** What a group's history up to a deal says about the split, gathered in one pass over the group's rows. */
interface History {
  firstTeam: string;
  /** First row naming an employee introducer (员工介绍), or -1. */
  introRow: number;
  /** First receiver (claiming salesperson) of each household member (phone, else name). */
  receivers: Map<string, string>;
}

const pct = (p: number): string => `${p}%`;

/** The split case of one deal, given the group's history before it. */
function chooseCase(deal: DealRecord, r: RegisterRow, h: History, rows: readonly RegisterRow[], policy: OwnershipPolicy, ref: RowNamer): Case {
  const closer = deal.closer;
  const company = [r.team, h.firstTeam].find((t) => t && policy.company_teams.includes(t));
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
    const who = rows[h.introRow].referrer;
    return {
      parties: [{ name: who, role: 'introducer' }, { name: closer, role: 'closer' }],
      credit: [0, 100], commission: [c.introducer, c.closer],
      why: `employee introduction (员工介绍) by ${who} row ${ref(h.introRow)}: credit to the closer, commission introducer ${pct(c.introducer)} / closer ${pct(c.closer)}`,
    };
  }
  if (deal.owner && deal.owner !== closer) {
    const receivers = new Set(h.receivers.values());
    if (receivers.size >= 2 && receivers.has(deal.owner) && receivers.has(closer)) {
      const s = policy.household_split;
      return {
        parties: [{ name: deal.owner, role: 'first receiver' }, { name: closer, role: 'second receiver' }],
        credit: [s.first, s.second], commission: [s.first, s.second],
        why: `household members first received by ${deal.owner} and ${closer} (家庭客户): credit and commission ${pct(s.first)} / ${pct(s.second)}`,
      };
    }
    const c = policy.assist_credit, m = policy.assist_commission;
    return {
      parties: [{ name: deal.owner, role: 'owner' }, { name: closer, role: 'closer' }],
      credit: [c.owner, c.closer], commission: [m.owner, m.closer],
      why: `${deal.owner} protected owner until ${formatDay(deal.ownerUntil)} (row ${ref(deal.ownerClaimRow)}), closer ${closer}: ` +
        `credit owner ${pct(c.owner)} / closer ${pct(c.closer)}, commission owner ${pct(m.owner)} / closer ${pct(m.closer)}`,
    };
  }
  return {
    parties: [{ name: closer, role: 'closer' }],
    credit: [100], commission: [100],
    why: deal.owner ? `closer ${closer} is the owner: 100%` : `customer unowned or released when ${closer} closed: closer 100%`,
  };
}

/** Commission of a deal: the row's own, else amount × commission_rate, else none. */
function commissionOf(r: RegisterRow, policy: OwnershipPolicy): Decimal | null {
  if (r.commission) return r.commission;
  if (policy.commission_rate === null || !r.amount) return null;
  return r.amount.times(policy.commission_rate).dividedBy(100).toDecimalPlaces(policy.decimals, Decimal.ROUND_HALF_UP);
}

/** The split lines of one deal. */
function splitLines(deal: DealRecord, c: Case, rows: readonly RegisterRow[], key: string, policy: OwnershipPolicy, ref: RowNamer): SplitResult[] {
  const r = rows[deal.row];
  const dp = policy.decimals;
  const amount = r.amount!.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP);
  const commission = commissionOf(r, policy);
  const credit = allocate(amount, c.credit, dp);
  const paid = commission ? allocate(commission, c.commission, dp) : null;
  const why = commission ? c.why : `${c.why}; no commission on the row`;
  const out: SplitResult[] = [];
  c.parties.forEach((p, k) => {
    // A party with neither credit nor commission is not a party of this deal.
    if (c.credit[k] === 0 && (!paid || paid[k].isZero()) && c.parties.length > 1) return;
    out.push({
      dealRow: ref(deal.row), dealDate: formatDay(r.date), customerKey: key,
      amount: amount.toFixed(dp), commission: commission ? commission.toFixed(dp) : '',
      party: p.name, role: p.role, creditShare: String(c.credit[k]),
      creditAmount: credit[k].toFixed(dp), commissionAmount: paid ? paid[k].toFixed(dp) : '',
      reason: why,
    });
  });
  return out;
}

/** Split every deal the walk met, by deal row then party order. */
export function splitDeals(walk: Walk, rows: readonly RegisterRow[], grouping: Grouping, policy: OwnershipPolicy, ref: RowNamer): SplitResult[] {
  // Deal index + 1 per register row (0: no deal), read for every row of a group with deals.
  const dealAt = new Int32Array(rows.length);
  walk.deals.forEach((d, k) => { dealAt[d.row] = k + 1; });
  const claimEvents = new Set(policy.claim_events);
  const byRow: { row: number; lines: SplitResult[] }[] = [];
  const groupsWithDeals = new Set(walk.deals.map((d) => d.group));
  for (const g of groupsWithDeals) {
    const h: History = { firstTeam: '', introRow: -1, receivers: new Map() };
    const groupRows = grouping.groups[g].rows;
    const household = policy.household_grouping && grouping.groups[g].household !== '';
    groupRows.forEach((i, n) => {
      const r = rows[i];
      if (n === 0) h.firstTeam = r.team;
      if (h.introRow < 0 && r.referrer && policy.introducers.includes(r.referrer)) h.introRow = i;
      if (household && claimEvents.has(r.event)) {
        const member = phoneText(r.phone) || r.customer;
        if (!h.receivers.has(member)) h.receivers.set(member, r.salesperson);
      }
      const deal = dealAt[i] > 0 ? walk.deals[dealAt[i] - 1] : null;
      if (deal) byRow.push({ row: i, lines: splitLines(deal, chooseCase(deal, r, h, rows, policy, ref), rows, grouping.groups[g].key, policy, ref) });
    });
  }
  byRow.sort((a, b) => a.row - b.row);
  return byRow.flatMap((d) => d.lines);
}
