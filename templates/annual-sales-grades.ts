/**
 * The grade decision table of preset annual-sales-4tier (SPEC §6; seed 003 客户分级管理制度, 销量指标), taken from
 * the grade presets so the templates show exactly the table the engine applies: a header of metric names and the
 * grade column, then one rule per row with its reason.
 */
import { gradePresetSettings } from '../engine/core/grade/presets';

/** The metric the table grades by: annual sales in yuan. */
export const ANNUAL_SALES_METRIC = 'annual_sales';

/** Header row, then rule rows: condition, grade, reason. */
export const ANNUAL_SALES_TABLE = gradePresetSettings('annual-sales-4tier')!.table as readonly (readonly string[])[];
