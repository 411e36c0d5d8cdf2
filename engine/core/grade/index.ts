/**
 * GRADE (SPEC §5): decision tables, weighted scores, rank/quota with caps, lifecycle rules, presets and lint.
 * The batch runner and the Excel add-in use only what is exported here.
 */
export { CONDITION_FORMS, parseCondition, type Condition } from './conditions';
export { GradePolicyError } from './errors';
export {
  customerRecord, gradeCustomers, gradeOne,
  type CustomerInput, type DayInput, type GradeOneOptions, type GradeOptions, type GradeOutcome, type GradeResult,
} from './grade';
export { lintGradePolicy, type LintIssue, type LintOptions } from './lint';
export {
  gradePolicyFromObject, gradePolicyFromRules, gradePolicyFromRulesSheet, gradePolicyFromTable, gradePolicyFromText,
  gradePreset, type GradeTableOptions,
} from './load';
export { gatherSeries, monthKeyOf, type MetricValue, type Metrics, type MonthlySeries } from './metric-values';
export { addMonths, monthIndex, monthLabel } from './months';
export { BLACKLIST, needsPopulation, policyMetrics, type GradePolicy, type GradePolicyType } from './policy';
export { GRADE_KEY_HELP, GRADE_PRESET_LABELS, GRADE_SHEET_KEYS } from './keys';
export { GRADE_PRESETS } from './presets';
export { DEFAULT_POINTS } from './score';
export type { DecisionRow, DecisionTable, HitPolicy } from './table';
