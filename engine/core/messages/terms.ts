/**
 * Vocabulary shown inside results: event types, statuses, roles and conflict kinds, keyed by the engine's English
 * code. Cells that hold a code (Status, Role, Kind) and `{x|term}` placeholders render through these words.
 */
import { defineTerms } from './catalogue';

defineTerms({
  // Event types (SPEC §2).
  visit: { en: 'visit', zh: '来访' },
  call: { en: 'call', zh: '来电' },
  report: { en: 'report', zh: '报备' },
  followup: { en: 'followup', zh: '跟进' },
  deposit: { en: 'deposit', zh: '定金' },
  deal: { en: 'deal', zh: '成交' },
  transfer: { en: 'transfer', zh: '转移' },
  leave: { en: 'leave', zh: '离职' },
  complaint: { en: 'complaint', zh: '投诉' },
  penalty: { en: 'penalty', zh: '处罚' },
  // Ownership statuses (SPEC §3).
  protected: { en: 'protected', zh: '保护中' },
  locked: { en: 'locked', zh: '已锁定' },
  expired: { en: 'expired', zh: '已过期' },
  pool: { en: 'pool', zh: '公共池' },
  none: { en: 'none', zh: '无归属' },
  // Split roles (SPEC §4).
  owner: { en: 'owner', zh: '归属人' },
  closer: { en: 'closer', zh: '成交人' },
  introducer: { en: 'introducer', zh: '介绍人' },
  'first receiver': { en: 'first receiver', zh: '首接人' },
  'second receiver': { en: 'second receiver', zh: '第二接待人' },
  designated: { en: 'designated', zh: '指定接待人' },
  "referrer's owner": { en: "referrer's owner", zh: '介绍人归属人' },
  department: { en: 'department', zh: '部门' },
  party: { en: 'party', zh: '分成方' },
  // Conflict kinds (SPEC §3 rule 12).
  'same-day claims': { en: 'same-day claims', zh: '同日撞单' },
  'report on protected customer': { en: 'report on protected customer', zh: '报备保护期内客户' },
  'masked phone ambiguous': { en: 'masked phone ambiguous', zh: '隐号电话无法确认' },
  'holding cap': { en: 'holding cap', zh: '持有上限' },
  'closer not owner': { en: 'closer not owner', zh: '成交人非归属人' },
});
