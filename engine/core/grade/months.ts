/**
 * Calendar-month arithmetic on day numbers, for rules written in months (新开户一年, 黑名单有效期 6 个月,
 * 连续六个月). A month later than the 31st is the last day of the shorter month, as people count it.
 */
import { dayFromParts, formatDay } from '../dates';

/** Year and month (1–12) of a day number. */
export function monthOfDay(day: number): { year: number; month: number } {
  const iso = formatDay(day);
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
}

/** Month index (year × 12 + month − 1): consecutive calendar months differ by one. */
export function monthIndex(day: number): number {
  const { year, month } = monthOfDay(day);
  return year * 12 + month - 1;
}

/** `YYYY-MM` label of a month index. */
export function monthLabel(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The day `months` calendar months after `day` (negative goes back), clamped to the end of a shorter month. */
export function addMonths(day: number, months: number): number {
  const iso = formatDay(day);
  const index = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  for (let d = Number(iso.slice(8, 10)); d >= 28; d--) {
    const r = dayFromParts(year, month, d);
    if (r !== null) return r;
  }
  return dayFromParts(year, month, Number(iso.slice(8, 10)))!;
}
