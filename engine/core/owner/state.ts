/**
 * Ownership state of every customer group while the register is walked in date order, and the derived status at
 * a day (SPEC §3): protection runs from the last owner contact, capped by the hard limits, and a lock after a
 * deposit or deal keeps it from lapsing.
 *
 * The state is one record of 32 numbers per group, all groups in one typed array: an event reads and writes
 * several fields of one group, and a reason or result reads most of them, so a group's fields share one or two
 * cache lines (the fields the walk touches on every event are in the first) instead of one line per field.
 */
import { formatDay } from '../dates';
import { IntColumn } from '../int-column';
import type { OwnershipPolicy } from '../policy/schema';
import { render } from '../messages/catalogue';
import { msg, type Message } from '../messages/message';
import type { OwnerStatus } from '../types';

/** The note standing for the notes past the limit. */
const MORE_NOTES = msg('owner.more-notes');

/** How the current owner came to own the group (first words of the reason). */
export type ClaimHow = 'claim' | 'designated' | 'referral' | 'deal' | 'transfer' | 'complaint' | 'handover';
const CLAIM_HOWS: readonly ClaimHow[] = ['claim', 'designated', 'referral', 'deal', 'transfer', 'complaint', 'handover'];
const CLAIM_CODE = Object.fromEntries(CLAIM_HOWS.map((how, i) => [how, i])) as Record<ClaimHow, number>;

/** Holding codes: nobody yet, an owner (protected, locked or expired: that follows from the dates), the pool. */
export const NONE = 0;
export const OWNED = 1;
export const POOL = 2;

/** LOCK_UNTIL of a group that was never locked. */
export const NO_LOCK = -(2 ** 31);
/** LOCK_UNTIL of a group a deposit keeps until its deal (deposit_keeps). */
export const UNTIL_DEAL = 2 ** 31 - 1;

/** Protection end of an owner whose regulation states no period (protection_days null): later than any date. */
export const NO_END = 2 ** 30;

/** A protection end as a message argument: the date, or "until further notice" when it has no end. */
export function untilArg(day: number): string | Message {
  return day >= NO_END ? msg('owner.until-open') : formatDay(day);
}

/** A protection end in English text (the reason's direct composition). */
export function untilText(day: number): string {
  const arg = untilArg(day);
  return typeof arg === 'string' ? arg : render(arg, 'en');
}

/** How many assists and notes a reason names before it just counts. */
export const REASON_LIST_LIMIT = 3;

// Fields of a group's record. Row fields are register row indexes (-1 for none); people are text ids (0: none).
/** NONE, OWNED or POOL. */
export const HOLDING = 0;
export const OWNER = 1;
export const TEAM = 2;
export const OWNER_SINCE = 3;
export const LAST_CONTACT = 4;
export const LOCK_UNTIL = 5;
/** 1 after a deposit or deal since the claim (stops deal_expire_days). */
export const HAD_DEAL = 6;
export const EVER_CLAIMED = 7;
export const CLAIM_ROW = 8;
const CLAIM_HOW = 9;
export const RENEW_ROW = 10;
export const LOCK_ROW = 11;
export const ASSIST_COUNT = 12;
/**
 * What the group was released from when its owner took it (rule 5), for the reason: the holding before (OWNED:
 * an owner whose protection had ended, with AFTER_OWNER and AFTER_UNTIL; POOL: the pool; NONE: nothing).
 */
export const AFTER_HOLDING = 13;
/** Row that emptied the group into the pool (leave or complaint). */
export const POOL_ROW = 14;
/** Text id of the referrer whose owner the group followed (referral claims), 0 for none. */
export const VIA = 15;
export const AFTER_OWNER = 16;
export const AFTER_UNTIL = 17;
const NOTE_FIRST = 18;
const NOTE_LAST = 19;
const NOTE_COUNT = 20;
/** Day protection and the hard limits count from: the claim, or the first visit (protection_from first_visit). */
export const ANCHOR = 21;
/** 1 once the anchor moved to the first visit after a report claim. */
export const ANCHOR_MOVED = 22;
/** Last day a report made before the opening date holds (opening_date), else 0. */
export const OPEN_UNTIL = 23;
/** 1 once the group has had a deal (it is a previous buyer, 老业主), kept across owners. */
export const EVER_DEAL = 24;
/** A referral named on the claim row but not honoured: the row (-1 none), why (REFUSED_*), the referrer's owner and protection end. */
export const REFUSED_ROW = 25;
export const REFUSED_WHY = 26;
export const REFUSED_OWNER = 27;
export const REFUSED_UNTIL = 28;
/** Why a referral was not honoured. */
export const REFUSED_NOT_ALONG = 0;
export const REFUSED_NO_OWNER = 1;
export const REFUSED_LAPSED = 2;
/** Numbers per record: a power of two, so a record starts at `g << SHIFT` and never spans more lines than needed. */
const SHIFT = 5;
/** The fields of a new group's record that are not 0: no rows, never locked, no notes. */
const INITIAL: readonly (readonly [number, number])[] = [
  [CLAIM_ROW, -1], [RENEW_ROW, -1], [REFUSED_ROW, -1], [LOCK_ROW, -1], [POOL_ROW, -1], [NOTE_FIRST, -1], [NOTE_LAST, -1], [LOCK_UNTIL, NO_LOCK],
];

