/**
 * Excel's argument conventions, turned into engine inputs. Ranges arrive as 2D arrays whose blank cells are `0`
 * (Excel desktop) or `null`/`""` (Excel on the web); omitted optional arguments arrive as `null` or undefined;
 * dates arrive as serial numbers (or text typed by hand).
 */
import { parseDay } from '../../../engine/core/dates';
import type { Cell } from '../../../engine/core/types';
import { cellText } from '../../../engine/core/values';
import { invalid, type FunctionError } from './errors';
import { addressSheet, parseAddress } from './range-address';

/** Whether an optional argument was left out. */
export function isOmitted(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/** Whether a scalar argument is empty: omitted, an empty string, or a blank cell passed by reference. */
export function isEmptyArg(value: unknown): boolean {
  return isOmitted(value) || (typeof value === 'string' && value.trim() === '');
}

/** One cell of a range as an engine Cell. Anything that is not a plain value (e.g. an error object) is blank. */
export function cellOf(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  return null;
}

/** Whether an argument is a 2D range (array of rows). */
export function isRange(value: unknown): value is unknown[][] {
  return Array.isArray(value) && value.every(Array.isArray);
}

/** Whether a value is already an engine Cell as it stands. */
function isPlain(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** A 2D range argument as a table of Cells; a scalar is a 1×1 table. */
export function tableOf(value: unknown): Cell[][] {
  if (!isRange(value)) return [[cellOf(value)]];
  // Excel passes plain values: rows of them are used as they are (a register can have 100,000 rows); only rows
  // holding something else are copied, so that it reads as blank.
  return value.map((row) => (row.every(isPlain) ? row as Cell[] : row.map(cellOf)));
}

/** The single value of a scalar argument that may have been given as a 1×1 range. */
export function scalarOf(value: unknown): unknown {
  return isRange(value) && value.length === 1 && value[0].length === 1 ? value[0][0] : value;
}

/** Text of a customer argument (a name, a household or a phone typed as a number). */
export function customerText(value: unknown): string {
  const v = scalarOf(value);
  return v === 0 ? '' : cellText(cellOf(v));
}

/**
 * The as-of day of an optional date argument: null when omitted or blank (the engine then uses the register's
 * latest date), else the day of a serial number or date text.
 */
export function asOfDay(value: unknown, name = 'as_of'): number | null | FunctionError {
  const v = scalarOf(value);
  if (isEmptyArg(v) || v === 0) return null;
  const day = parseDay(cellOf(v));
  if (day === null) return invalid(`${name} "${cellText(cellOf(v))}" is not a date; expected a date cell or text such as 2026-03-31`);
  return day;
}

/** First spreadsheet row of a range from its address (`Sheet1!B5:M200`, `'My sheet'!A1`), or 1. */
export function firstRowOf(address: string | undefined | null): number {
  return (address ? parseAddress(address)?.top : undefined) ?? 1;
}

/** Sheet name of a range address (`'My sheet'!A1:B2` → `My sheet`), or ''. */
export function sheetOf(address: string | undefined | null): string {
  return address ? addressSheet(address) : '';
}
