/**
 * Words of grading (SPEC §5): the clauses of a grade's reason, from the rules' own result to each lifecycle step
 * (blacklist, override, new customer, held changes, max_step) and the caps.
 */
import { defineMessages } from './catalogue';

defineMessages({
  // The grade the rules give: a table row, a score and its thresholds, a rank and its band (their own text).
  'grade.rules': { en: '{text}', zh: '规则：{text}' },
  'grade.table-row': { en: 'row {row}: {conditions} → {grade}{note}', zh: '第 {row} 行：{conditions} → {grade}{note}' },
  'grade.table-default-row': { en: 'any values (default row)', zh: '任意值（默认行）' },
  'grade.table-row-note': { en: ' ({note})', zh: '（{note}）' },
  'grade.table-row-months': { en: '{row} in each of the last {months} months', zh: '{row}，连续 {months} 个月' },
  'grade.missing': { en: 'missing: {metrics} (graded without them)', zh: '缺少：{metrics}（未计入分级）' },
  // Lifecycle, step 1: blacklist (004 3.5).
  'grade.blacklisted-until': {
    en: 'blacklisted on {on} ({months} months, until {until})',
    zh: '{on} 列入黑名单（{months} 个月，至 {until}）',
  },
  'grade.blacklisted-open': { en: 'blacklisted on {on} (until lifted)', zh: '{on} 列入黑名单（至解除为止）' },
  'grade.blacklisted-undated': {
    en: 'previous grade {grade} is a blacklisting without a date: it stays until a blacklist date is given',
    zh: '上期等级 {grade} 为黑名单但无日期：在给出黑名单日期前保持',
  },
  'grade.blacklist-reentry': {
    en: 'blacklisting of {on} has ended; re-enters as {grade}',
    zh: '{on} 的黑名单已到期；重新进入客户名单，定位于{grade}',
  },
  // Step 2: manual override (003 第十二条 手工调整).
  'grade.override': { en: 'manual override → {grade}', zh: '手工调整 → {grade}' },
  // Step 3: new customers (003 第十条.3; 001 第13篇 网拍客户: 新开发客户).
  'grade.new-default': { en: 'new customer ({why}) → {grade}', zh: '新客户（{why}）→ {grade}' },
  'grade.new-upgraded': {
    en: 'new customer ({why}): qualifies above the default {default}, upgraded at once',
    zh: '新客户（{why}）：符合高于默认{default}的标准，随时升级',
  },
  'grade.new-keeps': {
    en: 'new customer ({why}): keeps {grade} given before (就高不就低)',
    zh: '新客户（{why}）：保留原有级别{grade}（就高不就低）',
  },
  'grade.why-opened-until': { en: 'opened {opened}, new until {until}', zh: '{opened} 开户，新客户期至 {until}' },
  'grade.why-opened': { en: 'opened {opened}', zh: '{opened} 开户' },
  'grade.why-first-seen': { en: 'first seen {seen}', zh: '{seen} 首次出现' },
  'grade.new-ended': {
    en: 'new-customer period ended on {until}: graded by the standards from {from}',
    zh: '新客户期已于 {until} 结束：自{from}按分级标准再进行归类',
  },
  // Step 4: held changes and max_step.
  'grade.hold-downgrade': {
    en: 'downgrade from {from} held until the review on {until} (就高不就低) → stays {from}',
    zh: '自{from}降级暂缓至 {until} 评级（就高不就低）→ 保留{from}',
  },
  'grade.hold-downgrade-unknown': {
    en: 'downgrade from {from} held: no review date is known (set review in the grade policy or --review-date) → stays {from}',
    zh: '自{from}降级暂缓：未知评级日期（请在分级规则中设置 review 或使用 --review-date）→ 保留{from}',
  },
  'grade.hold-upgrade': {
    en: 'upgrade from {from} waits for the review on {until} → stays {from}',
    zh: '自{from}升级待 {until} 评审 → 保留{from}',
  },
  'grade.hold-upgrade-unknown': {
    en: 'upgrade from {from} waits: no review date is known (set review in the grade policy or --review-date) → stays {from}',
    zh: '自{from}升级待评审：未知评审日期（请在分级规则中设置 review 或使用 --review-date）→ 保留{from}',
  },
  'grade.max-step-one': { en: 'max_step 1: moves from {from} at most 1 level → {grade}', zh: '每次最多升降 1 级：自{from} → {grade}' },
  'grade.max-step': {
    en: 'max_step {step}: moves from {from} at most {step} levels → {grade}',
    zh: '每次最多升降 {step} 级（max_step {step}）：自{from} → {grade}',
  },
  // Step 5: caps as ceilings (004 2.2 d, 2.3 e: 不得超过).
  'grade.cap': {
    en: '{grade} cap {percent}% = {max} of {n} customers{group}',
    zh: '{grade}上限 {percent}% = {n} 位客户中 {max} 位{group}',
  },
  'grade.cap-keeps': {
    en: '{cap}; ranks {rank} of {members} by {metric} {value}, keeps {grade}{tie}',
    zh: '{cap}；按 {metric} {value} 排第 {rank}/{members}，保留{grade}{tie}',
  },
  'grade.cap-drops': {
    en: '{cap}; ranks {rank} of {members} by {metric} {value} → {next}{tie}',
    zh: '{cap}；按 {metric} {value} 排第 {rank}/{members} → {next}{tie}',
  },
  'grade.cap-group': { en: ' in {by} {value}', zh: '（{by} {value}）' },
  'grade.cap-tie-below': {
    en: ' (tied at {value} with {key}, who ranks below by customer key)',
    zh: '（与 {key} 同为 {value}，按客户编号排在其后）',
  },
  'grade.cap-tie-above': {
    en: ' (tied at {value} with {key}, who ranks above by customer key)',
    zh: '（与 {key} 同为 {value}，按客户编号排在其前）',
  },
  'grade.cap-overrides': {
    en: 'manual override counted in the {cap}: {count} overrides break the cap',
    zh: '手工调整计入{cap}：{count} 个手工调整超出上限',
  },
});
