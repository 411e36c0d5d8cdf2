/**
 * The register template (客户登记表模板): a register sheet with bilingual headers, dropdowns, formats and the SPEC §9
 * example rows, CRM formulas next to the data, a Rules sheet holding the realestate policy and the
 * annual-sales-4tier grade table, and bilingual instructions. A user pastes their register over the example and
 * the formulas, the add-in and the batch runner all read the same workbook.
 */
import type ExcelJS from 'exceljs';
import { grade } from '../addin/src/functions/grade';
import type { WorkbookRules } from '../addin/src/functions/policy-arg';
import { split } from '../addin/src/functions/split';
import { dayFromParts, serialFromDay } from '../engine/core/dates';
import { ownershipPreset } from '../engine/core/policy/presets';
import { ANNUAL_SALES_METRIC, ANNUAL_SALES_TABLE } from './annual-sales-grades';
import { areaOf, formulaCell, rangeValues } from './formula-cells';
import { writeInstructions, type Step } from './instructions-sheet';
import { REGISTER_COLUMNS, registerColumnOf } from './register-columns';
import { writeRegisterFormulas } from './register-formulas';
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

/** Annual sales the Rules sheet's try-it cells grade, one per grade of the table. */
const TRY_ANNUAL_SALES = [12000000, 6000000, 3000000, 1500000];

const STEPS: readonly Step[] = [
  ['把您的登记表粘贴到“登记表 Register”工作表第 2 行起，覆盖示例行；保留第 1 行表头。列可以增减或调整顺序，表头写中文或英文均可（见下方“登记表的列”）。',
    'Paste your register into sheet “登记表 Register” from row 2, over the example rows; keep the header in row 1. Columns may be added, removed or reordered; headers may be Chinese or English (see “Register columns” below).'],
  ['日期写成 2026-03-01、2026/3/1 或 2026年3月1日；金额、佣金写数字；陪同填 是/否；类型从下拉列表选择（见下方“类型列可用的词”）。',
    'Dates as 2026-03-01, 2026/3/1 or 2026年3月1日; amounts and commissions as numbers; Accompanied as 是/否 (yes/no); pick the event from the dropdown (see “Event words” below).'],
  ['电话是识别客户的关键：同一电话或同一家庭编号的行属于同一组客户（夫妻、父母、子女视为同一组）。隐去中间四位的电话（138****1111）与后四位相同的完整号码匹配。',
    'The phone identifies the customer: rows sharing a phone or a household value are one customer group (spouses, parents, children). A masked phone (138****1111) matches the full number with the same visible digits.'],
  ['T2 =CRM.REGISTER(Register, , 截止日期) 把登记表变成一个“句柄”；O 列 =CRM.OWNER(电话, $T$2) 给出截至该日期的归属人，P 列 =CRM.EXPLAIN 给出依据；Q8 =CRM.SPLIT(佣金, {50,50}) 精确到分地分配。每行公式只引用句柄单元格，登记表再大 Excel 也只传一次；登记表一改，句柄随之改变，各行自动重算。公式需要安装 crm-rules 加载项；未安装时单元格显示保存时的结果。',
    'T2 =CRM.REGISTER(Register, , as_of) turns the register into a handle; column O =CRM.OWNER(phone, $T$2) gives the owner as of that date, column P =CRM.EXPLAIN the reason; Q8 and R8 take the parts of =CRM.SPLIT(commission, {50,50}), allocated to the cent. The row formulas refer to the handle cell only, so Excel hands the register over once however long it is; an edit of the register changes the handle and recalculates the rows. The formulas need the crm-rules add-in; without it the cells show the results saved with the file.'],
  [`Register 是工作簿名称，指向登记表 A1:M${REGISTER_TEMPLATE_ROWS}。登记表更长时，在“公式 → 名称管理器”中扩大它。`,
    `Register is a workbook name for the register's A1:M${REGISTER_TEMPLATE_ROWS}. For a longer register, widen it in Formulas → Name Manager.`],
  ['“Rules”工作表是本工作簿的规则：上方是客户归属与业绩分成规则（预设 realestate：来访判客、30 天保护期、跟进续期、指定接待、老带新需陪同、协助成交佣金五五分、成交锁定 60 天），下方是客户分级表（annual-sales-4tier）。改 value 列即可；公式和批处理都读取它。',
    'The “Rules” sheet holds this workbook\'s rules: ownership and split settings at the top (preset realestate) and the grade table (annual-sales-4tier) below. Edit the value column; formulas and the batch runner both read it.'],
  ['月末批处理：crm-rules run 本文件.xlsx --as-of 2026-03-31 --out 结果.xlsx，得到归属、分成、撞单、异常行、仪表盘和审计表。',
    'Month-end batch: crm-rules run this-file.xlsx --as-of 2026-03-31 --out result.xlsx gives owners, splits, conflicts, exceptions, a dashboard and an audit sheet.'],
];

