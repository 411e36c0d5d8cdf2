/**
 * Grade lifecycle (SPEC §5, §10), applied per customer to the grade the rules give, in this order:
 *
 * 1. blacklist (004 3.5): a blacklisting in force gives BLACKLIST; once it has run its course the customer
 *    re-enters once, as `blacklist_reentry_grade` (需定位于合格类客户), whatever grade it held before;
 * 2. manual override (003 第十二条 手工调整): the manual grade wins and is flagged (caps count it, never move it);
 * 3. new customer (003 第十条.3 新开客户默认潜力客户, 就高不就低; 001 第13篇 网拍客户 = 新开发客户): new needs
 *    evidence — opened within `new_customer_months`, or (without it) opened or first seen within this period;
 * 4. held changes and max_step (003 第十条.2 就高不就低: downgrades wait for the review; 004 3.4 upgrades at the
 *    阶段评审; 001 第13篇 客户级别可以依次升降);
 * 5. caps as ceilings (caps.ts), over the whole population once every customer has passed steps 1–4.
 *
 * Each step that changes or keeps a grade adds its clause to the reason.
 */
import { formatDay } from '../dates';
import '../messages/grade';
import { msg, type Message } from '../messages/message';
import { addMonths } from './months';
import { isBlacklistWord, type GradePolicy } from './policy';
import { reviewStanding, type ReviewStanding } from './review';

/** What the lifecycle needs to know about one customer. Dates are day numbers. */
export interface LifecycleInput {
  previousGrade: string | null;
  /** The day the previous grade was given (the previous run's as-of date). */
  previousOn: number | null;
  openedOn: number | null;
  /** The day the customer was first seen (its first register event, or the first run that graded it). */
  firstSeenOn: number | null;
  override: string | null;
  blacklistedOn: number | null;
}

/** The dates of a run: its as-of date, and a review date given on the command line (null when none). */
export interface RunDates {
  asOf: number;
  reviewDate: number | null;
  /** As-of date of the previous results, for customers that appear in this run only; null when none given. */
  previousRunOn: number | null;
}

/** A grade after the lifecycle: the grade, the clauses the steps added, and whether it is a manual override. */
export interface Stepped {
  grade: string;
  clauses: readonly Message[];
  override: boolean;
}

const NO_CLAUSES: readonly Message[] = Object.freeze([]);

/**
 * The clauses that repeat across a run's customers (a held downgrade from VIP until 2026-12-31, one step from 三星),
 * made once: a chain month of a million customers states a few dozen distinct ones.
 */
const REPEATED = new Map<string, readonly Message[]>();
const REPEATED_KEPT = 10_000;

function repeated(id: string, args: Readonly<Record<string, string | number>>): readonly Message[] {
  let key = id;
  for (const k in args) key += `\u0000${args[k]}`;
  let clauses = REPEATED.get(key);
  if (clauses === undefined) {
    clauses = Object.freeze([msg(id, args)]);
    if (REPEATED.size < REPEATED_KEPT) REPEATED.set(key, clauses);
  }
  return clauses;
}

/** The BLACKLIST clause when a blacklisting is in force on `asOf`, else null. */
export function blacklisting(policy: GradePolicy, input: LifecycleInput, asOf: number): Message | null {
  const on = input.blacklistedOn;
  if (on === null) {
    return isBlacklistWord(input.previousGrade) ? msg('grade.blacklisted-undated', { grade: input.previousGrade! }) : null;
  }
  if (on > asOf) return null;
  const months = policy.lifecycle.blacklistMonths;
  if (months === null) return msg('grade.blacklisted-open', { on: formatDay(on) });
  const until = addMonths(on, months);
  return asOf < until ? msg('grade.blacklisted-until', { on: formatDay(on), months, until: formatDay(until) }) : null;
}

/**
 * The re-entry clause when a blacklisting has ended and the customer has not been graded since it ended (its
 * previous grade was given before the end, or when is unknown), else null.
 */
