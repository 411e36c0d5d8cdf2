/**
 * The lifecycle inputs of a run's customers (lifecycle.ts), read once and held as columns: a million customers'
 * dates are four typed arrays and their grades references to a handful of shared texts, where a record per
 * customer kept through the run would be copied by every garbage collection.
 */
import { heldDay, NO_DAY } from '../dates';
import type { LifecycleInput } from './lifecycle';

/** The day columns, in the order each customer's four days are stored. */
const PREVIOUS_ON = 0, OPENED_ON = 1, FIRST_SEEN_ON = 2, BLACKLISTED_ON = 3;

/** The lifecycle input of a customer with none of the optional fields: shared, never written to. */
export const NO_LIFECYCLE: LifecycleInput = Object.freeze({
  previousGrade: null, previousOn: null, openedOn: null, firstSeenOn: null, override: null, blacklistedOn: null,
});

/** Each customer's lifecycle input, by position in the run's (key-ordered) list. */
export class LifecycleColumns {
  readonly #previousGrade: (string | null)[];
  readonly #override: (string | null)[];
  readonly #days: Float64Array;
  /** 1 where a customer has lifecycle input, 2 where it could not be read; 0 = none (NO_LIFECYCLE). */
  readonly #state: Uint8Array;

  constructor(n: number) {
    this.#previousGrade = new Array(n).fill(null);
    this.#override = new Array(n).fill(null);
    this.#days = new Float64Array(4 * n);
    this.#state = new Uint8Array(n);
  }

  /** Hold customer i's input (NO_LIFECYCLE holds nothing). */
  set(i: number, input: LifecycleInput): void {
    if (input === NO_LIFECYCLE) return;
    this.#state[i] = 1;
    this.#previousGrade[i] = input.previousGrade;
    this.#override[i] = input.override;
    const d = 4 * i;
    this.#days[d + PREVIOUS_ON] = input.previousOn ?? NO_DAY;
    this.#days[d + OPENED_ON] = input.openedOn ?? NO_DAY;
    this.#days[d + FIRST_SEEN_ON] = input.firstSeenOn ?? NO_DAY;
    this.#days[d + BLACKLISTED_ON] = input.blacklistedOn ?? NO_DAY;
  }

  /** Mark customer i's input as unreadable (its dates are no dates). */
  setUnreadable(i: number): void {
    this.#state[i] = 2;
  }

  /** Whether customer i's input could not be read. */
  unreadable(i: number): boolean {
    return this.#state[i] === 2;
  }

  /**
   * Customer i's input, written into `into` (a record reused from customer to customer: callers must not keep
   * it), or NO_LIFECYCLE when it has none; null when it could not be read.
   */
  read(i: number, into: LifecycleInput): LifecycleInput | null {
    const state = this.#state[i];
    if (state === 0) return NO_LIFECYCLE;
    if (state === 2) return null;
    into.previousGrade = this.#previousGrade[i];
    into.override = this.#override[i];
    into.previousOn = this.#day(i, PREVIOUS_ON);
    into.openedOn = this.#day(i, OPENED_ON);
    into.firstSeenOn = this.#day(i, FIRST_SEEN_ON);
    into.blacklistedOn = this.#day(i, BLACKLISTED_ON);
    return into;
  }

  /** Customer i's manual grade in force, or null. */
  override(i: number): string | null {
    return this.#state[i] === 1 ? this.#override[i] : null;
  }

  /** Customer i's day of a column (PREVIOUS_ON … BLACKLISTED_ON), or null. */
  #day(i: number, column: number): number | null {
    return heldDay(this.#days[4 * i + column]);
  }

  openedOn(i: number): number | null { return this.#state[i] === 1 ? this.#day(i, OPENED_ON) : null; }
  firstSeenOn(i: number): number | null { return this.#state[i] === 1 ? this.#day(i, FIRST_SEEN_ON) : null; }
  blacklistedOn(i: number): number | null { return this.#state[i] === 1 ? this.#day(i, BLACKLISTED_ON) : null; }
  previousOn(i: number): number | null { return this.#state[i] === 1 ? this.#day(i, PREVIOUS_ON) : null; }
}

/** A fresh record for LifecycleColumns.read to write into: NO_LIFECYCLE's fields, in a record of its own. */
export function lifecycleScratch(): LifecycleInput {
  return { ...NO_LIFECYCLE };
}
