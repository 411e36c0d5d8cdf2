/**
 * The time of day a date cell carries (`2026-03-01 17:30`, an Excel date-time), for rules with a cut-off hour
 * (当天下午5点以前报备). Day numbers stay calendar dates; the time is kept beside them as minutes after midnight.
 */
import type { Cell } from './types';

const TIME = /(?:^|[\sT日])(\d{1,2})[:：](\d{2})(?:[:：]\d{2})?\s*$/;

/** Minutes after midnight of a date cell's time, or -1 when it has none (a plain date, or exactly midnight). */
export function minuteOfCell(value: Cell): number {
  let minutes = -1;
  if (typeof value === 'number') minutes = Math.round((value - Math.floor(value)) * 1440) % 1440;
  else if (value instanceof Date) minutes = value.getUTCHours() * 60 + value.getUTCMinutes(); // readers hand wall time as UTC
  else if (typeof value === 'string') {
    // Most date texts carry no time at all: no colon, no regular expression.
    if (value.indexOf(':') < 0 && value.indexOf('：') < 0) return -1;
    const m = TIME.exec(value.trim());
    if (m && Number(m[1]) < 24) minutes = Number(m[1]) * 60 + Number(m[2]);
  }
  return minutes > 0 ? minutes : -1;
}
