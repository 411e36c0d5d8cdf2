/**
 * Streaming .xlsx reader (exceljs WorkbookReader): worksheets and rows arrive one at a time, so memory stays flat
 * however large the register. Styles are not loaded, so date cells arrive as their Excel serial numbers and the
 * core converts them as calendar dates — no Date objects, hence no time-zone shift — honouring the workbook's
 * 1904 date system.
 */
import type { Cell } from '../core/types';
import { WorkbookReader } from './exceljs-reader';
import { InputError } from './input-error';
import { meteredStream } from './metered-stream';
import { cellsOfRow } from './xlsx-cells';

/** What a sheet reader learns before the first row. */
export interface SheetInfo {
  name: string;
  /** The workbook uses the 1904 date system (old Mac Excel). */
  date1904: boolean;
}

/** Receives the rows of one worksheet. */
export type RowHandler = (cells: Cell[], row: number) => void;

/** exceljs's streaming worksheet as its parser: batches of events, rows among them. */
interface SheetEvents {
  parse(): AsyncIterable<{ eventType: string; value: { values: unknown; number: number } }[]>;
}

/** An error thrown by a row handler travels through the zip reader unchanged. */
class HandlerError extends Error {
  constructor(readonly inner: unknown) {
    super('row handler failed');
  }
}

/** The date system flag as the streaming reader exposes it (parsed from xl/workbook.xml's workbookPr). */
function date1904Of(reader: unknown): boolean {
  const properties = (reader as { properties?: { model?: { date1904?: boolean } } }).properties;
  return properties?.model?.date1904 === true;
}

/**
 * Read every worksheet of a workbook in order. `onSheet` decides per sheet whether to read its rows (return a
 * handler) or skip it (return null). Returns the file's SHA-256. Damaged packages throw InputError naming `name`.
 */
export async function readXlsxSheets(
  path: string,
  name: string,
  onSheet: (sheet: SheetInfo) => RowHandler | null,
  onBytes?: (n: number) => void,
): Promise<string> {
  const metered = meteredStream(path, onBytes);
  const reader = new WorkbookReader(metered.stream, {
    worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', entries: 'ignore',
  });
  let sheets = 0;
  try {
    for await (const worksheet of reader) {
      sheets++;
      const ws = worksheet as unknown as { name?: string; id?: number };
      const handler = onSheet({ name: ws.name ?? `Sheet${ws.id ?? sheets}`, date1904: date1904Of(reader) });
      // Rows are taken in the batches the sheet's parser produces them (one per decoded chunk): iterating the
      // sheet itself costs an async step per row, a second or more per million rows.
      for await (const events of (worksheet as unknown as SheetEvents).parse()) {
        if (!handler) continue; // rows must still be drained for the reader to reach the next sheet
        for (const { eventType, value } of events) {
          if (eventType !== 'row') continue;
          try {
            handler(cellsOfRow(value.values), value.number);
          } catch (e) {
            throw new HandlerError(e);
          }
        }
      }
    }
  } catch (e) {
    metered.stream.destroy();
    if (e instanceof HandlerError) throw e.inner;
    throw new InputError(name, `not a readable .xlsx workbook (${(e as Error).message.split('\n')[0]})`);
  }
  if (sheets === 0) throw new InputError(name, 'the workbook has no worksheets');
  return metered.finish();
}
