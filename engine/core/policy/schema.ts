/**
 * The ownership-and-split policy (SPEC §3, §4, §6): a typed schema with defaults. Validation errors name the key,
 * the value given and what is allowed, because the people who edit a Rules sheet are not programmers.
 */
import { z } from 'zod';
import { AFTER_DEAL_NAMES, DEAL_FACT_NAMES } from '../split/case-names';
import { EVENT_TYPES, type EventType } from '../types';

const days = z.number().int().min(0);
const optionalDays = days.nullable();
const events = z.array(z.enum(EVENT_TYPES));
const percent = z.number().min(0).max(100);

/** A pair (or set) of percents that must sum to 100, in the order the rule lists the parties. */
function percents<K extends string>(...keys: K[]) {
  const shape = Object.fromEntries(keys.map((k) => [k, percent])) as Record<K, typeof percent>;
  return z.strictObject(shape);
}

/** Shares per party of one case row: role codes (owner, closer, …) or party names, each a percent. */
const shares = z.record(z.string().min(1), percent);

/**
 * One row of a deal-case table (成交分成表): conditions on deal facts (unary tests as in grade tables, AND within
 * the row), the credit and commission shares per party, and what happens to ownership after the deal.
 */
export const dealCaseSchema = z.strictObject({
  when: z.partialRecord(z.enum(DEAL_FACT_NAMES), z.union([z.string(), z.number(), z.boolean()])).default({}),
  credit: shares,
  /** Omitted: the same shares as credit. */
  commission: shares.optional(),
  after: z.enum(AFTER_DEAL_NAMES).default('keep'),
  note: z.string().default(''),
  /** The row's number for messages and reasons (a Rules sheet's own row); default its place in the list. */
  row: z.number().int().min(1).optional(),
});
/** One deal-case row as validated. */
export type DealCaseInput = z.infer<typeof dealCaseSchema>;

/** A penalty (处罚标准) by kind: a fixed amount (捞客 5000) or a percent of the month's commission (`50%`). */
const penalty = z.union([z.number().min(0), z.string().regex(/^\d+(\.\d+)?%$/)]);

/** Zod schema of an ownership/split policy; every key has the default of SPEC §3/§4. */
export const ownershipPolicySchema = z.strictObject({
  name: z.string().default('custom'),
  description: z.string().default(''),
  claim_events: events.min(1).default(['visit', 'report']),
  claim_by: z.enum(['salesperson', 'team']).default('salesperson'),
  // null: the regulation states no period, so protection lapses only by the hard limits of rule 10.
  protection_days: z.number().int().min(1).nullable().default(30),
  renew_on_contact: z.boolean().default(false),
  renew_events: events.default(['visit', 'call', 'followup']),
  honor_designation: z.boolean().default(false),
  honor_referral: z.boolean().default(false),
  referral_requires_accompany: z.boolean().default(true),
  household_grouping: z.boolean().default(true),
  report_visit_days: optionalDays.default(null),
  lock_days: days.default(0),
  max_protection_days: optionalDays.default(null),
  deal_expire_days: optionalDays.default(null),
  max_owned: z.number().int().min(1).nullable().default(null),
  assist_credit: percents('owner', 'closer').default({ owner: 0, closer: 100 }),
  assist_commission: percents('owner', 'closer').default({ owner: 0, closer: 100 }),
  introducers: z.array(z.string()).default([]),
  introducer_commission: percents('introducer', 'closer').default({ introducer: 30, closer: 70 }),
  company_teams: z.array(z.string()).default([]),
  company_pool_commission: percents('pool', 'closer').default({ pool: 30, closer: 70 }),
  company_pool_party: z.string().min(1).default('公佣'),
  household_split: percents('first', 'second').default({ first: 50, second: 50 }),
  commission_rate: z.number().min(0).max(100).nullable().default(null),
  decimals: z.number().int().min(0).max(6).default(2),
  // Everything below defaults to the behaviour before it existed.
  deal_cases: z.array(dealCaseSchema).min(1).nullable().default(null),
  department_party: z.string().min(1).default('部门'),
  household_commission: percents('first', 'second').nullable().default(null),
  protection_from: z.enum(['claim', 'first_visit']).default('claim'),
  count_event_day: z.boolean().default(false),
  deposit_keeps: z.boolean().default(false),
  designation_on: z.enum(['first_claim', 'later_visit']).default('first_claim'),
  referral_after_lapse: z.boolean().default(false),
  introduction_before_registration: z.boolean().default(false),
  company_requires_new: z.boolean().default(false),
  report_cutoff: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).nullable().default(null),
  opening_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().default(null),
  previous_owners_site: z.boolean().default(false),
  penalties: z.record(z.string().min(1), penalty).default({}),
});

/** A complete, validated ownership/split policy. */
export type OwnershipPolicy = z.infer<typeof ownershipPolicySchema>;
/** What a user writes: any subset of the keys. */
export type OwnershipPolicyInput = z.input<typeof ownershipPolicySchema>;
/** Keys of a percent set. */
export type PercentKey = 'assist_credit' | 'assist_commission' | 'introducer_commission' | 'company_pool_commission' | 'household_split' | 'household_commission';

