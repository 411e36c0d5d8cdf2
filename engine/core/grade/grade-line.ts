/**
 * The lines of the Grades sheet of one run. A line holds what is its own (key, grade, score, the parts of its
 * reason) and reads the rest from columns the run's lines share: the customers' names and previous grades, their
 * lifecycle dates, and the handful of review standings. A million lines are then a million small records, not a
 * million copies of texts and dates kept through the run and copied by every garbage collection; the reason, in
 * English and as messages, is put together when read.
 */
import { formatDay } from '../dates';
import type { Message, Reason } from '../messages/message';
import type { Clauses } from './caps';
import type { CustomerInput, GradeResult } from './grade';
import { englishOf, messagesOf } from './grade-reason';
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

/** A customer outside the graded population: blacklisted (its grade BLACKLIST), or with dates that cannot be read. */
export interface Excluded {
  grade: string;
  clause: Message;
}

/**
 * What the lines of a run share: its customers (in key order), their lifecycle inputs and dates, and the grades,
 * scores and reason parts of the population (aligned with it; `population[j]` is the customer of position j).
 */
export class GradeRun {
  constructor(
    readonly customers: readonly CustomerInput[],
    readonly life: LifecycleColumns,
    /** Per customer, its LineDates' position in `dates`. */
    readonly datesAt: Uint32Array,
    readonly dates: readonly LineDates[],
    readonly days: DayTexts,
    readonly graded: {
      readonly grades: readonly string[];
      readonly shown: readonly (number | null)[];
      readonly reasons: readonly string[];
      readonly messages: readonly (Message | null)[];
      readonly clauses: readonly (Clauses | undefined)[];
    },
    readonly excluded: ReadonlyMap<number, Excluded>,
  ) {}
}

/**
 * A line of the Grades sheet: customer i of a run, position j of its population (-1 when outside it). Three
 * fields: everything it states is read from the run's columns.
 */
export class GradeLine implements GradeResult {
  readonly #run: GradeRun;
  readonly #i: number;
  readonly #j: number;

  constructor(run: GradeRun, i: number, j: number) {
    this.#run = run;
    this.#i = i;
    this.#j = j;
  }

  get customerKey(): string { return this.#run.customers[this.#i].key; }
  get customer(): string { return this.#run.customers[this.#i].name ?? ''; }
  get grade(): string { return this.#j < 0 ? this.#run.excluded.get(this.#i)!.grade : this.#run.graded.grades[this.#j]; }
  get score(): number | null { return this.#j < 0 ? null : this.#run.graded.shown[this.#j]; }
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
    return englishOf(this.#base(), this.#clauses(), this.#j);
  }

  /** The reason as structured messages: the rules' own text, then each clause. */
  get reasonMessages(): Reason {
    return messagesOf(this.#base(), this.#j < 0 ? null : this.#run.graded.messages[this.#j], this.#clauses(), this.#j);
  }

  /** The rules' own reason text ('' outside the population). */
  #base(): string {
    return this.#j < 0 ? '' : this.#run.graded.reasons[this.#j];
  }

  #clauses(): Clauses | undefined {
    return this.#j < 0 ? [this.#run.excluded.get(this.#i)!.clause] : this.#run.graded.clauses[this.#j];
  }

  #dates(): LineDates {
    return this.#run.dates[this.#run.datesAt[this.#i]];
  }
}
