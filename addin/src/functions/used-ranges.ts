/**
 * Reading sheets by name through the Excel API in one round trip: the used range of each named sheet is queued
 * and the caller syncs once, instead of waiting on Excel once per name.
 */

/** A named sheet (a null object when missing) and its used range, loaded at the next sync. */
export interface QueuedSheet {
  name: string;
  ws: Excel.Worksheet;
  used: Excel.Range;
}

/** Queue the values and first row of each named sheet's used range; read them after `context.sync()`. */
export function queueUsedRanges(context: Excel.RequestContext, names: readonly string[]): QueuedSheet[] {
  return names.map((name) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load(['values', 'rowIndex']);
    return { name, ws, used };
  });
}
