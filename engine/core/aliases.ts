/**
 * Header and event aliases of SPEC §2. Matching is case- and space-insensitive; a bilingual header such as
 * `日期 Date` or `客户/Customer` matches by any of its parts.
 */
import type { EventType, RegisterField } from './types';

/** Aliases per register field, Chinese and English. */
export const FIELD_ALIASES: Record<RegisterField, readonly string[]> = {
  date: ['日期', '来访日期', '登记日期', '时间', '日期时间', '成交日期', 'date', 'datetime', 'time'],
  customer: ['客户', '客户姓名', '客户名称', '姓名', 'customer', 'name', 'customername'],
  phone: ['电话', '联系电话', '手机', '手机号', '手机号码', '联系方式', 'phone', 'mobile', 'tel'],
  household: ['家庭', '家庭编号', '户号', '客户组', 'household', 'group'],
  salesperson: ['销售员', '置业顾问', '业务员', '接待人', '售楼员', '销售', '销售人员', 'salesperson', 'rep', 'agent', 'sales'],
  team: ['团队', '代理公司', '分销公司', '渠道', '公司', 'team', 'agency', 'channel'],
  event: ['类型', '事件', '动作', '事件类型', 'event', 'type'],
  designated: ['指定销售员', '指定接待', '指定', 'designated'],
  referrer: ['介绍人', '老客户', '推荐人', 'referrer'],
  accompanied: ['陪同', '老客户陪同', '是否陪同', 'accompanied'],
  amount: ['金额', '成交金额', '合同金额', 'amount'],
  commission: ['佣金', '提成', 'commission'],
  target: ['转给', '接收人', '新销售员', 'to', 'target'],
  absent: ['休息外出', '归属人休息', '原接待人休息', '休息', '外出', '不在场', 'absent', 'owner absent', 'away'],
  recognised: ['认出', '是否认出', '认出客户', 'recognised', 'recognized'],
  contract_names: ['合同署名', '签约人', '合同签名', '署名', 'contract names', 'signed by', 'contract_names'],
  violation: ['违规类型', '处罚类型', '处罚原因', '违规', 'violation', 'penalty kind', 'penalty_kind'],
};

/** Aliases per event type, Chinese and English. */
export const EVENT_ALIASES: Record<EventType, readonly string[]> = {
  visit: ['来访', '到访', '接待', '首访', '复访', '带看', 'visit'],
  call: ['来电', '电话', '致电', 'call'],
  report: ['报备', '预报备', '正式报备', 'report'],
  followup: ['跟进', '回访', '追踪', '维护', 'followup', 'follow-up', 'follow up'],
  deposit: ['定金', '认购', '下定', '小定', '大定', 'deposit'],
  deal: ['成交', '签约', '签单', '购买', 'deal', 'sale'],
  transfer: ['转移', '分配', '调配', '重新分配', 'transfer'],
  leave: ['离职', '调离', 'leave'],
  complaint: ['投诉', '投诉更换', 'complaint'],
  penalty: ['处罚', '罚款', '扣款', '扣罚', '捞客', '甩客', 'penalty', 'deduction', 'fine'],
};

/** Lower-case and drop all white space (ASCII and full-width) so `Sales Person ` equals `salesperson`. */
export function normaliseLabel(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\u3000*：:]/g, '');
}

/**
 * A matcher of labels against an alias table: the whole label first, then each of its parts, so a bilingual header
 * such as `日期 Date` or `客户/Customer` matches by either language.
 */
export function aliasMatcher<K extends string>(
  table: Record<K, readonly string[]>, separators: RegExp = /[\s/|\n()（）\[\]【】,，]+/,
): (label: string) => K | null {
  const byAlias = new Map<string, K>();
  for (const key of Object.keys(table) as K[]) {
    for (const alias of table[key]) byAlias.set(normaliseLabel(alias), key);
  }
  return (label: string): K | null => {
    const whole = byAlias.get(normaliseLabel(label));
    if (whole) return whole;
    for (const part of label.split(separators)) {
      const key = part ? byAlias.get(normaliseLabel(part)) : undefined;
      if (key) return key;
    }
    return null;
  };
}

/** The register field a header cell names, or null for an unknown column (carried through untouched). */
export const fieldOfHeader: (header: string) => RegisterField | null = aliasMatcher(FIELD_ALIASES);

const matchEvent = aliasMatcher(EVENT_ALIASES, /[\s/|()（）]+/);

const eventCache = new Map<string, EventType | null>();

/** The event type an event cell names, or null when the word is unknown. */
export function eventOfValue(value: string): EventType | null {
  // A register repeats a handful of event words a million times; normalising each one again is the slow part.
  let event = eventCache.get(value);
  if (event === undefined) {
    event = matchEvent(value);
    if (eventCache.size < 10_000) eventCache.set(value, event);
  }
  return event;
}

/** All accepted event words, for error messages. */
export function eventWordsHelp(): string {
  return (Object.keys(EVENT_ALIASES) as EventType[]).map((e) => `${EVENT_ALIASES[e][0]}/${e}`).join(', ');
}
