/**
 * The lines of the Grades sheet of one run. A line holds what is its own (key, grade, score, the parts of its
 * reason) and reads the rest from columns the run's lines share: the customers' names and previous grades, their
 * lifecycle dates, and the handful of review standings. A million lines are then a million small records, not a
 * million copies of texts and dates kept through the run and copied by every garbage collection; the reason, in
 * English and as messages, is put together when read.
 */
import { formatDay } from '../dates';
import type { Message, Reason } from '../messages/message';
import { CapNote, clauseList, type Clauses } from './caps';
import type { CustomerInput, GradeResult } from './grade';
import { englishOf, rulesReason } from './grade-reason';
import type { LifecycleColumns } from './lifecycle-columns';

/** Day texts of a run: most customers share a few dates (or none), so each is formatted once. */
export class DayTexts {
  private readonly texts = new Map<number, string>();

  /** A day as YYYY-MM-DD, '' for none. */
  of(day: number | null): string {
    if (day === null) return '';
    let t = this.texts.get(day);
    if (t === undefined) this.texts.set(day, (t = formatDay(day)));
    return t;
  }
}

/** The dates a line states: graded on, the review this run counts as ('' = none), the next review. */
export interface LineDates {
  gradedOn: string;
  review: string;
  nextReview: string;
}

/** What the lines of a run share: its customers (in key order), their lifecycle inputs, their dates. */
export class GradeRun {
  constructor(
    readonly customers: readonly CustomerInput[],
    readonly life: LifecycleColumns,
    /** Per customer, its LineDates' position in `dates`. */
    readonly datesAt: Uint32Array,
    readonly dates: readonly LineDates[],
    readonly days: DayTexts,
  ) {}
}

/** A line of the Grades sheet: customer i of a run. */
export class GradeLine implements GradeResult {
  readonly #run: GradeRun;
  readonly #i: number;
  readonly #base: string;
  readonly #message: Message | null;
  readonly #clauses: Clauses | undefined;
  readonly customerKey: string;
  readonly grade: string;
  readonly score: number | null;

  constructor(run: GradeRun, i: number, grade: string, score: number | null, base: string, message: Message | null, clauses: Clauses | undefined) {
    this.#run = run;
    this.#i = i;
    this.#base = base;
    this.#message = message;
    this.#clauses = clauses;
    this.customerKey = run.customers[i].key;
    this.grade = grade;
    this.score = score;
  }

  get customer(): string { return this.#run.customers[this.#i].name ?? ''; }
  get previousGrade(): string { return this.#run.customers[this.#i].previousGrade ?? ''; }
  get gradedOn(): string { return this.#dates().gradedOn; }
  get review(): string { return this.#dates().review; }
  get nextReview(): string { return this.#dates().nextReview; }
  get override(): string { return this.#run.life.override(this.#i) ?? ''; }
  get blacklistedOn(): string { return this.#run.days.of(this.#run.life.blacklistedOn(this.#i)); }
  get openedOn(): string { return this.#run.days.of(this.#run.life.openedOn(this.#i)); }
  get firstSeen(): string { return this.#run.days.of(this.#run.life.firstSeenOn(this.#i)); }

  /** The reason in English: the rules' own text, then each clause. */
  get reason(): string {
    return englishOf(this.#base, this.#clauses);
  }

  /** The reason as structured messages: the rules' own text, then each clause. */
  get reasonMessages(): Reason {
    const rules = rulesReason(this.#base, this.#message);
    const clauses = clauseList(this.#clauses);
    if (clauses.length === 0) return rules;
    return [...rules, ...clauses.map((c) => (c instanceof CapNote ? c.message() : c))];
  }

  #dates(): LineDates {
    return this.#run.dates[this.#run.datesAt[this.#i]];
  }
}
