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
