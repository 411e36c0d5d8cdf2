/**
 * The register template (客户登记表模板): a register sheet with bilingual headers, dropdowns, formats and the SPEC §9
 * example rows, CRM formulas next to the data, a Rules sheet holding the realestate policy and the
 * annual-sales-4tier grade table, and bilingual instructions. A user pastes their register over the example and
 * the formulas, the add-in and the batch runner all read the same workbook.
 */
import type ExcelJS from 'exceljs';
import { ownershipPreset } from '../engine/core/policy/presets';
import { ANNUAL_SALES_METRIC, ANNUAL_SALES_TABLE } from './annual-sales-grades';
import { writeInstructions, type Step } from './instructions-sheet';
import { REGISTER_COLUMNS, registerColumnOf } from './register-columns';
import { writeRegisterSheet } from './register-sheet';
import { writeRulesSheet } from './rules-sheet';
import { SPEC_EXAMPLE } from './spec-example';
import { FORMATS, shippedWorkbook } from './workbook-style';

/** Sheet names of the register template. */
export const REGISTER_TEMPLATE_SHEETS = { register: '登记表 Register', rules: 'Rules', instructions: '说明 Instructions' } as const;

/** Rows of the register the dropdowns, formats and the `Register` name cover (header included). */
export const REGISTER_TEMPLATE_ROWS = 2000;

/** The workbook name formulas use for the register range. */
export const REGISTER_NAME = 'Register';

/** As-of date of the example formulas (the date SPEC §9 states its answers for). */
const EXAMPLE_AS_OF = 'DATE(2026,3,31)';

/** Annual sales the Rules sheet's try-it cells grade, one per grade of the table. */
const TRY_ANNUAL_SALES = [12000000, 6000000, 3000000, 1500000];

const STEPS: readonly Step[] = [
  ['把您的登记表粘贴到“登记表 Register”工作表第 2 行起，覆盖示例行；保留第 1 行表头。列可以增减或调整顺序，表头写中文或英文均可（见下方“登记表的列”）。',
    'Paste your register into sheet “登记表 Register” from row 2, over the example rows; keep the header in row 1. Columns may be added, removed or reordered; headers may be Chinese or English (see “Register columns” below).'],
  ['日期写成 2026-03-01、2026/3/1 或 2026年3月1日；金额、佣金写数字；陪同填 是/否；类型从下拉列表选择（见下方“类型列可用的词”）。',
    'Dates as 2026-03-01, 2026/3/1 or 2026年3月1日; amounts and commissions as numbers; Accompanied as 是/否 (yes/no); pick the event from the dropdown (see “Event words” below).'],
  ['电话是识别客户的关键：同一电话或同一家庭编号的行属于同一组客户（夫妻、父母、子女视为同一组）。隐去中间四位的电话（138****1111）与后四位相同的完整号码匹配。',
    'The phone identifies the customer: rows sharing a phone or a household value are one customer group (spouses, parents, children). A masked phone (138****1111) matches the full number with the same visible digits.'],
  ['O 列 =CRM.OWNER(电话, Register, 截止日期) 给出截至该日期的归属人；P 列 =CRM.EXPLAIN 给出依据；Q8 =CRM.SPLIT(佣金, {50,50}) 精确到分地分配。公式需要安装 crm-rules 加载项，否则显示 #NAME?。',
    'Column O =CRM.OWNER(phone, Register, as_of) gives the owner as of that date; column P =CRM.EXPLAIN gives the reason; Q8 =CRM.SPLIT(commission, {50,50}) allocates to the cent. The formulas need the crm-rules add-in; without it they show #NAME?.'],
  [`Register 是工作簿名称，指向登记表 A1:M${REGISTER_TEMPLATE_ROWS}。登记表更长时，在“公式 → 名称管理器”中扩大它。`,
    `Register is a workbook name for the register's A1:M${REGISTER_TEMPLATE_ROWS}. For a longer register, widen it in Formulas → Name Manager.`],
  ['“Rules”工作表是本工作簿的规则：上方是客户归属与业绩分成规则（预设 realestate：来访判客、30 天保护期、跟进续期、指定接待、老带新需陪同、协助成交佣金五五分、成交锁定 60 天），下方是客户分级表（annual-sales-4tier）。改 value 列即可；公式和批处理都读取它。',
    'The “Rules” sheet holds this workbook\'s rules: ownership and split settings at the top (preset realestate) and the grade table (annual-sales-4tier) below. Edit the value column; formulas and the batch runner both read it.'],
  ['月末批处理：crm-rules run 本文件.xlsx --as-of 2026-03-31 --out 结果.xlsx，得到归属、分成、撞单、异常行、仪表盘和审计表。',
    'Month-end batch: crm-rules run this-file.xlsx --as-of 2026-03-31 --out result.xlsx gives owners, splits, conflicts, exceptions, a dashboard and an audit sheet.'],
];

