/**
 * The grade distribution of the pane's dashboard (SPEC §7): every customer of the active register graded — its
 * derived metrics joined with the workbook's Customers (客户) sheet — under the Rules sheet's grade table or grade
 * preset, else the grade preset chosen in the pane. Grading and counting are the batch runner's own functions, so
 * the pane's Dashboard shows the batch runner's numbers for the same workbook.
 */
import type { EngineResult } from '../../../engine/core/engine';
import { GRADE_PRESETS, gradePolicyFromRulesSheet, gradePreset, type GradePolicy } from '../../../engine/core/grade';
import type { Register } from '../../../engine/core/types';
import { gradeRegister } from '../../../engine/io/customers-table';
import { gradeCounts } from '../../../engine/io/dashboard';
import type { WorkbookRules } from '../functions/policy-arg';

/** Sheet names of the customers table, in order of preference (the batch runner's names). */
export const CUSTOMERS_SHEET_NAMES = ['Customers', '客户'];

/** A grade preset as the pane offers it. */
export interface GradePresetChoice {
  name: string;
  description: string;
}

/** The grade presets, in their defined order. */
export function gradePresetChoices(): GradePresetChoice[] {
  return Object.entries(GRADE_PRESETS).map(([name, p]) => ({ name, description: p.policy.description }));
}

/** The dashboard's grade policy and where it came from. */
export interface DashboardGradePolicy {
  policy: GradePolicy;
  /** The Rules sheet's name or the preset's name, for the pane's message. */
  source: string;
}

/**
 * The grade policy of the dashboard: the Rules sheet's grade table or grade preset first (as the batch runner
 * takes it), else the preset chosen in the pane (`''` = none), else null. A broken grade table throws its
 * GradePolicyError, naming the cell.
 */
export function dashboardGradePolicy(rules: WorkbookRules | null, chosenPreset: string): DashboardGradePolicy | null {
  const fromSheet = rules && gradePolicyFromRulesSheet(rules.table, rules.firstRow, rules.sheet);
  if (fromSheet) return { policy: fromSheet, source: rules.sheet };
  return chosenPreset ? { policy: gradePreset(chosenPreset), source: chosenPreset } : null;
}

/** Customers per grade, and the problems found in the Customers sheet. */
export interface GradeDistribution {
  counts: [grade: string, customers: number][];
  graded: number;
  /** Customers-sheet cells or rows left out (a row matching nobody, text in a number column). */
  tableProblems: number;
}

/**
 * Grade every customer of an evaluated register (with the Customers sheet, when the workbook has one) and count
 * them per grade in the policy's grade order.
 */
export function gradeDistribution(register: Register, result: EngineResult, policy: GradePolicy, customers: WorkbookRules | null): GradeDistribution {
  const table = customers ? { rows: customers.table, firstRow: customers.firstRow, sheet: customers.sheet, file: '' } : undefined;
  const { grades, exceptions } = gradeRegister(register, result, policy, table);
  return { counts: gradeCounts(grades, policy.levels), graded: grades.length, tableProblems: exceptions.length };
}
