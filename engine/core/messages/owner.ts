/**
 * Words of ownership reasons and conflict decisions (SPEC §3): each clause of an Owners reason and each Conflicts
 * decision. Names, dates (YYYY-MM-DD) and row names are arguments, shown as they are in both languages.
 */
import { defineMessages } from './catalogue';

defineMessages({
  // What the group is, when nobody owns it.
  'owner.until-open': { en: 'further notice (no period stated)', zh: '长期（规定未定期限）' },
  'owner.no-claim': { en: 'no claim yet (claim events: {events|term})', zh: '尚无判客（判客事件：{events|term}）' },
  'owner.in-pool': { en: 'in the pool since {date} row {row}: claimable by the next claim', zh: '自 {date} 第{row}行起在公共池：下一次判客可认领' },
  // How the owner came to own it (rule 1, 5, 7). `released` is a released-from phrase or empty.
  'owner.first-claim': { en: 'first {event|term} {date} row {row} by {by}{released}', zh: '{date} 第{row}行 {by} 首次{event|term}{released}' },
  'owner.claim': { en: '{event|term} {date} row {row} by {by}{released}', zh: '{date} 第{row}行 {by} {event|term}{released}' },
  'owner.team-claimant': { en: '{team} (salesperson {salesperson})', zh: '{team}（销售员 {salesperson}）' },
  'owner.designated': {
    en: 'first {event|term} {date} row {row} by {by}, designated {owner} (指定接待){released}',
    zh: '{date} 第{row}行 {by} 首次{event|term}，指定接待 {owner}{released}',
  },
  'owner.referral': {
    en: 'first {event|term} {date} row {row} by {by}, referred by {referrer} whose owner is {owner} (老带新){released}',
    zh: '{date} 第{row}行 {by} 首次{event|term}，由 {referrer} 介绍，其归属人为 {owner}（老带新）{released}',
  },
  'owner.referral-in-person': {
    en: 'first {event|term} {date} row {row} by {by}, referred by {referrer} in person whose owner is {owner} (老带新){released}',
    zh: '{date} 第{row}行 {by} 首次{event|term}，由 {referrer} 亲自陪同介绍，其归属人为 {owner}（老带新）{released}',
  },
  'owner.deal-claims-unowned': { en: '{event|term} {date} row {row} by {by} claims the unowned customer{released}', zh: '{date} 第{row}行 {by} {event|term}，认领无归属客户{released}' },
  'owner.deal-claims-released': { en: '{event|term} {date} row {row} by {by} claims the released customer{released}', zh: '{date} 第{row}行 {by} {event|term}，认领已释放客户{released}' },
  'owner.transfer': { en: "transfer {date} row {row} to {owner} (manager's decision){released}", zh: '{date} 第{row}行 转移给 {owner}（经理决定）{released}' },
  'owner.complaint': { en: 'complaint {date} row {row}: reassigned to {owner}{released}', zh: '{date} 第{row}行 投诉：改由 {owner} 负责{released}' },
  'owner.handover': { en: 'deal {date} row {row} by {by} hands the customer to {owner} (deal case){released}', zh: '{date} 第{row}行 {by} 成交，按成交分成表客户转由 {owner} 负责{released}' },
  'owner.released-after': { en: " after {owner}'s protection ended {date}", zh: '（{owner} 的保护期已于 {date} 结束）' },
  'owner.released-from-pool': { en: ' from the pool', zh: '（来自公共池）' },
  // A referral named on the claim row but not honoured, and why.
  'owner.referral-not-along': {
    en: 'referrer {referrer} named on row {row} not honoured: {referrer} did not come along (referral_requires_accompany)',
    zh: '第{row}行所填介绍人 {referrer} 未被认可：{referrer} 未陪同到场（老带新需陪同）',
  },
  'owner.referral-no-owner': {
    en: 'referrer {referrer} named on row {row} not honoured: {referrer} has no owner on the register',
    zh: '第{row}行所填介绍人 {referrer} 未被认可：{referrer} 在登记表中没有归属人',
  },
  'owner.referral-lapsed': {
    en: "referrer {referrer} named on row {row} not honoured: {referrer}'s owner {owner} was protected only until {date} (referral_after_lapse is off)",
    zh: '第{row}行所填介绍人 {referrer} 未被认可：{referrer} 的归属人 {owner} 保护期仅至 {date}（老客户过期仍认介绍未开启）',
  },
  // Renewal, assists, locks, and the status on the as-of date (rule 2, 4, 6).
  'owner.renewed': { en: 'renewed by {event|term} {date} row {row}', zh: '{date} 第{row}行 {event|term}续期' },
  'owner.assists-1': { en: 'assists (义务接待): {a} row {ra}{more}', zh: '义务接待：{a} 第{ra}行{more}' },
  'owner.assists-2': { en: 'assists (义务接待): {a} row {ra}, {b} row {rb}{more}', zh: '义务接待：{a} 第{ra}行、{b} 第{rb}行{more}' },
  'owner.assists-3': { en: 'assists (义务接待): {a} row {ra}, {b} row {rb}, {c} row {rc}{more}', zh: '义务接待：{a} 第{ra}行、{b} 第{rb}行、{c} 第{rc}行{more}' },
  'owner.and-more': { en: ' and {n} more', zh: '等另 {n} 次' },
  'owner.locks': { en: '{event|term} {date} row {row} by {by} locks it for {days} days', zh: '{date} 第{row}行 {by} {event|term}，锁定 {days} 天' },
  'owner.deposit-keeps': { en: '{event|term} {date} row {row} by {by} keeps it until the deal (定金保留)', zh: '{date} 第{row}行 {by} {event|term}，保留至成交' },
  'owner.locked-until': { en: 'locked until {date}', zh: '锁定至 {date}' },
  'owner.locked-until-deal': { en: 'locked until the deal', zh: '锁定至成交' },
  'owner.protected-until': { en: 'protected until {date}', zh: '保护至 {date}' },
  'owner.protection-ended': { en: 'protection ended {date}: claimable', zh: '保护期已于 {date} 结束：可被认领' },
  // Notes: what happened to the group besides its claim.
  'owner.left': { en: '{who} left {date} row {row} → pool', zh: '{who} 于 {date} 第{row}行离职 → 公共池' },
  'owner.complaint-to-pool': { en: 'complaint {date} row {row} → pool', zh: '{date} 第{row}行 投诉 → 公共池' },
  'owner.report-void': { en: 'report {date} row {row} by {by} void: no visit by {deadline}', zh: '{date} 第{row}行 {by} 报备无效：{deadline} 前未到访' },
  'owner.report-pending': { en: 'report row {row} holds provisionally: a visit by {by} is due by {date}', zh: '第{row}行报备暂时有效：{by} 须在 {date} 前带看' },
  'owner.claim-capped': { en: 'claim by {by} row {row} refused: holding cap {cap}', zh: '第{row}行 {by} 的判客被拒：持有上限 {cap}' },
  'owner.more-notes': { en: '…', zh: '……' },
  'owner.anchor-first-visit': { en: 'protection counts from the first visit {date} row {row}', zh: '保护期自首次到访 {date} 第{row}行起算' },
  'owner.report-late': {
    en: 'report row {row} at {time} is after the {cutoff} cut-off: it counts from {date}',
    zh: '第{row}行报备时间 {time} 晚于截止时间 {cutoff}：自 {date} 起算',
  },
  'owner.previous-buyer': { en: '{event|term} {date} row {row}: a previous buyer (老业主) is a site customer (现场客户)', zh: '{date} 第{row}行 {event|term}：老业主为现场客户' },
  'owner.referred-by-previous-buyer': {
    en: '{event|term} {date} row {row}: referred by previous buyer {referrer} (老带新) is a site customer (现场客户)',
    zh: '{date} 第{row}行 {event|term}：由老业主 {referrer} 介绍（老带新），为现场客户',
  },
  // Conflict decisions (rule 12).
  'conflict.closer-not-owner': {
    en: '{holder} is the protected owner until {date} (row {row}); the {event|term} by {by} does not change the owner',
    zh: '{holder} 为保护期内归属人，保护至 {date}（第{row}行）；{by} 的{event|term}不改变归属',
  },
  'conflict.closer-not-owner-deal': {
    en: '{holder} is the protected owner until {date} (row {row}); the {event|term} by {by} does not change the owner; the Splits sheet shows the shares',
    zh: '{holder} 为保护期内归属人，保护至 {date}（第{row}行）；{by} 的{event|term}不改变归属；分成见分成表',
  },
  'conflict.same-day': { en: 'both claimed on {date}; the first in file order (row {row}) wins: {holder}', zh: '双方于 {date} 同日判客；按文件顺序在先者（第{row}行）得：{holder}' },
  'conflict.report-refused': {
    en: '{holder} holds the customer until {date} (row {row}); the report by {by} is refused (先报备者得)',
    zh: '{holder} 持有该客户至 {date}（第{row}行）；{by} 的报备不予认可（先报备者得）',
  },
  'conflict.holding-cap': {
    en: '{by} already holds {n} unlocked customers (max_owned {cap}); the claim is refused and the customer stays claimable',
    zh: '{by} 已持有 {n} 个未锁定客户（最多持有 {cap}）；判客被拒，客户仍可被认领',
  },
  'conflict.masked-phone': {
    en: '{mask} could be {candidates}; it matches neither and stays a customer of its own',
    zh: '{mask} 可能是 {candidates}；均不匹配，单独作为一个客户',
  },
});
