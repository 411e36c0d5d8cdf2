/**
 * Shared data shapes of the engine core. Pure data: no Node or Office APIs, so the same objects flow through the
 * Excel add-in, the batch runner and the tests.
 */
import type Decimal from 'decimal.js';
import type { Reason } from './messages/message';

/** One spreadsheet cell as readers hand it over: exceljs, papaparse and Office.js all reduce to these. */
export type Cell = string | number | boolean | Date | null | undefined;

/** Event types of SPEC §2. */
export const EVENT_TYPES = [
  'visit', 'call', 'report', 'followup', 'deposit', 'deal', 'transfer', 'leave', 'complaint', 'penalty',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Canonical register fields of SPEC §2. */
export const REGISTER_FIELDS = [
  'date', 'customer', 'phone', 'household', 'salesperson', 'team', 'event', 'designated', 'referrer',
  'accompanied', 'amount', 'commission', 'target',
] as const;
/**
 * Optional register fields beyond SPEC §2 that deal cases and penalties read: the owner away (休息/外出), recognised
 * (认出), names on the contract (合同署名), the kind of a penalty (违规类型).
 */
export const CASE_FIELDS = ['absent', 'recognised', 'contract_names', 'violation'] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number] | (typeof CASE_FIELDS)[number];

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

/** Event code of each event type: its index in EVENT_TYPES (the register stores events as these codes). */
export const EVENT_CODE: Readonly<Record<EventType, number>> = Object.fromEntries(EVENT_TYPES.map((e, i) => [e, i])) as Record<EventType, number>;

/**
 * One usable register row (an event) as a record: what `Register.row(i)` hands out for reasons, explanations and
 * tests. Dates are day numbers (days since 1970-01-01, calendar dates).
 */
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
  salesperson: string;
  team: string;
  designated: string;
  referrer: string;
  accompanied: boolean;
  amount: Decimal | null;
  commission: Decimal | null;
  target: string;
  /** 休息/外出 when the row says the owner (or earlier receiver) was away; '' otherwise. */
  absent: string;
  /** 认出 column as written (是/否). */
  recognised: string;
  /** Names on the contract (合同署名). */
  contractNames: string;
  /** Kind of a penalty row (捞客, 甩客), from the violation column or the event word. */
  violation: string;
  /** Minutes after midnight when the date cell carries a time of day, else -1. */
  minute: number;
}

/** A row (or cell) that could not be used, with why. Goes to the Exceptions sheet; never dropped silently. */
export interface RegisterException extends RowOrigin {
  column: string;
  value: string;
  problem: string;
  /** The problem as structured messages (rendered in the result's language); `problem` is its English text. */
  problemMessages?: Reason;
}

/**
 * The usable rows of a register, one typed array per field, indexed by row position (file order). Texts are ids
 * into Register.texts (0 is ''), so that rules compare people and customers as integers and a million rows take
 * a few dozen megabytes instead of a million objects.
 */
export interface RegisterColumns {
  /** Day number. */
  date: Int32Array;
  /** Event code (see EVENT_CODE). */
  event: Uint8Array;
  /** The spreadsheet's own row number. */
  line: Int32Array;
  /** Index into Register.tables (file and sheet the row came from). */
  table: Int32Array;
  customer: Int32Array;
  household: Int32Array;
  salesperson: Int32Array;
  team: Int32Array;
  designated: Int32Array;
  referrer: Int32Array;
  target: Int32Array;
  /** 休息/外出 as written (text id). */
  absent: Int32Array;
  /** 认出 as written (text id). */
  recognised: Int32Array;
  /** 合同署名 as written (text id). */
  contract_names: Int32Array;
  /** Penalty kind (text id): the violation column, else the event word of a penalty row. */
  violation: Int32Array;
  /** Minutes after midnight of the date cell's time of day, -1 when it has none. */
  minute: Int16Array;
  /** Phone id (index into Register.phones), -1 for none and for leave rows. */
  phone: Int32Array;
  /** 1 when the referrer came along in person. */
  accompanied: Uint8Array;
  /** Money cells (null when blank). Decimal, never binary floating point. */
  amount: (Decimal | null)[];
  commission: (Decimal | null)[];
}

/** A parsed register: usable rows column by column in file order, and everything that was not usable. */
export interface Register {
  /** Number of usable rows. */
  size: number;
  cols: RegisterColumns;
  /** Pooled texts by id; texts[0] is ''. */
  texts: readonly string[];
  /** The tables (file, sheet) rows came from, indexed by RegisterColumns.table. */
  tables: readonly { file: string; sheet: string }[];
  exceptions: RegisterException[];
  /** Distinct input files, in order; with more than one, rows are named `file:row`. */
  files: string[];
  /** Distinct phones of customer rows, indexed by phone id. */
  phones: Phone[];
  /** Digit code of each full phone (see digit-code.ts), NaN for masked ones: phones compared as numbers. */
  phoneCodes: Float64Array;
  /** The id of a text in `texts`, or -1 when no cell of the register holds it. */
  textId(text: string): number;
  /** The id of a phone written in results' form (digits, or a masked `138****1111`), or -1. */
  phoneId(text: string): number;
  /** Row `i` as a record. */
  row(i: number): RegisterRow;
  /** Every usable row as a record (for small registers and tests; large ones are read through `cols`). */
  rows(): RegisterRow[];
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
  /** The reason as structured messages (rendered in the result's language); `reason` is its English text. */
  reasonMessages?: Reason;
}

/** Split roles, in the order parties are listed. */
export type SplitRole =
  | 'owner' | 'closer' | 'introducer' | 'pool' | 'first receiver' | 'second receiver'
  | 'designated' | "referrer's owner" | 'department' | 'party' | 'penalty';

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
  /** The reason as structured messages (rendered in the result's language); `reason` is its English text. */
  reasonMessages?: Reason;
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
  /** The decision as structured messages (rendered in the result's language); `decision` is its English text. */
  decisionMessages?: Reason;
}
