/**
 * The review calendar of a grade policy (003 银河证券 第十条: 年度评级, 每季度评级; 004 德奥 3.2: 原则上每6个月进行一次
 * 阶段性评审): the dates on which held grade changes take effect. A calendar is a cadence with an anchor date
 * (`review: annual`, `review_anchor: 2025-12-31` → every 31 December) or a list of explicit dates.
 *
 * A run is a review for a customer when a review date falls after the day its previous grade was given and on or
 * before the run's as-of date. When that day is not known, the run is a review when a review date falls in the
 * month that ends on the as-of date (a monthly run on or just after the review date).
 */
import { addMonths, monthIndex } from './months';

/** Review cadences and how many months lie between two reviews. */
export const REVIEW_CADENCES: Readonly<Record<string, number>> = { annual: 12, 'half-year': 6, quarterly: 3, monthly: 1 };

/** A review calendar: every `months` months from `anchor`, or the explicit `dates` (day numbers, ascending). */
export type ReviewCalendar =
  | { kind: 'cadence'; cadence: string; months: number; anchor: number }
  | { kind: 'dates'; dates: readonly number[] };

/** The k-th review date of a cadence (k may be negative): counted from the anchor each time, never month after month,
 * so 31 December + 6 months is 30 June and + 12 months is 31 December again. */
function nth(calendar: Extract<ReviewCalendar, { kind: 'cadence' }>, k: number): number {
  return addMonths(calendar.anchor, k * calendar.months);
}

/** The step of the latest cadence date on or before `day`. */
function stepOnOrBefore(calendar: Extract<ReviewCalendar, { kind: 'cadence' }>, day: number): number {
  let k = Math.floor((monthIndex(day) - monthIndex(calendar.anchor)) / calendar.months);
  while (nth(calendar, k) > day) k--;
  while (nth(calendar, k + 1) <= day) k++;
  return k;
}

/** The latest review date on or before `day`, or null when there is none. */
export function reviewOnOrBefore(calendar: ReviewCalendar, day: number): number | null {
  if (calendar.kind === 'dates') {
    let found: number | null = null;
    for (const d of calendar.dates) if (d <= day) found = d;
    return found;
  }
  return nth(calendar, stepOnOrBefore(calendar, day));
}

/** The first review date after `day`, or null when there is none. */
export function reviewAfter(calendar: ReviewCalendar, day: number): number | null {
  if (calendar.kind === 'dates') return calendar.dates.find((d) => d > day) ?? null;
  return nth(calendar, stepOnOrBefore(calendar, day) + 1);
}

/** Where a run stands in the calendar for one customer. */
export interface ReviewStanding {
  /** The review date this run counts as, or null when this run is no review for the customer. */
  review: number | null;
  /** The next review date after the as-of date, or null when the calendar has none. */
  next: number | null;
}

/**
 * Whether the run of `asOf` is a review for a customer whose previous grade was given on `previousOn` (null when
 * unknown), and when the next review is.
 */
export function reviewStanding(calendar: ReviewCalendar, asOf: number, previousOn: number | null): ReviewStanding {
  const last = reviewOnOrBefore(calendar, asOf);
  const since = previousOn ?? addMonths(asOf, -1);
  return { review: last !== null && last > since ? last : null, next: reviewAfter(calendar, asOf) };
}
