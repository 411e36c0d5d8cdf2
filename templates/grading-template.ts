/**
 * The customer grading template (客户分级模板): a Customers sheet (客户) with one column per metric and a =CRM.GRADE
 * formula per customer (its grade cached beside it), and a Rules sheet with the annual-sales-4tier decision table those formulas read. The
 * batch runner grades the same sheet with the same table.
 */
import type ExcelJS from 'exceljs';
import { grade } from '../addin/src/functions/grade';
import { ANNUAL_SALES_METRIC, ANNUAL_SALES_TABLE } from './annual-sales-grades';
import { areaOf, formulaCell, rangeValues } from './formula-cells';
import { writeInstructions, type Step } from './instructions-sheet';
import { writeRulesSheet } from './rules-sheet';
import { FORMATS, shippedWorkbook, styleHeaderRow } from './workbook-style';

/** Sheet names of the grading template. */
export const GRADING_TEMPLATE_SHEETS = { customers: '客户', rules: 'Rules', instructions: '说明 Instructions' } as const;

/** Headers of the Customers sheet: identity columns, the metric (named exactly as in the grade table), formula. */
export const GRADING_HEADERS = ['客户 Customer', '电话 Phone', ANNUAL_SALES_METRIC, '', '分级 (=CRM.GRADE)'] as const;

/** Example B2B customers (name, phone, annual sales in yuan), one or more per grade and on each boundary. */
const CUSTOMERS: readonly (readonly [string, string, number])[] = [
  ['华东建材有限公司', '13811112222', 12500000],
  ['鑫源贸易有限公司', '13922223333', 10000000],
  ['恒通五金经营部', '13633334444', 7200000],
  ['天成装饰工程公司', '13744445555', 5000000],
  ['广利商贸有限公司', '13555556666', 3100000],
  ['永盛建材门市', '18666667777', 2000000],
  ['新宇家居店', '15877778888', 1999999.99],
  ['明达水暖经营部', '15988889999', 450000],
];

const STEPS: readonly Step[] = [
  ['在“客户”工作表每行填一个客户：客户名称、电话，以及分级指标列（列名须与 Rules 分级表表头一致，这里是 annual_sales 年度销售额，单位元）。',
    'On sheet “客户” (Customers) put one customer per row: name, phone and the metric columns (named exactly as in the Rules grade table header; here annual_sales, annual sales in yuan).'],
  ['E 列 =CRM.GRADE(指标, Rules!分级表, "annual_sales") 给出等级；也可以用预设名代替区域：=CRM.GRADE(C2, "annual-sales-4tier", "annual_sales")。公式需要安装 crm-rules 加载项；未安装时单元格显示保存时的分级。',
    'Column E =CRM.GRADE(metric, Rules!table, "annual_sales") gives the grade; a preset name works instead of the range: =CRM.GRADE(C2, "annual-sales-4tier", "annual_sales"). The formulas need the crm-rules add-in; without it the cells show the grades saved with the file.'],
  ['分级表按行从上到下匹配，第一条满足的行给出等级（hit policy FIRST）。条件写法：>10000000、[5000000..10000000]（方括号含端点，圆括号不含）、<2000000、- 表示任意值。',
    'The grade table is read top down; the first matching row gives the grade (hit policy FIRST). Conditions: >10000000, [5000000..10000000] (square brackets include the end, round ones exclude it), <2000000, - for any value.'],
  ['批处理：crm-rules run --metrics 本文件.xlsx --grade-policy 本文件.xlsx --out 结果.xlsx，或 --grade-preset annual-sales-4tier。',
    'Batch: crm-rules run --metrics this-file.xlsx --grade-policy this-file.xlsx --out result.xlsx, or --grade-preset annual-sales-4tier.'],
];

/** Build the grading template workbook. */
export function buildGradingTemplate(): ExcelJS.Workbook {
  const workbook = shippedWorkbook();
  const customers = workbook.addWorksheet(GRADING_TEMPLATE_SHEETS.customers);
  const rules = workbook.addWorksheet(GRADING_TEMPLATE_SHEETS.rules);
  const instructions = workbook.addWorksheet(GRADING_TEMPLATE_SHEETS.instructions);

  const layout = writeRulesSheet(rules, {
    title: '规则 Rules：客户分级（预设 annual-sales-4tier）',
    gradeTitle: '客户分级表 Grade table：003 客户分级管理制度 销量指标，命中第一条 hit policy FIRST',
    gradeTable: ANNUAL_SALES_TABLE,
  });

  customers.columns = [
    { header: GRADING_HEADERS[0], width: 22 },
    { header: GRADING_HEADERS[1], width: 14, style: { numFmt: FORMATS.text } },
    { header: GRADING_HEADERS[2], width: 18, style: { numFmt: FORMATS.money } },
    { header: GRADING_HEADERS[3], width: 3 },
    { header: GRADING_HEADERS[4], width: 18 },
  ];
  customers.getCell(1, 3).note = '年度销售额（元）annual sales in yuan';
  const table = rangeValues(rules, ...areaOf(layout.gradeRange));
  const rulesRange = `${GRADING_TEMPLATE_SHEETS.rules}!${layout.gradeRange}`;
  CUSTOMERS.forEach(([name, phone, sales], i) => {
    const row = i + 2;
    customers.getRow(row).values = [name, phone, sales];
    const answer = grade([[sales]], table, [[ANNUAL_SALES_METRIC]], { addresses: [`C${row}`, rulesRange, null] });
    customers.getCell(row, 5).value = formulaCell(`CRM.GRADE(C${row},${rulesRange},"${ANNUAL_SALES_METRIC}")`, answer);
  });
  styleHeaderRow(customers);
  writeInstructions(instructions, '客户分级模板 Customer grading template (crm-rules)', STEPS);
  return workbook;
}
