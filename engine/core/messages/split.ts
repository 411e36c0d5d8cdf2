/**
 * Words of split reasons (SPEC §4): why a deal's credit and commission went where they did — the five fixed cases,
 * a row of a written deal-case table, and penalty deductions. Percents are passed as numbers' text (`50`).
 */
import { defineMessages } from './catalogue';

defineMessages({
  'split.company': {
    en: 'company customer (公司客户, team {team}): credit to the closer, commission pool {pool}% / closer {closer}%',
    zh: '公司客户（渠道 {team}）：业绩归成交人，佣金公佣 {pool}% / 成交人 {closer}%',
  },
  'split.introducer': {
    en: 'employee introduction (员工介绍) by {introducer} row {row}: credit to the closer, commission introducer {share}% / closer {closer}%',
    zh: '员工介绍（{introducer}，第{row}行）：业绩归成交人，佣金介绍人 {share}% / 成交人 {closer}%',
  },
  'split.household': {
    en: 'household members first received by {first} and {second} (家庭客户): credit and commission {a}% / {b}%',
    zh: '家庭客户，成员分别由 {first} 和 {second} 首次接待：业绩和佣金 {a}% / {b}%',
  },
  'split.household-separate': {
    en: 'household members first received by {first} and {second} (家庭客户): credit {a}% / {b}%, commission {c}% / {d}%',
    zh: '家庭客户，成员分别由 {first} 和 {second} 首次接待：业绩 {a}% / {b}%，佣金 {c}% / {d}%',
  },
  'split.assist': {
    en: '{owner} protected owner until {date} (row {row}), closer {closer}: credit owner {co}% / closer {cc}%, commission owner {mo}% / closer {mc}%',
    zh: '{owner} 为保护期内归属人，保护至 {date}（第{row}行），成交人 {closer}：业绩归属人 {co}% / 成交人 {cc}%，佣金归属人 {mo}% / 成交人 {mc}%',
  },
  'split.closer-is-owner': { en: 'closer {closer} is the owner: 100%', zh: '成交人 {closer} 即归属人：100%' },
  'split.unowned': { en: 'customer unowned or released when {closer} closed: closer 100%', zh: '{closer} 成交时客户无归属或已释放：成交人 100%' },
  'split.no-commission': { en: 'no commission on the row', zh: '该行无佣金' },
  'split.case': {
    en: 'deal case {row}{note}: {tested}',
    zh: '成交分成表第{row}行{note}：{tested}',
  },
  'split.case-note': { en: ' ({note})', zh: '（{note}）' },
  'split.any-deal': { en: 'any deal', zh: '任意成交' },
  'split.case-shares': { en: 'credit {credit}, commission {commission}', zh: '业绩 {credit}，佣金 {commission}' },
  'split.role-missing': { en: 'no {roles} on this deal: the closer takes that share', zh: '本单无{roles}：该份额归成交人' },
  'split.passes-to': { en: 'the customer passes to the {after|term}', zh: '客户转由{after|term}负责' },
  'split.gap': {
    en: 'no row of the deal-case table ({rows} rows) matches this deal: closer {closer} 100%',
    zh: '成交分成表（共 {rows} 行）没有适用于本单的行：成交人 {closer} 100%',
  },
  // Penalties (处罚).
  'split.penalty-row-amount': {
    en: "penalty {kind} {date} row {row}: {amount} deducted from {who}'s commission (amount on the row)",
    zh: '{date} 第{row}行 处罚 {kind}：从 {who} 的佣金中扣除 {amount}（按该行金额）',
  },
  'split.penalty-fixed': {
    en: "penalty {kind} {date} row {row}: {amount} deducted from {who}'s commission (penalties: {kind} {rule})",
    zh: '{date} 第{row}行 处罚 {kind}：从 {who} 的佣金中扣除 {amount}（处罚标准：{kind} {rule}）',
  },
  'split.penalty-percent': {
    en: "penalty {kind} {date} row {row}: {amount} deducted from {who}'s commission (penalties: {kind} {rule} of {base} commission in {month})",
    zh: '{date} 第{row}行 处罚 {kind}：从 {who} 的佣金中扣除 {amount}（处罚标准：{kind} 为 {month} 佣金 {base} 的 {rule}）',
  },
  'split.penalty-unknown': {
    en: 'penalty {kind} {date} row {row}: nothing deducted: the row has no amount and penalties has no entry for "{kind}"{kinds}',
    zh: '{date} 第{row}行 处罚 {kind}：未扣款：该行无金额，处罚标准中也没有“{kind}”{kinds}',
  },
  'split.penalty-kinds': { en: ' (kinds: {kinds})', zh: '（已有：{kinds}）' },
  'split.no-kind': { en: '(no kind)', zh: '（未注明类型）' },
});
