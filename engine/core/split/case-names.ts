/**
 * The vocabulary of deal-case tables (成交分成表): the facts the engine works out for every deal, which a case row
 * tests, and the party roles a case row gives credit (业绩) and commission (佣金) to. Names are English codes with
 * Chinese labels; a Rules sheet may use either.
 */

/** How a fact's value is written in a condition cell. */
export type FactKind = 'yes/no' | 'days' | 'choice';

/** One deal fact: its kind, the values a choice takes, its Chinese label and what it means. */
export interface DealFactInfo {
  kind: FactKind;
  /** Allowed values of a choice fact (English codes). */
  values?: readonly string[];
  zh: string;
  help: string;
}

/** Facts per deal, in the order a compiled table lists its columns. */
export const DEAL_FACTS = {
  closer_is_owner: { kind: 'yes/no', zh: '成交人即归属人', help: 'the closer is the owner just before the deal' },
  owner_status: {
    kind: 'choice', values: ['protected', 'locked', 'expired', 'pool', 'none'], zh: '成交前归属状态',
    help: 'the ownership status just before the deal',
  },
  days_since_first: { kind: 'days', zh: '距首次接待天数', help: "days from the group's first reception to the deal" },
  days_since_claim: { kind: 'days', zh: '距归属天数', help: "days from the owner's claim to the deal (empty when unowned)" },
  same_day_as_assist: {
    kind: 'yes/no', zh: '与协助接待同日', help: "the deal is on the day of the closer's first reception of the customer",
  },
  designated: {
    kind: 'choice', values: ['none', 'first_visit', 'mid_reception', 'later_visit'], zh: '指定接待',
    help: 'a salesperson was designated: on the first visit, during a reception by another, or on a later visit',
  },
  referral: {
    kind: 'choice', values: ['none', 'accompanied', 'phoned', 'named'], zh: '老客户介绍',
    help: 'referred by an old customer who came along, phoned ahead, or was only named',
  },
  introduced: {
    kind: 'choice', values: ['none', 'before_registration', 'after_registration'], zh: '员工介绍',
    help: "introduced by an employee introducer, before or after the customer's first registration",
  },
  company: {
    kind: 'choice', values: ['none', 'new', 'registered'], zh: '公司客户',
    help: 'a company customer (team in company_teams): new to the register, or registered before by a salesperson',
  },
  household_receivers: {
    kind: 'yes/no', zh: '家庭成员分别接待', help: 'household members were first received by different salespeople, owner and closer among them',
  },
  owner_absent: { kind: 'yes/no', zh: '归属人休息外出', help: 'the deal row says the owner was absent (休息/外出)' },
  recognised: { kind: 'yes/no', zh: '认出', help: 'the deal row says the customer or the earlier receiver was recognised (认出)' },
  contract_names: {
    kind: 'choice', values: ['none', 'owner', 'closer', 'both', 'other'], zh: '合同署名',
    help: 'whose names the contract carries, from the register column 合同署名',
  },
} as const satisfies Record<string, DealFactInfo>;

/** A deal fact's name. */
export type DealFact = keyof typeof DEAL_FACTS;
/** Fact names in table-column order. */
export const DEAL_FACT_NAMES = Object.keys(DEAL_FACTS) as DealFact[];

/** Party roles a case row can pay, with Chinese labels. Any other word in a case row names a party by name. */
export const CASE_ROLES = {
  owner: { zh: '归属人', help: 'the owner just before the deal' },
  closer: { zh: '成交人', help: "the deal row's salesperson" },
  first_receiver: { zh: '首接人', help: "the salesperson of the group's first reception" },
  designated: { zh: '指定接待人', help: 'the designated salesperson of the group' },
  referrer_owner: { zh: '介绍人归属人', help: "the owner of the old customer who referred this one" },
  introducer: { zh: '员工介绍人', help: 'the employee introducer named on the group' },
  pool: { zh: '公佣', help: 'the company pool (party name from company_pool_party)' },
  department: { zh: '部门', help: 'the sales department (party name from department_party)' },
} as const;

/** A party role's code. */
export type CaseRole = keyof typeof CASE_ROLES;
/** Role codes in the order a compiled table lists them. */
export const CASE_ROLE_NAMES = Object.keys(CASE_ROLES) as CaseRole[];

/** What happens to the customer after the deal (成交后归属). */
export const AFTER_DEAL = {
  keep: { zh: '不变', help: 'the owner keeps the customer' },
  closer: { zh: '归成交人', help: 'the customer passes to the closer for later service' },
  designated: { zh: '归指定接待人', help: 'the customer passes to the designated salesperson' },
} as const;

/** An after-deal ownership code. */
export type AfterDeal = keyof typeof AFTER_DEAL;
export const AFTER_DEAL_NAMES = Object.keys(AFTER_DEAL) as AfterDeal[];

/** The fact a column label names (code or Chinese label), or null. */
export function factOfLabel(label: string): DealFact | null {
  const t = label.trim();
  for (const f of DEAL_FACT_NAMES) if (f === t.toLowerCase() || DEAL_FACTS[f].zh === t) return f;
  return null;
}

/** The role a party label names (code, `referrer's owner` spelling or Chinese label), or null for a named party. */
export function roleOfLabel(label: string): CaseRole | null {
  const t = label.trim().toLowerCase().replace(/['’]s\b/g, '').replace(/[\s-]+/g, '_');
  for (const r of CASE_ROLE_NAMES) if (r === t || CASE_ROLES[r].zh === label.trim()) return r;
  return null;
}

/** The after-deal code a cell names (code or Chinese label), or null. */
export function afterDealOf(label: string): AfterDeal | null {
  const t = label.trim();
  for (const a of AFTER_DEAL_NAMES) if (a === t.toLowerCase() || AFTER_DEAL[a].zh === t) return a;
  return t === '' || t === '-' ? 'keep' : null;
}
