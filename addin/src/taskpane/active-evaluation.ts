/**
 * The active sheet read as a register and evaluated under the workbook's policy, through the CRM.* functions'
 * evaluation cache (the pane and the functions share one runtime). Needs Excel.
 */
import type { EngineResult } from '../../../engine/core/engine';
import { guarded, isError, type FunctionError } from '../functions/errors';
import { evaluation, registerRange, type RegisterRange } from '../functions/evaluations';
import { resolvePolicy, type WorkbookRules } from '../functions/policy-arg';
import { readWorkbookRules } from '../functions/workbook-rules';
import { readActiveSheet, type SheetTable } from './excel-actions';

/** An evaluated active sheet: the sheet as read, its register, the engine's result and the Rules sheet. */
export interface ActiveEvaluation {
  active: SheetTable & { selectedRow: number };
  range: RegisterRange;
  result: EngineResult;
  rules: WorkbookRules | null;
}

/** Evaluate the active sheet, or the error that says why it cannot be (not a register, a bad Rules sheet). */
export async function activeEvaluation(): Promise<ActiveEvaluation | FunctionError> {
  const active = await readActiveSheet();
  const rules = await readWorkbookRules();
  const policy = resolvePolicy(null, null, rules);
  if (isError(policy)) return policy;
  const range = guarded(() => registerRange(active.table, `'${active.sheet}'!A1`));
  if (isError(range)) return range;
  return { active, range, result: evaluation(range, policy, null), rules };
}
