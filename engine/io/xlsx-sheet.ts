/**
 * The rows of one worksheet part, streamed: each `<row>` is handed over as a dense array of cell values when it
 * closes, so memory holds one row at a time. Rows and cells without an `r` attribute follow the previous one, as
 * Excel reads them. A part that ends (or breaks) inside a row hands that row over with the problem, rather than
 * losing it.
 */
import { msg, type Message } from '../core/messages';
import type { Cell } from '../core/types';
import { BAD_SHARED_STRING, cellOfInteger, cellValue, type CellContext } from './xlsx-values';
import { RichTextCollector } from './xlsx-strings';
import { columnOfRef, NO_ATTRIBUTES, WorksheetScanner } from './worksheet-scanner';

/**
 * Receives a row's cells and spreadsheet row number; `problem` is set for a row that could not be read whole.
 * Returning false stops the sheet there (its other rows are not wanted: it is no register).
 */
export type SheetRowHandler = (cells: Cell[], row: number, problem?: Message) => void | false;

export { columnOfRef } from './worksheet-scanner';

/** Largest column Excel allows (XFD), beyond which a reference is damage, not data. */
const MAX_COLUMN = 16_383;

/**
 * Read the rows of a worksheet part; returns its merged ranges (`A1:C1`, listed after the rows in the part). An
 * XML error or a part cut off mid-row ends the sheet: the row under way (or an empty row after the last one) is
 * handed over with the problem, and reading stops there.
 */
export async function readSheetRows(part: AsyncIterable<Buffer>, ctx: CellContext, onRow: SheetRowHandler): Promise<string[]> {
  const merged: string[] = [];
  let inData = false;
  let inRow = false;
  let rowNumber = 0;
  let cells: Cell[] = [];
  let col = 0;
  let type = '';
  let style = 0;
  // <v> text of the current cell; null when the cell has none. Texts may arrive in pieces.
  let v: string | null = null;
  // The cell's <v> as a number when it is a plain integer of a string index or number cell (v is then ''), else -1.
  let vInteger = -1;
  let inV = false;
  let inInline = false;
  let inline: string | null = null;
  let inFormula = false;
  let cellProblem: Message | null = null;
  const rich = new RichTextCollector();
  // A handler's own error must leave unchanged, not be taken for damage in the part.
  let handlerFailure: { error: unknown } | null = null;
  let stopped = false;
  const deliver = (row: Cell[], at: number, problem?: Message): void => {
    let wanted: void | false;
    try {
      wanted = problem ? onRow(row, at, problem) : onRow(row, at);
    } catch (error) {
      handlerFailure = { error };
      throw error;
    }
    if (wanted === false) {
      stopped = true;
      throw new Error('stopped');
    }
  };

  const row = (r: number): void => {
    if (inInline) return rich.open('row');
    if (!inData) return;
    rowNumber = Number.isInteger(r) && r > rowNumber ? r : rowNumber + 1;
    inRow = true;
    cells = [];
    col = 0;
  };
  const cell = (at: number, t: string, s: number): void => {
    if (inInline) return rich.open('c');
    if (!inRow) return;
    col = at >= 0 && at <= MAX_COLUMN ? at : col;
    type = t;
    style = s;
    v = null;
    vInteger = -1;
    inline = null;
  };

  const parser = new WorksheetScanner({
    row,
    cell,
    integer(n) {
      if (!inRow || inInline || inFormula || v !== null || (type !== 's' && type !== '' && type !== 'n')) return false;
      vInteger = n;
      v = '';
      return true;
    },
    value(text) {
      this.open('v', NO_ATTRIBUTES);
      if (text.length > 0) this.text!(text);
      this.close!('v');
    },
    open(local, a) {
      if (inInline) {
        rich.open(local);
        return;
      }
      switch (local) {
        case 'sheetData': inData = true; return;
        case 'row': {
          const ref = a.get('r');
          return row(ref === undefined ? NaN : Number(ref));
        }
        case 'c': {
          const ref = a.get('r');
          const s = a.get('s');
          return cell(ref === undefined ? -1 : columnOfRef(ref), a.get('t') ?? '', s === undefined ? 0 : Number(s));
        }
        case 'v':
          if (!inRow) return;
          inV = true;
          if (vInteger >= 0) { // a second <v>: its text follows the first's
            v = String(vInteger);
            vInteger = -1;
          }
          v ??= '';
          return;
        case 'f': inFormula = true; return;
        case 'is': if (inRow) { inInline = true; } return;
        case 'mergeCell': {
          const ref = a.get('ref');
          if (ref) merged.push(ref);
          return;
        }
      }
    },
    close(local) {
      if (inInline) {
        if (local === 'is') {
          inInline = false;
          inline = rich.take();
        } else rich.close(local);
        return;
      }
      switch (local) {
        case 'v': inV = false; return;
        case 'f': inFormula = false; return;
        case 'c': {
          if (!inRow) return;
          let value = vInteger >= 0 ? cellOfInteger(type, vInteger, style, ctx) : cellValue(type, v, inline, style, ctx);
          if (value === BAD_SHARED_STRING) {
            value = vInteger >= 0 ? String(vInteger) : v;
            cellProblem ??= msg('input.bad-shared-string', { index: value ?? '' });
          }
          while (cells.length < col) cells.push(null);
          cells[col] = value;
          col++;
          return;
        }
        case 'row': {
          if (!inRow) return;
          inRow = false;
          const problem = cellProblem;
          cellProblem = null;
          deliver(cells, rowNumber, problem ?? undefined);
          return;
        }
        case 'sheetData': inData = false; return;
      }
    },
    text(text) {
      if (inInline) rich.text(text);
      else if (inV && !inFormula) v += text;
    },
  });

  try {
    for await (const chunk of part) parser.write(chunk);
    parser.end();
    return merged;
  } catch (e) {
    if (stopped) return merged;
    if (handlerFailure) throw (handlerFailure as { error: unknown }).error;
    if (!inData && rowNumber === 0) throw e;
    const why = (e as Error).message.split('\n')[0];
    deliver(inRow ? cells : [], inRow ? rowNumber : rowNumber + 1, msg('input.row-cut-off', { why }));
    return merged;
  }
}
