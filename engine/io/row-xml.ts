/**
 * Data rows of a result sheet as worksheet XML, written straight into exceljs's sheet stream. A million-row result
 * through exceljs's own row objects costs a Row, a Cell, a value object and a model per cell; rendering the same
 * XML here takes a fraction of that. The XML is exactly what exceljs writes for these rows (inline `t="str"`
 * strings, its text escaping, its style ids, `spans` and `x14ac:dyDescent`), so the workbook does not change.
 */
import ExcelJS from 'exceljs';
import { dayFromText } from '../core/dates';
import { cellAddress } from '../core/policy/load';
import type { ColumnKind } from './result-model';

/** A typed cell value for the workbook: text, a number, or a date as its serial number. */
export type XmlCell =
  | { type: ExcelJS.ValueType.Null }
  | { type: ExcelJS.ValueType.String; text: string }
  | { type: ExcelJS.ValueType.Number | ExcelJS.ValueType.Date; value: number };

const NULL: XmlCell = { type: ExcelJS.ValueType.Null };
/** Serial number of 1970-01-01 as exceljs computes it for a Date (no 1900 leap-year shift). */
const EXCEL_SERIAL_OF_DAY_ZERO = 25569;

/** A cell value from the model's text and the column kind. */
export function xmlCell(text: string, kind: ColumnKind): XmlCell {
  if (text === '') return NULL;
  switch (kind) {
    case 'text':
      return { type: ExcelJS.ValueType.String, text };
    case 'ref':
      return /^\d+$/.test(text) ? { type: ExcelJS.ValueType.Number, value: Number(text) } : { type: ExcelJS.ValueType.String, text };
    case 'date': {
      const day = dayFromText(text);
      return day === null ? { type: ExcelJS.ValueType.String, text } : { type: ExcelJS.ValueType.Date, value: EXCEL_SERIAL_OF_DAY_ZERO + day };
    }
    case 'money':
    case 'number': {
      const n = Number(text);
      return Number.isFinite(n) ? { type: ExcelJS.ValueType.Number, value: n } : { type: ExcelJS.ValueType.String, text };
    }
  }
}

const ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// exceljs drops control characters XML 1.0 cannot carry (all below 0x20 but tab, line feed and carriage return).
// eslint-disable-next-line no-control-regex
const SPECIAL = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/;
// eslint-disable-next-line no-control-regex
const SPECIALS = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;

/** Cell text escaped as exceljs escapes it. */
export function xmlText(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ESCAPES[c] ?? '') : text;
}

/** Height of one line of text in points, and the tallest row a spreadsheet allows. */
const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;

/** How many lines `text` takes wrapped at `width` characters (a Chinese character is two wide). */
function linesOf(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) { lines++; used = 0; continue; }
    const w = code >= 0x2e80 ? 2 : 1;
    if (used + w > width) { lines++; used = 0; }
    used += w;
  }
  return lines;
}

/** The style id of a cell: exceljs's style registry, asked the way exceljs asks it for each cell it writes. */
export type StyleIdOf = (column: number, type: ExcelJS.ValueType) => number;

/** Renders the data rows of one table (fixed columns) as `<row>` elements. */
export class RowXml {
  /** Column letters, A, B, ... */
  private readonly letters: string[];
  /** Typed cells of date texts seen: a result repeats a few hundred dates over a million rows. */
  private readonly dates = new Map<string, XmlCell>();

  /**
   * `wrapWidths` gives, per column, the width (in characters) its text wraps at, or 0 for no wrapping: a row
   * whose wrapped text needs more lines gets the height for them (spreadsheets do not fit a stored row's height
   * to its text when they open a file).
   */
  constructor(private readonly kinds: readonly ColumnKind[], private readonly styleIdOf: StyleIdOf,
    private readonly wrapWidths: readonly number[] = []) {
    this.letters = kinds.map((_, c) => cellAddress(c, 1).slice(0, -1));
  }

  /**
   * The `<row>` element of row `row` (one cell per column), or '' when all its cells are empty: exceljs writes no
   * such row.
   */
  render(row: number, cells: readonly string[]): string {
    let body = '';
    let hasValue = false;
    let lines = 1;
    for (let c = 0; c < cells.length; c++) {
      const wrap = this.wrapWidths[c];
      if (wrap && cells[c].length * 2 > wrap) lines = Math.max(lines, linesOf(cells[c], wrap));
      const cell = this.kinds[c] === 'date' ? this.date(cells[c]) : xmlCell(cells[c], this.kinds[c]);
      const style = this.styleIdOf(c, cell.type);
      if (cell.type === ExcelJS.ValueType.Null) {
        if (style) body += `<c r="${this.letters[c]}${row}" s="${style}"/>`;
        continue;
      }
      hasValue = true;
      body += `<c r="${this.letters[c]}${row}"${style ? ` s="${style}"` : ''}`;
      body += cell.type === ExcelJS.ValueType.String ? ` t="str"><v>${xmlText(cell.text)}</v></c>` : `><v>${cell.value}</v></c>`;
    }
    const height = lines > 1 ? ` ht="${Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT)}" customHeight="1"` : '';
    return hasValue ? `<row r="${row}" spans="1:${cells.length}"${height} x14ac:dyDescent="0.25">${body}</row>` : '';
  }

  private date(text: string): XmlCell {
    let cell = this.dates.get(text);
    if (!cell) {
      cell = xmlCell(text, 'date');
      if (this.dates.size > 100_000) this.dates.clear(); // texts that are not dates can be endless
      this.dates.set(text, cell);
    }
    return cell;
  }
}