function reentry(policy: GradePolicy, input: LifecycleInput, asOf: number): Message | null {
  const { blacklistMonths, blacklistReentryGrade } = policy.lifecycle;
  const on = input.blacklistedOn;
  if (on === null || blacklistMonths === null || !blacklistReentryGrade || on > asOf) return null;
  const until = addMonths(on, blacklistMonths);
  if (asOf < until || (input.previousOn !== null && input.previousOn >= until && !isBlacklistWord(input.previousGrade))) return null;
  return msg('grade.blacklist-reentry', { on: formatDay(on), grade: blacklistReentryGrade });
}

/** Why a customer counts as new on `asOf` (a message for the reason), or null when it does not. */
function newness(policy: GradePolicy, input: LifecycleInput, dates: RunDates): Message | null {
  const { newCustomerGrade, newCustomerMonths } = policy.lifecycle;
  const { asOf } = dates;
  if (!newCustomerGrade || !Number.isFinite(asOf)) return null; // no as-of date: taken to have run its course
  const opened = input.openedOn;
  if (newCustomerMonths !== null) {
    if (opened === null || opened > asOf) return null;
    const until = addMonths(opened, newCustomerMonths);
    return asOf < until ? msg('grade.why-opened-until', { opened: formatDay(opened), until: formatDay(until) }) : null;
  }
  // New until first graded: evidence within this period (since the previous grade, else the previous run, else
  // the month up to the as-of date). No history alone is no evidence: an existing list's first run is graded.
  const start = input.previousOn ?? dates.previousRunOn ?? addMonths(asOf, -1);
  if (opened !== null && opened > start && opened <= asOf) return msg('grade.why-opened', { opened: formatDay(opened) });
  const seen = input.firstSeenOn;
  if (seen !== null && seen > start && seen <= asOf) return msg('grade.why-first-seen', { seen: formatDay(seen) });
  return null;
}

/**
 * Whether the lifecycle can change this customer's computed grade: only a blacklist date, an override, a previous
 * grade or a new-customer rule can. Most customers of a single run have none, and their grade stands.
 */
export function lifecycleApplies(policy: GradePolicy, input: LifecycleInput): boolean {
  return input.override !== null || input.previousGrade !== null || input.blacklistedOn !== null
    || policy.lifecycle.newCustomerGrade !== null;
}

/** Review standings keyed by the day the previous grade was given: a run's customers share a handful of them. */
export class ReviewStandings {
  private readonly known = new Map<number | null, ReviewStanding | null>();

  constructor(private readonly policy: GradePolicy, private readonly dates: RunDates) {}

  private readonly texts = new Map<number, string>();

  /** A review day as text, formatted once per run. */
  dayText(day: number): string {
    let t = this.texts.get(day);
    if (t === undefined) this.texts.set(day, (t = formatDay(day)));
    return t;
  }

  /** Where this run stands for a customer graded before on `previousOn`; null when no review date is known. */
  of(previousOn: number | null): ReviewStanding | null {
    let s = this.known.get(previousOn);
    if (s === undefined) {
      const { asOf, reviewDate } = this.dates;
      const calendar = this.policy.lifecycle.review;
      const a = calendar ? reviewStanding(calendar, asOf, previousOn) : null;
      const b = reviewDate !== null ? reviewStanding({ kind: 'dates', dates: [reviewDate] }, asOf, previousOn) : null;
      if (!a || !b) s = a ?? b;
      else {
        const nexts = [a.next, b.next].filter((d): d is number => d !== null);
        s = { review: a.review ?? b.review, next: nexts.length ? Math.min(...nexts) : null };
      }
      this.known.set(previousOn, s);
    }
    return s;
  }
}