/** Ownership state of all groups: one record per group (see the field constants above). */
export class OwnershipStates {
  private readonly rec: Int32Array;
  /** Rows of the first few assists since the claim, for groups that had any. */
  readonly assists = new Map<number, number[]>();
  /**
   * Short notes for the reason (void reports, refused claims, leaves), bounded per group: a list linked per group
   * through growable number columns, each entry naming one of the distinct notes, because a leave adds the same
   * note to thousands of groups at once.
   */
  private readonly noteText = new IntColumn();
  private readonly noteNext = new IntColumn();
  private readonly notes: Message[] = [];
  /** English text of each note, rendered when first read ('' until then; kept dense beside `notes`). */
  private readonly english: string[] = [];
  private lastNote: Message | null = null;

  constructor(readonly size: number) {
    const r = (this.rec = new Int32Array(size << SHIFT));
    for (const [field, value] of INITIAL) for (let b = field; b < r.length; b += 1 << SHIFT) r[b] = value;
  }

  /** Field `field` of group `g`. */
  get(g: number, field: number): number {
    return this.rec[(g << SHIFT) + field];
  }

  /** Set field `field` of group `g`. */
  set(g: number, field: number, value: number): void {
    this.rec[(g << SHIFT) + field] = value;
  }

  /** How group `g`'s owner came to own it. */
  howOf(g: number): ClaimHow {
    return CLAIM_HOWS[this.rec[(g << SHIFT) + CLAIM_HOW]];
  }

  /** Last day the owner's protection lasts from contacts alone, after the hard limits of rule 10 (NO_END: none). */
  contactUntil(g: number, policy: OwnershipPolicy): number {
    const r = this.rec, b = g << SHIFT;
    // "Within N days" counting the event day as day 1 ends a day earlier.
    const last = policy.count_event_day ? -1 : 0;
    let end = policy.protection_days === null ? NO_END : r[b + LAST_CONTACT] + policy.protection_days + last;
    if (policy.max_protection_days !== null) end = Math.min(end, r[b + ANCHOR] + policy.max_protection_days + last);
    if (policy.deal_expire_days !== null && r[b + HAD_DEAL] === 0) end = Math.min(end, r[b + ANCHOR] + policy.deal_expire_days + last);
    return Math.max(end, r[b + OPEN_UNTIL]);
  }

  /** Last protected day: contact protection, or the lock's end when that is later (rule 6). A deposit that keeps the customer until the deal shows the contact protection. */
  protectedUntil(g: number, policy: OwnershipPolicy): number {
    const lock = this.rec[(g << SHIFT) + LOCK_UNTIL];
    return Math.max(this.contactUntil(g, policy), lock === UNTIL_DEAL ? NO_LOCK : lock);
  }

  /** Status of group `g` on a day. */
  statusAt(g: number, day: number, policy: OwnershipPolicy): OwnerStatus {
    return this.statusHeld(g, day, this.isHeld(g, day, policy));
  }

  /** The status of group `g` on a day the caller knows whether the owner holds it (isHeld): no protection worked out. */
  statusHeld(g: number, day: number, held: boolean): OwnerStatus {
    const b = g << SHIFT;
    const holding = this.rec[b + HOLDING];
    if (holding !== OWNED) return holding === POOL ? 'pool' : 'none';
    if (!held) return 'expired';
    return day <= this.rec[b + LOCK_UNTIL] ? 'locked' : 'protected';
  }

