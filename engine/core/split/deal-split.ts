/**
 * Deal splits (SPEC §4): for each deal, who gets the performance credit (业绩) and the commission (佣金), each
 * allocated exactly. The case is chosen in a fixed order: company customer, employee introduction, household
 * members received by different salespeople, assist on a protected customer, else the closer alone.
 */
import Decimal from 'decimal.js';
import { formatDay } from '../dates';
import type { Grouping } from '../grouping';
import type { DealRecord } from '../owner/walk';
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

const pct = (p: number[]): string => p.map((x) => `${x}%`).join(' / ');

/** The split case of one deal. */
function chooseCase(
  deal: DealRecord, r: RegisterRow, groupRows: readonly number[], rows: readonly RegisterRow[], policy: OwnershipPolicy, ref: RowNamer,
): Case {
  const closer = deal.closer;
  const before = groupRows.filter((i) => rows[i].date <= r.date);
  const firstTeam = before.length > 0 ? rows[before[0]].team : '';
  const company = [r.team, firstTeam].find((t) => t && policy.company_teams.includes(t));
  if (company) {
    const c = policy.company_pool_commission;
    return {
      parties: [{ name: policy.company_pool_party, role: 'pool' }, { name: closer, role: 'closer' }],
      credit: [0, 100], commission: [c.pool, c.closer],
      why: `company customer (公司客户, team ${company}): credit to the closer, commission pool ${c.pool}% / closer ${c.closer}%`,
    };
  }
  const introRow = before.find((i) => rows[i].referrer && policy.introducers.includes(rows[i].referrer));
  if (introRow !== undefined) {
    const c = policy.introducer_commission;
    const who = rows[introRow].referrer;
    return {
      parties: [{ name: who, role: 'introducer' }, { name: closer, role: 'closer' }],
      credit: [0, 100], commission: [c.introducer, c.closer],
      why: `employee introduction (员工介绍) by ${who} row ${ref(introRow)}: credit to the closer, commission introducer ${c.introducer}% / closer ${c.closer}%`,
    };
  }
  if (deal.owner && deal.owner !== closer) {
    const household = householdReceivers(before, rows, policy);
    if (household && household.has(deal.owner) && household.has(closer)) {
      const h = policy.household_split;
      return {
        parties: [{ name: deal.owner, role: 'first receiver' }, { name: closer, role: 'second receiver' }],
        credit: [h.first, h.second], commission: [h.first, h.second],
        why: `household members first received by ${deal.owner} and ${closer} (家庭客户): credit and commission ${h.first}% / ${h.second}%`,
      };
    }
    const c = policy.assist_credit, m = policy.assist_commission;
    return {
      parties: [{ name: deal.owner, role: 'owner' }, { name: closer, role: 'closer' }],
      credit: [c.owner, c.closer], commission: [m.owner, m.closer],
      why: `${deal.owner} protected owner until ${formatDay(deal.ownerUntil)} (row ${ref(deal.ownerClaimRow)}), closer ${closer}: ` +
        `credit owner ${pct([c.owner])} / closer ${pct([c.closer])}, commission owner ${pct([m.owner])} / closer ${pct([m.closer])}`,
    };
  }
  return {
    parties: [{ name: closer, role: 'closer' }],
    credit: [100], commission: [100],
    why: deal.owner ? `closer ${closer} is the owner: 100%` : `customer unowned or released when ${closer} closed: closer 100%`,
  };
}

/**
 * First receivers of the household's members (distinct phones or names), when there are at least two members and
 * they were first received by different salespeople (同一组家庭客户，家庭成员分别登记); null otherwise.
 */
function householdReceivers(groupRows: readonly number[], rows: readonly RegisterRow[], policy: OwnershipPolicy): Set<string> | null {
  if (!policy.household_grouping || !groupRows.some((i) => rows[i].household)) return null;
  const claimEvents = new Set(policy.claim_events);
  const firstBy = new Map<string, string>();
  for (const i of groupRows) {
    const r = rows[i];
    const member = phoneText(r.phone) || r.customer;
    if (claimEvents.has(r.event) && !firstBy.has(member)) firstBy.set(member, r.salesperson);
  }
  const receivers = new Set(firstBy.values());
  return receivers.size >= 2 ? receivers : null;
}

/** Commission of a deal: the row's own, else amount × commission_rate, else none. */
function commissionOf(r: RegisterRow, policy: OwnershipPolicy): Decimal | null {
  if (r.commission) return r.commission;
  if (policy.commission_rate === null || !r.amount) return null;
  return r.amount.times(policy.commission_rate).dividedBy(100).toDecimalPlaces(policy.decimals, Decimal.ROUND_HALF_UP);
}

/** Split every deal the walk met, by deal row then party order. */
export function splitDeals(
  deals: readonly DealRecord[], rows: readonly RegisterRow[], grouping: Grouping, policy: OwnershipPolicy, ref: RowNamer,
): SplitResult[] {
  const out: SplitResult[] = [];
  const dp = policy.decimals;
  const groupRowsInOrder = (g: number): number[] =>
    [...grouping.groups[g].rows].sort((a, b) => rows[a].date - rows[b].date || a - b);
  for (const deal of [...deals].sort((a, b) => a.row - b.row)) {
    const r = rows[deal.row];
    const c = chooseCase(deal, r, groupRowsInOrder(deal.group), rows, policy, ref);
    const amount = r.amount!.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP);
    const commission = commissionOf(r, policy);
    const credit = allocate(amount, c.credit, dp);
    const paid = commission ? allocate(commission, c.commission, dp) : null;
    const why = commission ? c.why : `${c.why}; no commission on the row`;
    c.parties.forEach((p, k) => {
      if (c.credit[k] === 0 && (!paid || paid[k].isZero()) && c.parties.length > 1) return;
      out.push({
        dealRow: ref(deal.row), dealDate: formatDay(r.date), customerKey: grouping.groups[deal.group].key,
        amount: amount.toFixed(dp), commission: commission ? commission.toFixed(dp) : '',
        party: p.name, role: p.role, creditShare: String(c.credit[k]),
        creditAmount: credit[k].toFixed(dp), commissionAmount: paid ? paid[k].toFixed(dp) : '',
        reason: why,
      });
    });
  }
  return out;
}
