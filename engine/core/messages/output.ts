/**
 * Words of the batch runner's own output: the Audit sheet's labels, the run's summary line and its warnings, and
 * the policy sources named in them. Register texts, file names, keys and codes stay as they are.
 */
import { defineMessages, defineTerms } from './catalogue';

defineMessages({
  'output.audit-tool': { en: 'Tool', zh: '工具' },
  'output.audit-as-of': { en: 'As of', zh: '截至日期' },
  'output.audit-policy': { en: 'Policy', zh: '归属与分成规则' },
  'output.audit-grade-policy': { en: 'Grade policy', zh: '分级规则' },
  'output.audit-none': { en: 'none', zh: '无' },
  'output.audit-run-time': { en: 'Run time', zh: '运行时间' },
  'output.audit-full-json': { en: '(full JSON)', zh: '（完整 JSON）' },
  'output.audit-warning': { en: 'Warning', zh: '警告' },
  'output.policy-with-source': { en: '{name} ({source})', zh: '{name}（{source}）' },
  'output.source-preset': { en: 'preset {name}', zh: '预设 {name}' },
  'output.source-default-preset': { en: 'default preset {name}', zh: '默认预设 {name}' },
  'output.source-grade-preset': { en: 'grade preset {name}', zh: '分级预设 {name}' },
  'output.source-sheet': { en: '{where} sheet', zh: '{where} 工作表' },
  'output.value-unset': { en: 'null', zh: '（未设置）' },
  'output.value-no-period': { en: 'null', zh: '不限（规定未定期限）' },
  'output.value-empty': { en: '[]', zh: '（无）' },
  'output.value-yes': { en: 'true', zh: '是' },
  'output.value-no': { en: 'false', zh: '否' },
  'output.no-commission': {
    en: '{count} deal(s) have no commission and the policy sets no commission_rate: their commission amounts are empty',
    zh: '{count} 笔成交没有佣金，规则也未设置佣金比例（commission_rate）：这些成交的佣金金额为空',
  },
  'output.summary': {
    en: '{out}: {customers} customers{graded}, {deals} deals, {conflicts} conflicts, {exceptions} exceptions, {splits} split rows (as of {asOf}, policy {policy}){warnings}',
    zh: '{out}：{customers} 个客户{graded}，{deals} 笔成交，{conflicts} 起撞单，{exceptions} 行异常，{splits} 行分成（截至 {asOf}，规则 {policy}）{warnings}',
  },
  'output.summary-graded': { en: ', {count} graded', zh: '，{count} 个已分级' },
  'output.summary-warning': { en: '; warning: {warning}', zh: '；警告：{warning}' },
});

// Policy values the Audit shows as words: where protection counts from, and when a designation is honoured.
defineTerms({
  claim: { en: 'claim', zh: '判客' },
  first_visit: { en: 'first_visit', zh: '首次来访' },
  first_claim: { en: 'first_claim', zh: '首次判客' },
  later_visit: { en: 'later_visit', zh: '后续来访' },
});
