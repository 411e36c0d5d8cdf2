/**
 * The workbook's Rules (规则) sheet, read through the shared runtime when a CRM.* call leaves out its policy
 * argument. Read once, then kept until the sheet changes, is added or is deleted; after a change every formula
 * is recalculated, because Excel does not know that a formula without a policy argument depends on that sheet.
 */
import type { Cell } from '../../../engine/core/types';
import { clearEvaluations } from './evaluations';
import { hasExcel } from './host';
import type { WorkbookRules } from './policy-arg';
import { queueUsedRanges } from './used-ranges';

/** Sheet names that hold the workbook's policy, in order of preference. */
export const RULES_SHEET_NAMES = ['Rules', '规则'];

let cached: Promise<WorkbookRules | null> | null = null;
let watchingSheets = false;
const watchedRules = new Set<string>();

/** Forget the cached Rules sheet and every evaluation based on it, then recalculate the workbook. */
export async function rulesChanged(): Promise<void> {
  cached = null;
  clearEvaluations();
  if (!hasExcel()) return;
  await Excel.run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  });
}

/** Read the Rules sheet now (no cache) and start watching it for changes. Needs Excel. */
export async function readWorkbookRules(): Promise<WorkbookRules | null> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    if (!watchingSheets) {
      // Sheet events need ExcelApi 1.7; without them the cache lives until the runtime reloads.
      sheets.onAdded.add(rulesChanged);
      sheets.onDeleted.add(() => {
        watchedRules.clear(); // a re-added Rules sheet is a new object to watch
        return rulesChanged();
      });
      watchingSheets = true;
    }
    const candidates = queueUsedRanges(context, RULES_SHEET_NAMES);
    await context.sync();
    for (const { name, ws, used } of candidates) {
      if (ws.isNullObject) continue;
      if (!watchedRules.has(name)) {
        ws.onChanged.add(rulesChanged);
        watchedRules.add(name);
      }
      if (!used.isNullObject) return { sheet: name, firstRow: used.rowIndex + 1, table: used.values as Cell[][] };
    }
    return null;
  });
}

/** The workbook's Rules sheet, or null outside Excel or when the workbook has none. */
export function workbookRules(): Promise<WorkbookRules | null> {
  if (!hasExcel()) return Promise.resolve(null);
  cached ??= readWorkbookRules().catch(() => {
    cached = null; // try again on the next call rather than caching a failure
    return null;
  });
  return cached;
}
