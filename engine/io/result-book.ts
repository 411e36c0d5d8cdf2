/**
 * Assembles the seven sheets of the result workbook (SPEC §8) from one run's results, in their fixed order:
 * Owners, Splits, Grades, Conflicts, Exceptions, Dashboard, Audit.
 */
import { formatDay } from '../core/dates';
import type { EngineResult } from '../core/engine';
import type { Register } from '../core/types';
import { auditSheet, type AuditInput } from './audit';
import { dashboardSheet } from './dashboard';
import type { Lang, ResultSheet } from './result-model';
import { conflictsSheet, exceptionsSheet, gradesSheet, ownersSheet, splitsSheet, type GradeRow } from './result-tables';

/** Everything one run produced. */
export interface RunResult {
  result: EngineResult;
  register: Register;
  /** Graded customers, or null when no grade policy was given. */
  grades: GradeRow[] | null;
  /** Grades in the grade policy's order, best first (orders the Dashboard's distribution). */
  gradeOrder?: string[];
  audit: Omit<AuditInput, 'asOf' | 'policy' | 'lang'>;
  /** Language of the cells a user reads (statuses, roles, reasons, Audit labels); headers follow the writer's. */
  lang?: Lang;
}

/** The result sheets of a run. */
export function resultSheets(run: RunResult): ResultSheet[] {
  const { result, register, grades } = run;
  const lang = run.lang ?? 'en';
  const asOf = formatDay(result.asOf);
  return [
    ownersSheet(result.owners, lang),
    splitsSheet(result.splits, lang),
    gradesSheet(grades, lang),
    conflictsSheet(result.conflicts, lang),
    exceptionsSheet(register.exceptions, lang),
    dashboardSheet({
      asOf, owners: result.owners, splits: result.splits, conflicts: result.conflicts, grades,
      gradeOrder: run.gradeOrder, exceptions: register.exceptions.length, decimals: result.policy.decimals,
    }),
    auditSheet({ ...run.audit, asOf, policy: result.policy, lang }),
  ];
}
