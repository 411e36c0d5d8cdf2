/**
 * Ownership presets of SPEC §6, taken literally from the seed regulations. Each is plain data over the schema's
 * defaults; the comment names the seed text it encodes.
 */
import type { OwnershipPolicy, OwnershipPolicyInput } from './schema';
import { PolicyError, validatePolicy } from './validate';

/** A preset: its settings and where they come from. */
export interface OwnershipPreset {
  name: string;
  source: string;
  settings: OwnershipPolicyInput;
}

// 002 房地产销售案场客户归属规定 and 001 万科: 来访判客, 来电不判客, 30 天保护期, 跟进续期, 新客户指定接待,
// 老客户亲自陪同介绍 (裙带性原则), 直系亲属视为同一组客户, 协助成交佣金平分而业绩归成交人, 成交客户有效期 60 天.
const realestate: OwnershipPolicyInput = {
  name: 'realestate',
  description: '房地产案场：来访判客，30天保护期跟进续期，指定接待，老带新需陪同，协助成交佣金五五分，成交锁定60天',
  claim_events: ['visit'],
  protection_days: 30,
  renew_on_contact: true,
  renew_events: ['visit', 'followup'],
  honor_designation: true,
  honor_referral: true,
  referral_requires_accompany: true,
  household_grouping: true,
  assist_credit: { owner: 0, closer: 100 },
  assist_commission: { owner: 50, closer: 50 },
  lock_days: 60,
};

/** The ownership presets, by name. */
export const OWNERSHIP_PRESETS: Record<string, OwnershipPreset> = {
  realestate: { name: 'realestate', source: '002 房地产销售案场客户归属规定; 001 万科', settings: realestate },
  // 002 客户接待及业绩归属管理规定 第四条: 后续接待人成交, 业绩按照三七分成, 原始接待人占70%, 后续接待人占30%.
  'showroom-70-30': {
    name: 'showroom-70-30',
    source: '002 客户接待及业绩归属管理规定 第四条',
    settings: {
      ...realestate,
      name: 'showroom-70-30',
      description: '案场三七分成：协助成交时业绩和佣金原始接待人70%、后续接待人30%',
      assist_credit: { owner: 70, closer: 30 },
      assist_commission: { owner: 70, closer: 30 },
    },
  },
  // 000 客户归属认定及报备细则: 分销公司之间先报备者得; 报备后当天或次日带看, 客户不至案场报备无效; 保护期 7 天.
  'agency-report': {
    name: 'agency-report',
    source: '000 客户归属认定及报备细则',
    settings: {
      name: 'agency-report',
      description: '分销报备：按分销公司判客，先报备者得，报备后当日或次日须带看，保护期7天',
      claim_by: 'team',
      claim_events: ['report'],
      report_visit_days: 1,
      protection_days: 7,
    },
  },
  // 000 XX项目客户确认规则: 带看判客, 录入客户每次跟进后的有效期为90天, 夫妻、父母、子女等直系亲属视为同一组客户.
  'intermediary-90': {
    name: 'intermediary-90',
    source: '000 XX项目客户确认规则',
    settings: {
      name: 'intermediary-90',
      description: '中介带看：带看判客，每次跟进后有效期90天，直系亲属视为同一组客户',
      claim_events: ['visit'],
      protection_days: 90,
      renew_on_contact: true,
      renew_events: ['followup'],
      household_grouping: true,
    },
  },
  // 002 关于客户归属权的规定: 报备后 5 日内带客户到现场, 保护期 90 天, 三个月内未交定金视为放弃.
  'cemetery-5-90': {
    name: 'cemetery-5-90',
    source: '002 关于客户归属权的规定',
    settings: {
      name: 'cemetery-5-90',
      description: '报备5日内到场有效，保护90天，90天内未交定金释放',
      claim_events: ['report'],
      report_visit_days: 5,
      protection_days: 90,
      deal_expire_days: 90,
    },
  },
  // 002 达方客户归属认定: 来访或来电登记判客, 一个月无沟通释放, 协助成交五五分.
  'store-30': {
    name: 'store-30',
    source: '002 达方客户归属认定',
    settings: {
      name: 'store-30',
      description: '门店：来访或来电判客，一个月无沟通释放，协助成交业绩佣金五五分',
      claim_events: ['visit', 'call'],
      protection_days: 30,
      renew_on_contact: true,
      renew_events: ['visit', 'call', 'followup'],
      assist_credit: { owner: 50, closer: 50 },
      assist_commission: { owner: 50, closer: 50 },
    },
  },
};

/** The default preset when neither a policy nor a Rules sheet is given. */
export const DEFAULT_PRESET = 'realestate';

/** A validated ownership preset by name; PolicyError listing the presets when unknown. */
export function ownershipPreset(name: string): OwnershipPolicy {
  const preset = OWNERSHIP_PRESETS[name.trim().toLowerCase()];
  if (!preset) {
    throw new PolicyError(
      `unknown ownership preset "${name}"; expected one of ${Object.keys(OWNERSHIP_PRESETS).join(', ')}`,
      'preset', name,
    );
  }
  return validatePolicy(preset.settings, `preset ${preset.name}`);
}
