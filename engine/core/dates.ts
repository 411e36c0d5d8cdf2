/**
 * Calendar dates as day numbers (days since 1970-01-01). A register date is a local calendar date: it is never
 * shifted by a time zone, so every conversion here works on calendar fields, not on instants.
 */
import type { Cell } from './types';

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in Excel's 1900 date system. */
const SERIAL_1900_EPOCH = 25_569;
/** Days from 1904-01-01 (serial 0 of the 1904 system) to 1970-01-01. */
const DAYS_1904_TO_1970 = 24_107;
/** Day numbers of 1900-01-01 and 9999-12-31: the calendar Excel knows. Later or earlier dates are no dates. */
export const FIRST_DAY = -25_567;
export const LAST_DAY = 2_932_896;

/** Day number of a calendar date, or null when the fields do not form a real date. */
export function dayFromParts(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 9999) return null;
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCDate() !== day || back.getUTCMonth() !== month - 1) return null; // 2026-02-30 and the like
  return ms / MS_PER_DAY;
}

/**
 * Day number of an Excel serial date. The time of day is dropped. In the 1900 system Excel counts a fictitious
 * 1900-02-29 (serial 60); serials before it are one day later than plain arithmetic would say.
 */
export function dayFromSerial(serial: number, date1904 = false): number | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const whole = Math.floor(serial);
  let day: number;
  if (date1904) day = whole - DAYS_1904_TO_1970;
  else if (whole === 60) return null; // 1900-02-29 never existed
  else day = whole < 60 ? whole - SERIAL_1900_EPOCH + 1 : whole - SERIAL_1900_EPOCH;
  // Serials past 9999-12-31 (2958465) are no dates: a day beyond the calendar would expire every customer, and
  // rules that step through days would run for ever.
  return day >= FIRST_DAY && day <= LAST_DAY ? day : null;
}

/** Excel 1900-system serial of a day number (what a custom function should return for a date). */
export function serialFromDay(day: number): number {
  const serial = day + SERIAL_1900_EPOCH;
  return serial <= 60 ? serial - 1 : serial;
}

/**
 * Day number of a JS Date. exceljs and most readers hand over dates as UTC midnight of the calendar date, so
 * UTC fields are the calendar date; a Date built at local midnight (e.g. `new Date(2026, 2, 1)` east of UTC) is
 * recognised by its local fields being exactly midnight while the UTC ones are not.
 */
export function dayFromDate(date: Date): number | null {
  const t = date.getTime();
  if (!Number.isFinite(t)) return null;
  const utcMidnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0;
  const localMidnight = date.getHours() === 0 && date.getMinutes() === 0 && date.getSeconds() === 0;
  if (!utcMidnight && localMidnight) return dayFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
  return dayFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

// 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日, each optionally followed by a time (14:30, T14:30:00, 14时30分).
const TEXT_DATE = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:(?:\s+|T)\d{1,2}(?::\d{1,2}){1,2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?|\s*\d{1,2}[时點点]\d{0,2}分?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** Day number of a date written as text (the forms of SPEC §2), or null. */
export function dayFromText(text: string): number | null {
  const s = text.trim();
  const m = TEXT_DATE.exec(s) ?? COMPACT_DATE.exec(s);
  if (!m) return null;
  return dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Day number of any date cell: a serial number, a Date, or text. null when it is not a date. */
export function parseDay(value: Cell, date1904 = false): number | null {
  if (value instanceof Date) return dayFromDate(value);
  if (typeof value === 'number') return dayFromSerial(value, date1904);
  if (typeof value === 'string') {
    const day = dayFromText(value);
    if (day !== null) return day;
    // A serial number that travelled as text (CSV exports of unformatted date cells).
    if (/^\d{5}(\.\d+)?$/.test(value.trim())) return dayFromSerial(Number(value.trim()), date1904);
  }
  return null;
}

/** First day number of the formatted-text cache (1900-01-01) and how many days it spans (to 2199-12-31). */
const CACHED_FROM = FIRST_DAY;
const CACHED_DAYS = 109_573;
const formatted: string[] = new Array<string>(CACHED_DAYS).fill('');

/**
 * ISO text `YYYY-MM-DD` of a day number. Results name the same few hundred days a million times, so the texts of
 * days from 1900 to 2199 are cached in an array indexed by day.
 */
export function formatDay(day: number): string {
  const slot = day - CACHED_FROM;
  if (slot >= 0 && slot < CACHED_DAYS) {
    return formatted[slot] || (formatted[slot] = new Date(day * MS_PER_DAY).toISOString().slice(0, 10));
  }
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A blank day in a column of day numbers (a typed array has no null). */
export const NO_DAY = Number.NaN;

/** A day read from a column of day numbers: null for NO_DAY. */
export function heldDay(day: number): number | null {
  return day === day ? day : null; // NaN is blank
}

/** A JS Date at UTC midnight of a day number: what exceljs writes as that calendar date. */
export function dateOfDay(day: number): Date {
  return new Date(day * MS_PER_DAY);
}
