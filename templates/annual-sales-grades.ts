/**
 * The grade decision table of preset annual-sales-4tier (SPEC §6; seed 003 客户分级管理制度, 销量指标: VIP 年度销售
 * 1000 万以上, A 500–1000 万, B 200–500 万, C 200 万以下), written as a Rules-sheet block: a header of metric names
 * and the grade column, then one rule per row with its note.
 */

/** The metric the table grades by: annual sales in yuan. */
export const ANNUAL_SALES_METRIC = 'annual_sales';

/** Header row, then rule rows: condition, grade, note. */
export const ANNUAL_SALES_TABLE: readonly (readonly string[])[] = [
  [ANNUAL_SALES_METRIC, '等级', '说明'],
  ['>10000000', 'VIP', '年度销售 1000 万以上 VIP 客户'],
  ['[5000000..10000000]', 'A', '年度销售额 500–1000 万档 A 级客户'],
  ['[2000000..5000000)', 'B', '年度销售额 200–500 万档 B 级客户'],
  ['<2000000', 'C', '年度销售额 200 万以下 C 级客户'],
];