  /** Whether the owner holds group `g` on a day (protected or locked), so others only assist. */
  isHeld(g: number, day: number, policy: OwnershipPolicy): boolean {
    const b = g << SHIFT;
    return this.rec[b + HOLDING] === OWNED && (day <= this.rec[b + LOCK_UNTIL] || day <= this.contactUntil(g, policy));
  }

  /** Make `owner` (a text id) the owner of group `g` from `day` on (a claim, a transfer, a deal on a released group). */
  take(g: number, day: number, row: number, how: ClaimHow, owner: number, team: number): void {
    const r = this.rec, b = g << SHIFT;
    r[b + HOLDING] = OWNED;
    r[b + OWNER] = owner;
    r[b + TEAM] = team;
    r[b + OWNER_SINCE] = day;
    r[b + ANCHOR] = day;
    r[b + ANCHOR_MOVED] = 0;
    r[b + OPEN_UNTIL] = 0;
    r[b + REFUSED_ROW] = -1;
    r[b + CLAIM_ROW] = row;
    r[b + CLAIM_HOW] = CLAIM_CODE[how];
    r[b + VIA] = 0;
    r[b + AFTER_HOLDING] = NONE;
    r[b + LAST_CONTACT] = day;
    r[b + RENEW_ROW] = -1;
    r[b + HAD_DEAL] = 0;
    r[b + EVER_CLAIMED] = 1;
    r[b + POOL_ROW] = -1;
    if (r[b + ASSIST_COUNT] > 0) this.assists.delete(g);
    r[b + ASSIST_COUNT] = 0;
  }

  /** Record what group `g` was released from (see AFTER_HOLDING); called right after take(). */
  released(g: number, holding: number, owner: number, until: number): void {
    const r = this.rec, b = g << SHIFT;
    r[b + AFTER_HOLDING] = holding;
    r[b + AFTER_OWNER] = owner;
    r[b + AFTER_UNTIL] = until;
  }

  /** Empty group `g` into the pool (leave, complaint without a target). */
  toPool(g: number, row: number): void {
    const r = this.rec, b = g << SHIFT;
    r[b + HOLDING] = POOL;
    r[b + OWNER] = 0;
    r[b + TEAM] = 0;
    r[b + POOL_ROW] = row;
    r[b + LOCK_UNTIL] = NO_LOCK;
  }

  /** Count an assist on group `g`, remembering the first few rows for the reason. */
  assist(g: number, row: number): void {
    const at = (g << SHIFT) + ASSIST_COUNT;
    if (this.rec[at]++ >= REASON_LIST_LIMIT) return;
    const rows = this.assists.get(g);
    if (rows) rows.push(row); else this.assists.set(g, [row]);
  }

  /** Add a short note to group `g`'s reason, keeping it bounded (after a few, one '…' stands for the rest). */
  note(g: number, note: Message): void {
    const r = this.rec, b = g << SHIFT;
    const count = r[b + NOTE_COUNT];
    if (count > REASON_LIST_LIMIT) return;
    r[b + NOTE_COUNT] = count + 1;
    const k = this.noteNext.size;
    this.noteText.push(this.noteId(count < REASON_LIST_LIMIT ? note : MORE_NOTES));
    this.noteNext.push(-1);
    if (count === 0) r[b + NOTE_FIRST] = k; else this.noteNext.put(r[b + NOTE_LAST], k);
    r[b + NOTE_LAST] = k;
  }

  /** The id of a note; the previous note is checked first (a leave notes many groups with one). */
  private noteId(note: Message): number {
    if (note !== this.lastNote) {
      this.notes.push(note);
      this.english.push('');
      this.lastNote = note;
    }
    return this.notes.length - 1;
  }

  /**
   * The notes of group `g` in English, oldest first, each after '; ' (the tail of its Reason text), or ''. Each
   * distinct note is rendered once: a leave's note stands in the reasons of all the leaver's customers.
   */
  notesTail(g: number): string {
    let tail = '';
    for (let k = this.rec[(g << SHIFT) + NOTE_FIRST]; k >= 0; k = this.noteNext.at(k)) {
      const id = this.noteText.at(k);
      if (this.english[id] === '') this.english[id] = render(this.notes[id], 'en');
      tail += `; ${this.english[id]}`;
    }
    return tail;
  }

  /** Append the notes of group `g`, oldest first, to `out` (the tail of its reason). */
  notesInto(g: number, out: Message[]): void {
    for (let k = this.rec[(g << SHIFT) + NOTE_FIRST]; k >= 0; k = this.noteNext.at(k)) out.push(this.notes[this.noteText.at(k)]);
  }
}
