/**
 * A stand-in for the slice of Excel's JavaScript API the task pane uses (Excel.run, worksheets, used ranges,
 * values, formats, charts), over a workbook held in memory — loaded from a real .xlsx with exceljs, its cells as
 * Excel's API returns them (dates as serial numbers, blanks as ''). What the pane writes stays in the model, and
 * every chart it adds is recorded with the address of its source range, so tests can read both back.
 */
import ExcelJS from 'exceljs';
import { dayFromDate, serialFromDay } from '../../engine/core/dates';
import { a1Address } from './excel-shapes';

/** A chart the pane added: its type, the address of its data and its title. */
export interface ChartRecord {
  type: string;
  source: string;
  seriesBy: string;
  title: { text: string };
  position: [string, string] | null;
  deleted: boolean;
}

/** One worksheet: cells by 0-based row and column. */
export class SheetModel {
  readonly cells = new Map<string, unknown>();
  readonly charts: ChartRecord[] = [];

  constructor(public name: string) {}

  get(r: number, c: number): unknown {
    return this.cells.get(`${r},${c}`) ?? '';
  }

  set(r: number, c: number, v: unknown): void {
    if (v === '' || v === null || v === undefined) this.cells.delete(`${r},${c}`);
    else this.cells.set(`${r},${c}`, v);
  }

  /** The bounding box of the filled cells, or null when the sheet is empty. */
  used(): { top: number; left: number; bottom: number; right: number } | null {
    if (this.cells.size === 0) return null;
    const at = [...this.cells.keys()].map((k) => k.split(',').map(Number));
    return {
      top: Math.min(...at.map(([r]) => r)), left: Math.min(...at.map(([, c]) => c)),
      bottom: Math.max(...at.map(([r]) => r)), right: Math.max(...at.map(([, c]) => c)),
    };
  }

  /** Values of a rectangle, as Range.values returns them. */
  values(top: number, left: number, rows: number, cols: number): unknown[][] {
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => this.get(top + r, left + c)));
  }
}

/** An in-memory workbook: sheets in order, the active sheet and the selected row (0-based). */
export class WorkbookModel {
  sheets: SheetModel[] = [];
  active = 0;
  selectedRow = 0;

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
  }

  /** A workbook file read with exceljs, cells as Excel's API hands them over; `active` names the active sheet. */
  static async fromFile(path: string, active: string): Promise<WorkbookModel> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const model = new WorkbookModel();
    wb.eachSheet((ws) => {
      const sheet = new SheetModel(ws.name);
      ws.eachRow((row, r) => row.eachCell((cell, c) => {
        const v = cell.value;
        sheet.set(r - 1, c - 1, v instanceof Date ? serialFromDay(dayFromDate(v)!) : v);
      }));
      model.sheets.push(sheet);
    });
    model.active = model.sheets.findIndex((s) => s.name === active);
    return model;
  }
}

function letters(col: string): number {
  return [...col].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** A1 (`B7`, `A2:C9`) as 0-based top, left, rows and columns. */
function parseA1(text: string): [number, number, number, number] {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(text);
  if (!m) throw new Error(`stand-in does not read the address ${text}`);
  const top = Number(m[2]) - 1, left = letters(m[1]) - 1;
  const bottom = m[4] ? Number(m[4]) - 1 : top, right = m[3] ? letters(m[3]) - 1 : left;
  return [top, left, bottom - top + 1, right - left + 1];
}

const noop = (): void => undefined;
const events = { add: noop };

function range(sheet: SheetModel, top: number, left: number, rows: number, cols: number): unknown {
  const format = { font: { bold: false }, fill: { color: '' }, autofitColumns: noop };
  return {
    isNullObject: false,
    rowIndex: top, columnIndex: left, rowCount: rows, columnCount: cols,
    address: a1Address(sheet.name, top + 1, left + 1, top + rows, left + cols),
    format,
    load: noop,
    get values(): unknown[][] { return sheet.values(top, left, rows, cols); },
    set values(v: unknown[][]) {
      v.forEach((row, r) => row.forEach((x, c) => sheet.set(top + r, left + c, x)));
    },
    set numberFormat(_: unknown) { /* formats are not modelled */ },
    getResizedRange: (dr: number, dc: number) => range(sheet, top, left, rows + dr, cols + dc),
    getRow: (i: number) => range(sheet, top + i, left, 1, cols),
    clear: () => sheet.cells.clear(),
  };
}

function worksheet(book: WorkbookModel, sheet: SheetModel): unknown {
  const usedRange = (): unknown => {
    const u = sheet.used();
    return u ? range(sheet, u.top, u.left, u.bottom - u.top + 1, u.right - u.left + 1) : { isNullObject: true, load: noop };
  };
  const charts = {
    get items(): ChartRecord[] { return sheet.charts.filter((c) => !c.deleted); },
    load: noop,
    add: (type: string, source: { address: string }, seriesBy: string) => {
      const chart: ChartRecord = { type, source: source.address, seriesBy, title: { text: '' }, position: null, deleted: false };
      sheet.charts.push(chart);
      return Object.assign(chart, {
        setPosition: (a: string, b: string) => { chart.position = [a, b]; },
        delete: () => { chart.deleted = true; },
      });
    },
  };
  return {
    isNullObject: false,
    get name(): string { return sheet.name; },
    load: noop,
    onChanged: events,
    charts,
    activate: () => { book.active = book.sheets.indexOf(sheet); },
    freezePanes: { freezeRows: noop },
    getRange: (a1?: string) => (a1 ? range(sheet, ...parseA1(a1)) : { clear: () => sheet.cells.clear() }),
    getRangeByIndexes: (top: number, left: number, rows: number, cols: number) => range(sheet, top, left, rows, cols),
    getUsedRange: usedRange,
    getUsedRangeOrNullObject: usedRange,
  };
}

/** The `Excel` global over a workbook model (install it as globalThis.Excel). */
export function excelStandIn(book: WorkbookModel): unknown {
  const worksheets = {
    onAdded: events, onDeleted: events, load: noop,
    get items(): unknown[] { return book.sheets.map((s) => worksheet(book, s)); },
    getItemOrNullObject: (name: string) => {
      const s = book.sheet(name);
      return s ? worksheet(book, s) : { isNullObject: true, getUsedRangeOrNullObject: () => ({ isNullObject: true, load: noop }), onChanged: events };
    },
    getActiveWorksheet: () => worksheet(book, book.sheets[book.active]),
    add: (name: string) => {
      const s = new SheetModel(name);
      book.sheets.push(s);
      return worksheet(book, s);
    },
  };
  const context = {
    workbook: {
      worksheets,
      getSelectedRange: () => range(book.sheets[book.active], book.selectedRow, 0, 1, 1),
      application: { calculate: noop },
    },
    sync: () => Promise.resolve(),
  };
  return {
    run: <T>(batch: (c: typeof context) => Promise<T>) => batch(context),
    ChartType: { pie: 'Pie', columnClustered: 'ColumnClustered' },
    ChartSeriesBy: { columns: 'Columns' },
    CalculationType: { full: 'Full' },
  };
}
