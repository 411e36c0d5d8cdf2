/**
 * The ownership-and-split policy (SPEC §3, §4, §6): a typed schema with defaults. Validation errors name the key,
 * the value given and what is allowed, because the people who edit a Rules sheet are not programmers.
 */
import { z } from 'zod';
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

/** Zod schema of an ownership/split policy; every key has the default of SPEC §3/§4. */
export const ownershipPolicySchema = z.strictObject({
  name: z.string().default('custom'),
  description: z.string().default(''),
  claim_events: events.min(1).default(['visit', 'report']),
  claim_by: z.enum(['salesperson', 'team']).default('salesperson'),
  protection_days: z.number().int().min(1).default(30),
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
});

/** A complete, validated ownership/split policy. */
export type OwnershipPolicy = z.infer<typeof ownershipPolicySchema>;
/** What a user writes: any subset of the keys. */
export type OwnershipPolicyInput = z.input<typeof ownershipPolicySchema>;
/** Keys of a percent set. */
export type PercentKey = 'assist_credit' | 'assist_commission' | 'introducer_commission' | 'company_pool_commission' | 'household_split';

/** What each key allows, in words, for error messages and the Instructions sheet. */
export const KEY_HELP: Record<keyof OwnershipPolicy, string> = {
  name: 'a name for the policy',
  description: 'free text',
  claim_events: `a list of event types (${EVENT_TYPES.join(', ')})`,
  claim_by: 'salesperson or team',
  protection_days: 'a whole number of days, at least 1',
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
};

/** Re-export for modules that only need the event list type. */
export type { EventType };