/** Column of the register template's CRM.REGISTER cell: after OWNER, EXPLAIN, the two SPLIT cells and a gap. */
const HANDLE_COLUMN = REGISTER_COLUMNS.length + 7;

/**
 * Formula cells next to the register data: the CRM.REGISTER handle of the Register name, OWNER and EXPLAIN per
 * example row through it, and the §9 deal's commission split 50/50 by CRM.SPLIT, each with its value cached.
 */
function addExampleFormulas(sheet: ExcelJS.Worksheet, rules: WorkbookRules): void {
  const commission = sheet.getColumn(registerColumnOf('commission')).letter;
  // One empty column between the data and the formulas, so pasting a register cannot overwrite them.
  writeRegisterFormulas(sheet, SPEC_EXAMPLE.length, {
    ref: REGISTER_NAME, lastRow: REGISTER_TEMPLATE_ROWS, columns: ['owner', 'explain'], handleColumn: HANDLE_COLUMN,
    asOf: { formula: 'DATE(2026,3,31)', serial: serialFromDay(dayFromParts(2026, 3, 31)!) }, rules,
  });
  const splitColumn = REGISTER_COLUMNS.length + 4;
  const header = sheet.getCell(1, splitColumn);
  header.value = '分佣示例 50/50 (=CRM.SPLIT)';
  header.font = { bold: true };
  sheet.getColumn(splitColumn).width = 18;
  // Row 8 is the §9 deal whose commission is split owner 50 / closer 50: 5000.01 and 5000.00. Each part is its own
  // INDEX of the spill: LibreOffice recalculates array formulas on load (and then shows #NAME?), plain ones not.
  const amount = sheet.getCell(`${commission}8`).value;
  const parts = split(amount, [[50, 50]], null);
  for (const k of [0, 1]) {
    const part = Array.isArray(parts) ? parts[0][k] : parts;
    sheet.getCell(8, splitColumn + k).value = formulaCell(`INDEX(CRM.SPLIT(${commission}8,{50,50}),1,${k + 1})`, part);
  }
  sheet.getColumn(splitColumn).numFmt = FORMATS.money;
  sheet.getColumn(splitColumn + 1).numFmt = FORMATS.money;
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

/** Try-it cells on the Rules sheet: annual sales graded by the table below with =CRM.GRADE, answers cached. */
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
  const table = rangeValues(sheet, ...areaOf(gradeRange));
  TRY_ANNUAL_SALES.forEach((sales, i) => {
    const row = firstKeyRow + i;
    sheet.getCell(row, 6).value = sales;
    sheet.getCell(row, 6).numFmt = FORMATS.money;
    const answer = grade([[sales]], table, [[ANNUAL_SALES_METRIC]], { addresses: [`F${row}`, gradeRange, null] });
    sheet.getCell(row, 7).value = formulaCell(`CRM.GRADE(F${row},${gradeRange},"${ANNUAL_SALES_METRIC}")`, answer);
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
  const lastColumn = register.getColumn(REGISTER_COLUMNS.length).letter;
  workbook.definedNames.add(`'${REGISTER_TEMPLATE_SHEETS.register}'!$A$1:$${lastColumn}$${REGISTER_TEMPLATE_ROWS}`, REGISTER_NAME);

  const layout = writeRulesSheet(rules, {
    title: '规则 Rules：客户归属与业绩分成（预设 realestate，002 房地产销售案场客户归属规定；001 万科）',
    policy: ownershipPreset('realestate'),
    gradeTitle: '客户分级表 Grade table：annual-sales-4tier（003 客户分级管理制度 销量指标），命中第一条 hit policy FIRST',
    gradeTable: ANNUAL_SALES_TABLE,
  });
  addGradeTryIt(rules, layout.gradeRange, Math.min(...layout.keyRows.values()));
  // The formulas leave out the policy, so the add-in reads this Rules sheet: their cached answers do the same.
  addExampleFormulas(register, { sheet: REGISTER_TEMPLATE_SHEETS.rules, firstRow: 1, table: rangeValues(rules, 1, 1, rules.rowCount, rules.columnCount) });
  return workbook;
}