/** Steps 1–4 for one customer whose blacklisting is not in force. `computed` is the rules' grade ('' = none). */
export function applyLifecycle(
  policy: GradePolicy, computed: string, input: LifecycleInput, dates: RunDates, standings: ReviewStandings,
): Stepped {
  const lc = policy.lifecycle;
  const levels = policy.levels;
  const back = reentry(policy, input, dates.asOf);
  if (input.override) {
    const said = repeated('grade.override', { grade: input.override });
    return { grade: input.override, clauses: back ? [back, ...said] : said, override: true };
  }
  if (back) return { grade: lc.blacklistReentryGrade!, clauses: [back], override: false };
  const prev = input.previousGrade !== null && levels.includes(input.previousGrade) ? input.previousGrade : null;
  const fresh = newness(policy, input, dates);
  if (fresh) {
    const dflt = lc.newCustomerGrade!;
    const rank = (g: string | null): number => (g === null ? Infinity : levels.indexOf(g) < 0 ? Infinity : levels.indexOf(g));
    if (lc.newCustomerUpgrade && rank(computed) < rank(dflt) && rank(computed) <= rank(prev)) {
      return { grade: computed, clauses: [msg('grade.new-upgraded', { why: fresh, default: dflt })], override: false };
    }
    if (lc.newCustomerUpgrade && rank(prev) < rank(dflt)) {
      return { grade: prev!, clauses: [msg('grade.new-keeps', { why: fresh, grade: prev! })], override: false };
    }
    return { grade: dflt, clauses: [msg('grade.new-default', { why: fresh, grade: dflt })], override: false };
  }
  if (!computed || prev === null) return { grade: computed, clauses: NO_CLAUSES, override: false };
  const p = levels.indexOf(prev), c = levels.indexOf(computed);
  if (c < 0 || p === c) return { grade: computed, clauses: NO_CLAUSES, override: false };
  const held = c > p ? lc.holdDowngradeUntil : lc.holdUpgradeUntil;
  const ended = held !== null ? newPeriodEnded(policy, input, dates.asOf, prev) : null;
  let clauses = NO_CLAUSES;
  if (ended !== null) clauses = [msg('grade.new-ended', { until: formatDay(ended), from: prev })];
  else if (held !== null && Number.isFinite(dates.asOf)) {
    const s = typeof held === 'number' ? { review: dates.asOf >= held ? held : null, next: held } : standings.of(input.previousOn);
    if (!s || s.review === null) {
      const id = c > p ? 'grade.hold-downgrade' : 'grade.hold-upgrade';
      const said = s?.next != null ? repeated(id, { from: prev, until: standings.dayText(s.next) }) : repeated(`${id}-unknown`, { from: prev });
      return { grade: prev, clauses: said, override: false };
    }
  }
  let grade = computed;
  if (lc.maxStep !== null && Math.abs(c - p) > lc.maxStep) {
    grade = levels[c > p ? p + lc.maxStep : p - lc.maxStep];
    const step = lc.maxStep === 1 ? repeated('grade.max-step-one', { from: prev, grade }) : repeated('grade.max-step', { step: lc.maxStep, from: prev, grade });
    clauses = clauses.length ? [...clauses, ...step] : step;
  }
  return { grade, clauses, override: false };
}

/**
 * Whether a new customer's default grade has just run out (003 第十条.3: 潜力客户级别自其开户日起保留一年，一年后根据
 * 公司分级标准再进行归类): the year ended since the previous grade, which was the default. It is then graded by the
 * standards at once, not held until the next review. Returns the day it ran out, or null.
 */
function newPeriodEnded(policy: GradePolicy, input: LifecycleInput, asOf: number, prev: string): number | null {
  const { newCustomerGrade, newCustomerMonths } = policy.lifecycle;
  if (newCustomerMonths === null || prev !== newCustomerGrade || input.openedOn === null) return null;
  const until = addMonths(input.openedOn, newCustomerMonths);
  return until <= asOf && (input.previousOn === null || input.previousOn < until) ? until : null;
}

