/**
 * The task pane's words in English and Chinese. The language follows Office's display language (zh-* →
 * Chinese); outside Office the browser's language decides.
 */

/** UI languages. */
export type Lang = 'en' | 'zh';

/** The UI language of a display-language tag such as `zh-CN` or `en-US`. */
export function langOf(tag: string | null | undefined): Lang {
  return tag && /^zh\b/i.test(tag) ? 'zh' : 'en';
}

const EN = {
  title: 'CRM Rules',
  subtitle: 'Customer ownership, splits and grades',
  outsideExcel: 'Open this pane in Excel to use it: the buttons work on the open workbook. (Running outside Excel.)',
  rulesHeading: 'Rules',
  rulesHelp: 'Pick a preset and insert it as the workbook\'s Rules sheet; CRM.* formulas without a policy argument use it.',
  presetLabel: 'Preset',
  insertRules: 'Insert Rules sheet',
  registerHeading: 'Register',
  registerHelp: 'Insert a register sheet with the standard header row (日期, 客户, 电话, 销售员, 类型...).',
  insertRegister: 'Insert register template',
  checkHeading: 'Check rules',
  checkHelp: 'Check the Rules sheet and list problems with their cells.',
  checkRules: 'Check Rules sheet',
  noProblems: 'No problems found in the Rules sheet.',
  noRulesSheet: 'The workbook has no Rules sheet; formulas use the realestate preset.',
  explainHeading: 'Explain',
  explainHelp: 'Select a row of the register and see its owner, split and reason.',
  explainRow: 'Explain selected row',
  dashboardHeading: 'Dashboard',
  dashboardHelp: 'Build a Dashboard sheet from the active register: credit and commission per salesperson and the grade distribution, with charts. Customers are graded with the Rules sheet\'s grade table (and the Customers sheet\'s metrics, if any), else with the grade preset chosen here.',
  gradePresetLabel: 'Grade preset (when the Rules sheet has none)',
  noGradePreset: '(none)',
  buildDashboard: 'Build dashboard',
  done: 'Done.',
  owner: 'Owner',
  status: 'Status',
  reason: 'Reason',
  split: 'Split',
  pool: '(pool)',
  notRegisterRow: 'The selected row is not a register row (select a data row below the header).',
  sheetRules: 'Rules',
  sheetRegister: 'Register',
  sheetDashboard: 'Dashboard',
  salesperson: 'Salesperson',
  credit: 'Credit',
  commission: 'Commission',
  creditPerSalesperson: 'Credit and commission per salesperson',
  noSalespeople: 'No salespeople',
  gradeDistribution: 'Grade distribution',
  grade: 'Grade',
  customers: 'Customers',
  noGradePolicy: 'No grade policy: add a grade table to the Rules sheet or choose a grade preset in the pane',
  noGradedCustomers: 'No graded customers',
  gradedWith: 'customers graded with',
  customersSheetProblems: 'Customers sheet values left out (a row matching no customer, or text in a number column):',
};

/** The words of the pane, by key. */
export type Words = typeof EN;

const ZH: Words = {
  title: '客户规则',
  subtitle: '客户归属、业绩分成与客户分级',
  outsideExcel: '请在 Excel 中打开此窗格使用：各按钮作用于当前工作簿。（当前不在 Excel 中运行。）',
  rulesHeading: '规则',
  rulesHelp: '选择预设方案并插入为工作簿的“规则”表；未指定 policy 参数的 CRM.* 公式使用该表。',
  presetLabel: '预设方案',
  insertRules: '插入规则表',
  registerHeading: '登记表',
  registerHelp: '插入带标准表头（日期、客户、电话、销售员、类型……）的登记表。',
  insertRegister: '插入登记表模板',
  checkHeading: '检查规则',
  checkHelp: '检查规则表，列出问题及所在单元格。',
  checkRules: '检查规则表',
  noProblems: '规则表未发现问题。',
  noRulesSheet: '工作簿没有规则表；公式使用 realestate 预设。',
  explainHeading: '说明',
  explainHelp: '选中登记表中的一行，查看归属、分成和依据。',
  explainRow: '说明选中行',
  dashboardHeading: '看板',
  dashboardHelp: '根据当前登记表生成看板：各销售员业绩和佣金、客户等级分布，并附图表。客户按规则表中的分级表（及“客户”表中的指标）分级；规则表没有分级规则时，按此处选择的分级预设分级。',
  gradePresetLabel: '分级预设（规则表未设置分级时使用）',
  noGradePreset: '（不分级）',
  buildDashboard: '生成看板',
  done: '完成。',
  owner: '归属',
  status: '状态',
  reason: '依据',
  split: '分成',
  pool: '（公共池）',
  notRegisterRow: '选中的行不是登记表数据行（请选择表头下方的数据行）。',
  sheetRules: '规则',
  sheetRegister: '登记表',
  sheetDashboard: '看板',
  salesperson: '销售员',
  credit: '业绩',
  commission: '佣金',
  creditPerSalesperson: '各销售员业绩与佣金',
  noSalespeople: '没有销售员',
  gradeDistribution: '客户等级分布',
  grade: '等级',
  customers: '客户数',
  noGradePolicy: '未设置分级规则：请在规则表中加入分级表，或在窗格中选择分级预设',
  noGradedCustomers: '没有分级客户',
  gradedWith: '位客户已分级，规则：',
  customersSheetProblems: '“客户”表中未采用的内容（匹配不到客户的行，或数字列中的文字）：',
};

/** The pane's words in a language. */
export function words(lang: Lang): Words {
  return lang === 'zh' ? ZH : EN;
}
