/**
 * The pane's Dashboard action: evaluate the active register, grade its customers, and write the Dashboard sheet
 * with its charts. Needs Excel (or a stand-in for its API).
 */
import { isError } from '../functions/errors';
import { activeEvaluation } from './active-evaluation';
import { dashboardBlocks } from './dashboard';
import { readSheetByNames, writeDashboard } from './excel-actions';
import { CUSTOMERS_SHEET_NAMES, dashboardGradePolicy, gradeDistribution, type GradeDistribution } from './grades';
import type { Words } from './i18n';

/**
 * Build the Dashboard sheet from the active register; `gradePreset` is the pane's choice for workbooks whose
 * Rules sheet has no grade policy ('' = none). Returns the lines the pane shows.
 */
export async function buildDashboard(w: Words, gradePreset: string): Promise<string[]> {
  const ev = await activeEvaluation();
  if (isError(ev)) return [ev.message];
  const grading = dashboardGradePolicy(ev.rules, gradePreset);
  let grades: GradeDistribution | null = null;
  const lines: string[] = [];
  if (grading) {
    const customers = await readSheetByNames(CUSTOMERS_SHEET_NAMES);
    grades = gradeDistribution(ev.range.register, ev.result, grading.policy, customers);
    lines.push(`${grades.graded} ${w.gradedWith} ${grading.source}`);
    if (grades.tableProblems > 0) lines.push(`${w.customersSheetProblems} ${grades.tableProblems}`);
  }
  await writeDashboard(w.sheetDashboard, dashboardBlocks(w, ev.result.splits, grades));
  return [w.done, ...lines];
}
