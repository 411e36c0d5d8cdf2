/**
 * Change events of the sheets that hold cached register ranges. When cells of a register are edited, Excel
 * recalculates the formulas over it with the new values; dropping the cached entry on the change event means the
 * next call rebuilds at once instead of relying on the per-burst comparison. Events are a shortcut, not the
 * safety net: handlers are registered asynchronously (calls of the first recalculation may come first), older
 * Excel versions have no sheet events, and formula cells change on recalculation without an event — the
 * comparison in addressed-ranges.ts covers all of these.
 */
import { forgetChanged, forgetPlaced, forgetSheet } from './addressed-ranges';
import { hasExcel } from './host';
import { parseAreas } from './range-address';

/** Upper-cased names of the sheets whose change events we handle. */
const watched = new Set<string>();
let watchingSheets = false;

/**
 * Apply a change of `address` on `sheet` to the cache. An edit drops the registers it touches; inserted or
 * deleted rows, columns or cells move ranges around, so (like an address not understood) they drop the
 * registers of the whole sheet.
 */
export function cellsChanged(sheet: string, address: string, changeType = 'RangeEdited'): void {
  const areas = changeType === 'RangeEdited' ? parseAreas(address, sheet) : null;
  if (areas) forgetChanged(areas);
  else forgetSheet(sheet);
}

/** A sheet was added or deleted: a later sheet of a watched name is a new object to watch, and ranges may be gone. */
function sheetsChanged(): Promise<void> {
  watched.clear();
  forgetPlaced();
  return Promise.resolve();
}

/**
 * Start handling change events of `sheet` (once per sheet; only inside Excel). Failures are ignored: without
 * events the cache stays correct through its comparisons, only slower after an edit.
 */
export function watchSheet(sheet: string): void {
  const name = sheet.toUpperCase();
  if (!sheet || !hasExcel() || watched.has(name)) return;
  watched.add(name);
  Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    if (!watchingSheets) {
      sheets.onAdded.add(sheetsChanged);
      sheets.onDeleted.add(sheetsChanged);
      watchingSheets = true;
    }
    const ws = sheets.getItemOrNullObject(sheet);
    await context.sync();
    if (ws.isNullObject) {
      watched.delete(name);
      return;
    }
    ws.onChanged.add((event) => {
      cellsChanged(sheet, event.address, event.changeType);
      return Promise.resolve();
    });
    await context.sync();
  }).catch(() => {
    watched.delete(name);
  });
}
