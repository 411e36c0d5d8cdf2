/**
 * Registers shaped the way Excel hands a range to a custom function: dates as serial numbers, numbers typed as
 * numbers, and blank cells as 0 (Excel desktop) or null (Excel on the web).
 */
import { dayFromDate, parseDay, serialFromDay } from '../../engine/core/dates';
import type { Cell } from '../../engine/core/types';

/** How blank cells arrive. */
export type Blank = 0 | null | '';

/** One cell as Excel would pass it: dates and date text → serial, numeric text → number, '' → the blank value. */
export function excelCell(value: Cell, blank: Blank): unknown {
  if (value === '' || value === null || value === undefined) return blank;
  if (value instanceof Date) return serialFromDay(dayFromDate(value)!);
  if (typeof value !== 'string') return value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return serialFromDay(parseDay(value)!);
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
}

/** A whole table as Excel would pass it. */
export function excelRange(table: readonly (readonly Cell[])[], blank: Blank): unknown[][] {
  return table.map((row) => row.map((c) => excelCell(c, blank)));
}

/** Column letters of a column number (1 → A, 27 → AA). */
function columnLetters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** An address as Excel writes it: `Sheet1!A1:K11`, `'My sheet'!B5` (rows and columns 1-based). */
export function a1Address(sheet: string, top: number, left: number, bottom = top, right = left): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const start = `${columnLetters(left)}${top}`;
  const end = `${columnLetters(right)}${bottom}`;
  return `${quoted}!${start}${end === start ? '' : `:${end}`}`;
}

/** The address Excel gives a table placed on `sheet` with its top-left cell at row `top`, column `left`. */
export function rangeAddress(sheet: string, table: readonly (readonly unknown[])[], top = 1, left = 1): string {
  return a1Address(sheet, top, left, top + table.length - 1, left + (table[0]?.length ?? 1) - 1);
}

/** A copy of a range as Excel's runtime delivers it to each call: parsed afresh from the message, sharing nothing. */
export function freshCopy<T>(range: T): T {
  return JSON.parse(JSON.stringify(range)) as T;
}

/** Resolves after the current task, so that the next call belongs to a new recalculation burst. */
export function nextBurst(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
