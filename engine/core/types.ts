/**
 * Shared data shapes of the engine core. Pure data: no Node or Office APIs, so the same objects flow through the
 * Excel add-in, the batch runner and the tests.
 */
import type Decimal from 'decimal.js';

/** One spreadsheet cell as readers hand it over: exceljs, papaparse and Office.js all reduce to these. */
export type Cell = string | number | boolean | Date | null | undefined;

/** Event types of SPEC §2. */
export const EVENT_TYPES = [
  'visit', 'call', 'report', 'followup', 'deposit', 'deal', 'transfer', 'leave', 'complaint',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Canonical register fields of SPEC §2. */
export const REGISTER_FIELDS = [
  'date', 'customer', 'phone', 'household', 'salesperson', 'team', 'event', 'designated', 'referrer',
  'accompanied', 'amount', 'commission', 'target',
] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

/** A phone cell after normalisation: a full number, or a masked one (`138****1111`). */
export type Phone =
  | { kind: 'full'; digits: string }
  | { kind: 'masked'; prefix: string; suffix: string; length: number; text: string };

/** Where a row came from: file (may be ''), sheet (may be '') and the spreadsheet's own row number. */
export interface RowOrigin {
  file: string;
  sheet: string;
  row: number;
}

/** One usable register row (an event). Dates are day numbers (days since 1970-01-01, calendar dates). */
export interface RegisterRow extends RowOrigin {
  /** Position in the combined register (file order); breaks ties between events of the same day. */
  seq: number;
  date: number;
  event: EventType;
  customer: string;
  phone: Phone | null;
  /** Index of the phone in Register.phones; -1 for none (and for leave rows, which are about no customer). */
  phoneId: number;
  household: string;
  /** Index of the household value among the register's distinct households; -1 for none. */
  householdId: number;
  salesperson: string;
  team: string;
  designated: string;
  referrer: string;
  accompanied: boolean;
  amount: Decimal | null;
  commission: Decimal | null;
  target: string;
}

/** A row (or cell) that could not be used, with why. Goes to the Exceptions sheet; never dropped silently. */
export interface RegisterException extends RowOrigin {
  column: string;
  value: string;
  problem: string;
}

/** A parsed register: usable rows in file order, and everything that was not usable. */
export interface Register {
  rows: RegisterRow[];
  exceptions: RegisterException[];
  /** Distinct input files, in order; with more than one, rows are named `file:row`. */
  files: string[];
  /** Distinct phones of customer rows, indexed by RegisterRow.phoneId. */
  phones: Phone[];
  /** How many distinct household values there are (RegisterRow.householdId runs below this). */
  households: number;
}

/** Ownership status values of SPEC §3. */
export type OwnerStatus = 'protected' | 'locked' | 'expired' | 'pool' | 'none';

/** One line of the Owners sheet (SPEC §8). Dates are ISO `YYYY-MM-DD` strings or ''. */
export interface OwnerResult {
  customerKey: string;
  customer: string;
  phone: string;
  household: string;
  owner: string;
  team: string;
  status: OwnerStatus;
  ownerSince: string;
  protectedUntil: string;
  reason: string;
}

/** Split roles, in the order parties are listed. */
export type SplitRole = 'owner' | 'closer' | 'introducer' | 'pool' | 'first receiver' | 'second receiver';

/** One line of the Splits sheet (SPEC §8): one party of one deal. Money as decimal strings. */
export interface SplitResult {
  dealRow: string;
  dealDate: string;
  customerKey: string;
  amount: string;
  commission: string;
  party: string;
  role: SplitRole;
  /** Percent of the deal's credit, e.g. '100' or '50'. */
  creditShare: string;
  creditAmount: string;
  commissionAmount: string;
  reason: string;
}

/** Conflict kinds of SPEC §3 rule 12. */
export type ConflictKind =
  | 'same-day claims'
  | 'report on protected customer'
  | 'masked phone ambiguous'
  | 'holding cap'
  | 'closer not owner';

/** One line of the Conflicts sheet (SPEC §8). */
export interface ConflictResult {
  customerKey: string;
  date: string;
  rows: string;
  salespeople: string;
  kind: ConflictKind;
  decision: string;
}