/** What each key allows, in words, for error messages and the Instructions sheet. */
export const KEY_HELP: Record<keyof OwnershipPolicy, string> = {
  name: 'a name for the policy',
  description: 'free text',
  claim_events: `a list of event types (${EVENT_TYPES.join(', ')})`,
  claim_by: 'salesperson or team',
  protection_days: 'a whole number of days, at least 1, or 不限 (none) when the regulation states no period',
  renew_on_contact: 'yes or no',
  renew_events: `a list of event types (${EVENT_TYPES.join(', ')})`,
  honor_designation: 'yes or no',
  honor_referral: 'yes or no',
  referral_requires_accompany: 'yes or no',
  household_grouping: 'yes or no',
  report_visit_days: 'a whole number of days (0 = same day), or empty for no report rule',
  lock_days: 'a whole number of days (0 = no lock)',
  max_protection_days: 'a whole number of days, or empty for no limit',
  deal_expire_days: 'a whole number of days, or empty for no limit',
  max_owned: 'a whole number of customers, at least 1, or empty for no cap',
  assist_credit: 'percents owner/closer summing to 100, e.g. owner 0 / closer 100',
  assist_commission: 'percents owner/closer summing to 100, e.g. owner 50 / closer 50',
  introducers: 'a list of names of non-sales employees who introduce customers',
  introducer_commission: 'percents introducer/closer summing to 100, e.g. introducer 30 / closer 70',
  company_teams: 'a list of team values that mark company customers (公司客户)',
  company_pool_commission: 'percents pool/closer summing to 100, e.g. pool 30 / closer 70',
  company_pool_party: 'the party name the company pool share is booked to',
  household_split: 'percents first/second summing to 100, e.g. first 50 / second 50',
  commission_rate: 'a percent of the amount used when a deal row has no commission, or empty',
  decimals: 'a whole number of decimal places from 0 to 6',
  deal_cases: 'a deal-case table: rows of when (deal facts), credit and commission (percents per party, each set summing to 100), after (keep, closer or designated)',
  department_party: 'the party name the department (部门) share is booked to',
  household_commission: 'percents first/second summing to 100 for the household commission, or empty for the same as household_split',
  protection_from: 'claim (protection counts from the claiming event, e.g. the report) or first_visit (from the first visit)',
  count_event_day: 'yes (the event day is day 1 of "within N days") or no (N days after the event day)',
  deposit_keeps: 'yes (a deposit keeps the customer with the owner until the deal) or no',
  designation_on: 'first_claim (designation honoured on the first claim only) or later_visit (also on a later visit)',
  referral_after_lapse: "yes (an old customer's referral goes to the old customer's owner even after that protection ended) or no",
  introduction_before_registration: 'yes (an employee introduction counts only when made before any salesperson registered the customer) or no',
  company_requires_new: 'yes (a customer registered by a salesperson before is not a company customer) or no',
  report_cutoff: 'a time of day HH:MM; reports after it count from the next day, or empty for none',
  opening_date: 'a date YYYY-MM-DD; reports before it are protected until that day, or empty for none',
  previous_owners_site: 'yes (previous buyers 老业主 and the customers they refer are site customers, put in the pool) or no',
  penalties: 'penalty kinds with a deduction: an amount (捞客 5000) or a percent of the month\'s commission (违规 50%)',
};

/** Chinese labels accepted for each key in a Rules sheet (and shown in templates). */
export const KEY_LABELS_ZH: Record<keyof OwnershipPolicy, string> = {
  name: '名称',
  description: '说明',
  claim_events: '判客事件',
  claim_by: '归属对象',
  protection_days: '保护期天数',
  renew_on_contact: '跟进续期',
  renew_events: '续期事件',
  honor_designation: '认可指定接待',
  honor_referral: '认可老带新',
  referral_requires_accompany: '老带新需陪同',
  household_grouping: '家庭合并',
  report_visit_days: '报备带看天数',
  lock_days: '成交锁定天数',
  max_protection_days: '最长保护天数',
  deal_expire_days: '未成交释放天数',
  max_owned: '最多持有客户数',
  assist_credit: '协助业绩分成',
  assist_commission: '协助佣金分成',
  introducers: '员工介绍人',
  introducer_commission: '员工介绍佣金分成',
  company_teams: '公司客户渠道',
  company_pool_commission: '公司客户公佣分成',
  company_pool_party: '公佣名称',
  household_split: '家庭客户分成',
  commission_rate: '佣金比例',
  decimals: '小数位数',
  deal_cases: '成交分成表',
  department_party: '部门名称',
  household_commission: '家庭客户佣金分成',
  protection_from: '保护期起算',
  count_event_day: '起算日计入天数',
  deposit_keeps: '定金保留至成交',
  designation_on: '指定接待适用',
  referral_after_lapse: '老客户过期仍认介绍',
  introduction_before_registration: '员工介绍需先于登记',
  company_requires_new: '公司客户需未登记',
  report_cutoff: '报备截止时间',
  opening_date: '开盘日期',
  previous_owners_site: '老业主为现场客户',
  penalties: '处罚标准',
};

/** Policy keys in schema order. */
export const POLICY_KEYS = Object.keys(ownershipPolicySchema.shape) as (keyof OwnershipPolicy)[];

/** Keys whose value is a percent set, with the party names in rule order. */
export const PERCENT_PARTIES: Record<PercentKey, readonly string[]> = {
  assist_credit: ['owner', 'closer'],
  assist_commission: ['owner', 'closer'],
  introducer_commission: ['introducer', 'closer'],
  company_pool_commission: ['pool', 'closer'],
  household_split: ['first', 'second'],
  household_commission: ['first', 'second'],
};

/** Re-export for modules that only need the event list type. */
export type { EventType };
