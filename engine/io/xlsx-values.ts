/**
 * The value of one SpreadsheetML cell as Excel shows it, from its type attribute and text: shared and inline
 * strings, booleans, error codes (#N/A), ISO dates (t="d"), and numbers — a number in a date style becomes a Date
 * of its calendar fields in UTC (never shifted by a time zone), honouring the 1904 date system. A formula cell is
 * its cached result of any kind (0, FALSE, "", #DIV/0!); the batch runner never recalculates.
 */
import type { Cell } from '../core/types';

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system, and in the 1904 one. */
const EPOCH_1900 = 25_569;
const EPOCH_1904 = 24_107;
/** First serial past 9999-12-31 in the 1900 system. */
const MAX_SERIAL = 2_958_466;

/**
 * The Date of an Excel serial: calendar fields in UTC, to the millisecond. In the 1900 system serials below 60
 * sit one day later than plain arithmetic says (Excel counts a 1900-02-29 that never was).
 */
export function dateOfSerial(serial: number, date1904: boolean): Date {
  const epoch = date1904 ? EPOCH_1904 : serial < 60 ? EPOCH_1900 - 1 : EPOCH_1900;
  return new Date(Math.round((serial - epoch) * MS_PER_DAY));
}

/** The Excel serial of a Date made by dateOfSerial (the inverse, for comparisons). */
export function serialOfDate(date: Date, date1904: boolean): number {
  const days = date.getTime() / MS_PER_DAY;
  if (date1904) return days + EPOCH_1904;
  const serial = days + EPOCH_1900;
  return serial < 61 ? serial - 1 : serial; // serials below 60 were placed a day later (see dateOfSerial)
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const ISO_TIME = /^T?(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/;

/**
 * A t="d" cell (ISO 8601, what openpyxl's iso_dates and some exporters write) as a Date of its calendar fields in
 * UTC; a time-zone suffix is ignored because a register date is a calendar date; a time alone is that time on
 * day 0 of the date system. Text that is no ISO date stays text, so the register reports it instead of guessing.
 */
export function dateOfIso(text: string, date1904: boolean): Date | string {
  const time = ISO_TIME.exec(text.trim());
  if (time) {
    // A time of day alone is a fraction of a day: serial 0 plus the time, as Excel stores it.
    const seconds = Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0) + Number(time[4] ?? 0);
    return dateOfSerial(seconds / 86_400, date1904);
  }
  const m = ISO_DATE.exec(text.trim());
  if (!m) return text;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0))
    + Math.round(Number(m[7] ?? 0) * 1000);
  const d = new Date(ms);
  return d.getUTCDate() === Number(m[3]) ? d : text;
}

/** OOXML's escape for characters XML cannot hold (`_x000D_` is a carriage return, `_x005F_` a literal `_`). */
export function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** What the sheet reader knows of a workbook when it decodes a cell. */
export interface CellContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** What cellValue gives for a shared-string index past the table (a damaged workbook). */
export const BAD_SHARED_STRING: unique symbol = Symbol('bad shared string');

/**
 * The value of a cell of type `type` (the `t` attribute, '' when absent) whose `<v>` text is `v` (null when the
 * cell has no `<v>`), inline text `inline` (null without `<is>`) and style index `style`; BAD_SHARED_STRING for a
 * shared-string index past the table.
 */
export function cellValue(type: string, v: string | null, inline: string | null, style: number, ctx: CellContext): Cell | typeof BAD_SHARED_STRING {
  switch (type) {
    case 's':
      return v === null || v === '' ? null : sharedString(Number(v), ctx);
    case 'inlineStr':
      return inline ?? (v === null ? null : unescapeOoxml(v));
    case 'str':
      return v === null ? (inline === null ? null : inline) : unescapeOoxml(v);
    case 'b':
      return v === null ? null : xmlBoolean(v);
    case 'e':
      return v;
    case 'd':
      return v === null || v === '' ? null : dateOfIso(v, ctx.date1904);
    default: {
      if (v === null || v === '') return inline;
      const n = Number(v);
      return Number.isFinite(n) ? numberCell(n, style, ctx) : v;
    }
  }
}

/** Shared string `index` of the table, or BAD_SHARED_STRING past its end. */
function sharedString(index: number, ctx: CellContext): string | typeof BAD_SHARED_STRING {
  const s = ctx.strings[index];
  return s === undefined ? BAD_SHARED_STRING : s;
}

/** A number cell: a date in a date style when Excel would show it as one, else the number. */
function numberCell(n: number, style: number, ctx: CellContext): Cell {
  // Excel shows a date style only for serials in its calendar (0 to 9999-12-31); others stay numbers (#####).
  return ctx.dateStyles[style] && n >= 0 && n < MAX_SERIAL ? dateOfSerial(n, ctx.date1904) : n;
}

/**
 * The value of a cell of type `type` ('s', 'n' or '' only) whose `<v>` is the plain decimal integer `n`: what
 * cellValue gives for its text, without the text.
 */
export function cellOfInteger(type: string, n: number, style: number, ctx: CellContext): Cell | typeof BAD_SHARED_STRING {
  return type === 's' ? sharedString(n, ctx) : numberCell(n, style, ctx);
}

/** A boolean cell's text: 1/0, and true/false as some writers spell it. */
function xmlBoolean(v: string): boolean | string {
  const t = v.trim().toLowerCase();
  if (t === '1' || t === 'true') return true;
  if (t === '0' || t === 'false') return false;
  return v;
}
