/**
 * Owner results (one line of the Owners sheet, SPEC §8). The reason is composed when it is read, not when the
 * result is made: a batch reads each reason once to write it and the add-in reads the one it shows, so a quarter
 * of a million long strings never need to sit in memory together.
 */
import type { OwnershipPolicy } from '../policy/schema';
import type { OwnerResult, OwnerStatus, Register } from '../types';
import type { Reason } from '../messages/message';
import { ownerReason, ownerReasonMessages } from './reason';
import type { OwnershipStates } from './state';

/** What composing a reason needs, shared by all results of one evaluation. */
export interface ReasonSource {
  states: OwnershipStates;
  register: Register;
  policy: OwnershipPolicy;
}

/** One owner result. Plain fields, plus `reason` read on demand (and included by JSON.stringify). */
export class OwnerRecord implements OwnerResult {
  readonly #source: ReasonSource;
  readonly #state: number;

  /** `state` is the group's index in the walk's states. */
  constructor(
    readonly customerKey: string,
    readonly customer: string,
    readonly phone: string,
    readonly household: string,
    readonly owner: string,
    readonly team: string,
    readonly status: OwnerStatus,
    readonly ownerSince: string,
    readonly protectedUntil: string,
    source: ReasonSource,
    state: number,
  ) {
    this.#source = source;
    this.#state = state;
  }

  get reason(): string {
    const { states, register, policy } = this.#source;
    return ownerReason(states, this.#state, this.status, register, policy);
  }

  /** The reason as messages, composed when read like `reason`. */
  get reasonMessages(): Reason {
    const { states, register, policy } = this.#source;
    return ownerReasonMessages(states, this.#state, this.status, register, policy);
  }

  toJSON(): OwnerResult {
    const { customerKey, customer, phone, household, owner, team, status, ownerSince, protectedUntil, reason } = this;
    return { customerKey, customer, phone, household, owner, team, status, ownerSince, protectedUntil, reason };
  }
}
