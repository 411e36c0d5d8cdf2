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

/** One split rule of the policy: the parties' roles and percents, with the percents as whole-number weights. */
interface SplitRule {
  roles: SplitRole[];
  credit: number[];
  commission: number[];
  creditWeights: bigint[];
  commissionWeights: bigint[];
}

/** The policy's split rules (SPEC §4), made once per evaluation. */
type SplitRules = Record<'company' | 'introducer' | 'household' | 'assist' | 'alone', SplitRule>;

function splitRules(policy: OwnershipPolicy): SplitRules {
  const rule = (roles: SplitRole[], credit: number[], commission: number[]): SplitRule =>
    ({ roles, credit, commission, creditWeights: wholeWeights(credit), commissionWeights: wholeWeights(commission) });
  const { company_pool_commission: pool, introducer_commission: intro, household_split: home, assist_credit: ac, assist_commission: am } = policy;
  return {
    company: rule(['pool', 'closer'], [0, 100], [pool.pool, pool.closer]),
    introducer: rule(['introducer', 'closer'], [0, 100], [intro.introducer, intro.closer]),
    household: rule(['first receiver', 'second receiver'], [home.first, home.second], [home.first, home.second]),
    assist: rule(['owner', 'closer'], [ac.owner, ac.closer], [am.owner, am.closer]),
    alone: rule(['closer'], [100], [100]),
  };
}

/** The split of one deal: a rule, the parties' names in the rule's order, and why. */
interface Case {
  rule: SplitRule;
  names: string[];
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
function chooseCase(deal: DealRecord, i: number, h: History, register: Register, policy: OwnershipPolicy, rules: SplitRules): Case {
  const { cols, texts } = register;
  const closer = texts[deal.closer];
  const company = companyTeam(texts[cols.team[i]], policy) || companyTeam(texts[h.firstTeam], policy);
  if (company) {
    const c = policy.company_pool_commission;
    return {
      rule: rules.company, names: [policy.company_pool_party, closer],
      why: `company customer (公司客户, team ${company}): credit to the closer, commission pool ${pct(c.pool)} / closer ${pct(c.closer)}`,
    };
  }
  if (h.introRow >= 0) {
    const c = policy.introducer_commission;
    const who = texts[cols.referrer[h.introRow]];
    return {
      rule: rules.introducer, names: [who, closer],
      why: `employee introduction (员工介绍) by ${who} row ${rowName(register, h.introRow)}: credit to the closer, commission introducer ${pct(c.introducer)} / closer ${pct(c.closer)}`,
    };
  }
  if (deal.owner && deal.owner !== deal.closer) {
    const owner = texts[deal.owner];
    const receivers = new Set(h.receivers?.values());
    if (receivers.size >= 2 && receivers.has(deal.owner) && receivers.has(deal.closer)) {
      const s = policy.household_split;
      return {
        rule: rules.household, names: [owner, closer],
        why: `household members first received by ${owner} and ${closer} (家庭客户): credit and commission ${pct(s.first)} / ${pct(s.second)}`,
      };
    }
    const c = policy.assist_credit, m = policy.assist_commission;
    return {
      rule: rules.assist, names: [owner, closer],
      why: `${owner} protected owner until ${formatDay(deal.ownerUntil)} (row ${rowName(register, deal.ownerClaimRow)}), closer ${closer}: ` +
        `credit owner ${pct(c.owner)} / closer ${pct(c.closer)}, commission owner ${pct(m.owner)} / closer ${pct(m.closer)}`,
    };
  }
  return {
    rule: rules.alone, names: [closer],
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

/** The split lines of one deal. Money is whole numbers of the smallest unit, so every part is exact. */
function splitLines(deal: DealRecord, c: Case, register: Register, key: string, policy: OwnershipPolicy): SplitResult[] {
  const i = deal.row;
  const dp = policy.decimals;
  const amount = toUnits(register.cols.amount[i]!, dp);
  const commission = commissionOf(register, i, policy);
  const commissionUnits = commission ? toUnits(commission, dp) : null;
  const { rule } = c;
  const credit = allocateUnits(amount, rule.creditWeights);
  const paid = commissionUnits === null ? null : allocateUnits(commissionUnits, rule.commissionWeights);
  const why = commission ? c.why : `${c.why}; no commission on the row`;
  const dealRow = rowName(register, i);
  const dealDate = formatDay(register.cols.date[i]);
  const amountText = formatUnits(amount, dp);
  const commissionText = commissionUnits === null ? '' : formatUnits(commissionUnits, dp);
  const out: SplitResult[] = [];
  for (let k = 0; k < rule.roles.length; k++) {
    // A party with neither credit nor commission is not a party of this deal.
    if (rule.credit[k] === 0 && (!paid || paid[k] === 0n) && rule.roles.length > 1) continue;
    out.push({
      dealRow, dealDate, customerKey: key, amount: amountText, commission: commissionText,
      party: c.names[k], role: rule.roles[k], creditShare: String(rule.credit[k]),
      // A whole amount (one party's) reuses the text already made for it.
      creditAmount: credit[k] === amount ? amountText : formatUnits(credit[k], dp),
      commissionAmount: !paid ? '' : paid[k] === commissionUnits ? commissionText : formatUnits(paid[k], dp),
      reason: why,
    });
  }
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
  const rules = splitRules(policy);
  // First the case of every deal. It rests on the group's history before the deal: when introducers or household
  // receivers can matter, the group's rows are read once, in order, deal by deal; otherwise only its first team
  // matters. Then the money, deal by deal in row order, which is also the order of the result and of the amounts
  // in memory.
  const { deals } = walk;
  const cases: Case[] = new Array(deals.length);
  const done = new Uint8Array(grouping.groups.length);
  for (let k = 0; k < deals.length; k++) {
    const g = deals[k].group;
    const group = grouping.groups[g];
    const household = policy.household_grouping && group.household !== '';
    const firstTeam = cols.team[group.first];
    if (introducers.size === 0 && !household) {
      cases[k] = chooseCase(deals[k], deals[k].row, { firstTeam, introRow: -1, receivers: null }, register, policy, rules);
      continue;
    }
    if (done[g]) continue;
    done[g] = 1;
    const rows = group.rows;
    const h: History = { firstTeam, introRow: -1, receivers: household ? new Map() : null };
    for (let n = 0; n < rows.length; n++) {
      const i = rows[n];
      if (h.introRow < 0 && introducers.size > 0 && introducers.has(cols.referrer[i])) h.introRow = i;
      if (h.receivers && claims[cols.event[i]]) {
        const member = cols.phone[i] >= 0 ? cols.phone[i] : -1 - cols.customer[i];
        if (!h.receivers.has(member)) h.receivers.set(member, cols.salesperson[i]);
      }
      const d = dealAt[i] - 1;
      if (d >= 0) cases[d] = chooseCase(deals[d], i, h, register, policy, rules);
    }
  }
  const lines: SplitResult[] = [];
  for (let i = 0; i < register.size; i++) {
    const k = dealAt[i] - 1;
    if (k < 0) continue;
    const deal = deals[k];
    const dealLines = splitLines(deal, cases[k], register, grouping.groups[deal.group].key, policy);
    for (let n = 0; n < dealLines.length; n++) lines.push(dealLines[n]);
  }
  return lines;
}