/** Formula cells next to the register data, with the header of each formula column. */
function addExampleFormulas(sheet: ExcelJS.Worksheet): void {
  const phone = sheet.getColumn(registerColumnOf('phone')).letter;
  const commission = sheet.getColumn(registerColumnOf('commission')).letter;
  // One empty column between the data and the formulas, so pasting a register cannot overwrite them.
  const owner = REGISTER_COLUMNS.length + 2;
  const headers = ['归属人 Owner (=CRM.OWNER)', '依据 Why (=CRM.EXPLAIN)', '分佣示例 50/50 (=CRM.SPLIT)'];
  headers.forEach((text, i) => {
    const cell = sheet.getCell(1, owner + i);
    cell.value = text;
    cell.font = { bold: true };
    sheet.getColumn(owner + i).width = i === 1 ? 60 : 18;
  });
  for (let row = 2; row <= SPEC_EXAMPLE.length + 1; row++) {
    sheet.getCell(row, owner).value = { formula: `CRM.OWNER(${phone}${row},${REGISTER_NAME},${EXAMPLE_AS_OF})` };
    sheet.getCell(row, owner + 1).value = { formula: `CRM.EXPLAIN(${phone}${row},${REGISTER_NAME},${EXAMPLE_AS_OF})` };
  }
  // Row 8 is the §9 deal whose commission is split owner 50 / closer 50: 5000.01 and 5000.00.
  sheet.getCell(8, owner + 2).value = { formula: `CRM.SPLIT(${commission}8,{50,50})` };
  sheet.getColumn(owner + 2).numFmt = FORMATS.money;
  sheet.getColumn(owner + 3).numFmt = FORMATS.money;
}

/** exceljs keeps range validations in `dataValidations`, which its type declarations leave out. */
type RangeValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

/** Dropdowns for the event and yes/no columns, over the rows the template covers. */
function addValidations(sheet: ExcelJS.Worksheet, eventWords: string): void {
  const validations = (sheet as unknown as RangeValidations).dataValidations;
  const range = (field: Parameters<typeof registerColumnOf>[0]): string => {
    const letter = sheet.getColumn(registerColumnOf(field)).letter;
    return `${letter}2:${letter}${REGISTER_TEMPLATE_ROWS}`;
  };
  validations.add(range('event'), {
    type: 'list', allowBlank: true, showErrorMessage: true, errorStyle: 'warning',
    error: '不是可用的类型词，见“说明 Instructions”。Not an event word; see Instructions.',
    formulae: [`'${REGISTER_TEMPLATE_SHEETS.instructions}'!${eventWords}`],
  });
  validations.add(range('accompanied'), {
    type: 'list', allowBlank: true, showErrorMessage: true, errorStyle: 'warning',
    error: '填 是/否 (yes/no)', formulae: ['"是,否,yes,no"'],
  });
}

/** Try-it cells on the Rules sheet: annual sales graded by the table below with =CRM.GRADE. */
function addGradeTryIt(sheet: ExcelJS.Worksheet, gradeRange: string, firstKeyRow: number): void {
  // Columns F and G of the key rows: the Rules reader takes only the key and the value of a key row.
  sheet.getColumn(6).width = 24;
  sheet.getColumn(7).width = 22;
  const header = ['试算 try: annual_sales', '分级 (=CRM.GRADE)'];
  header.forEach((text, i) => {
    const cell = sheet.getCell(firstKeyRow - 1, 6 + i);
    cell.value = text;
    cell.font = { bold: true };
  });
  TRY_ANNUAL_SALES.forEach((sales, i) => {
    const row = firstKeyRow + i;
    sheet.getCell(row, 6).value = sales;
    sheet.getCell(row, 6).numFmt = FORMATS.money;
    sheet.getCell(row, 7).value = { formula: `CRM.GRADE(F${row},${gradeRange},"${ANNUAL_SALES_METRIC}")` };
  });
}

/** Build the register template workbook. */
export function buildRegisterTemplate(): ExcelJS.Workbook {
  const workbook = shippedWorkbook();
  const register = workbook.addWorksheet(REGISTER_TEMPLATE_SHEETS.register);
  const rules = workbook.addWorksheet(REGISTER_TEMPLATE_SHEETS.rules);
  const instructions = workbook.addWorksheet(REGISTER_TEMPLATE_SHEETS.instructions);

  const { eventWords } = writeInstructions(instructions, '客户登记表模板 Register template (crm-rules)', STEPS);
  writeRegisterSheet(register, SPEC_EXAMPLE);
  addValidations(register, eventWords);
  addExampleFormulas(register);
  const lastColumn = register.getColumn(REGISTER_COLUMNS.length).letter;
  workbook.definedNames.add(`'${REGISTER_TEMPLATE_SHEETS.register}'!$A$1:$${lastColumn}$${REGISTER_TEMPLATE_ROWS}`, REGISTER_NAME);

  const layout = writeRulesSheet(rules, {
    title: '规则 Rules：客户归属与业绩分成（预设 realestate，002 房地产销售案场客户归属规定；001 万科）',
    policy: ownershipPreset('realestate'),
    gradeTitle: '客户分级表 Grade table：annual-sales-4tier（003 客户分级管理制度 销量指标），命中第一条 hit policy FIRST',
    gradeTable: ANNUAL_SALES_TABLE,
  });
  addGradeTryIt(rules, layout.gradeRange, Math.min(...layout.keyRows.values()));
  return workbook;
}
