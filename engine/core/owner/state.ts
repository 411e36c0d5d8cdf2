/**
 * Ownership state of every customer group while the register is walked in date order, and the derived status at
 * a day (SPEC §3): protection runs from the last owner contact, capped by the hard limits, and a lock after a
 * deposit or deal keeps it from lapsing.
 *
 * The state is held field by field in typed arrays indexed by group id: the walk touches a few fields of a
 * random group per event, and a few megabytes of arrays stay in the processor's caches where a quarter of a
 * million state objects would not.
 */
import { IntColumn } from '../int-column';
import type { OwnershipPolicy } from '../policy/schema';
import type { OwnerStatus } from '../types';

/** How the current owner came to own the group (first words of the reason). */
export type ClaimHow = 'claim' | 'designated' | 'referral' | 'deal' | 'transfer' | 'complaint';
const CLAIM_HOWS: readonly ClaimHow[] = ['claim', 'designated', 'referral', 'deal', 'transfer', 'complaint'];
const CLAIM_CODE = Object.fromEntries(CLAIM_HOWS.map((how, i) => [how, i])) as Record<ClaimHow, number>;

/** Holding codes: nobody yet, an owner (protected, locked or expired: that follows from the dates), the pool. */
export const NONE = 0;
export const OWNED = 1;
export const POOL = 2;

/** lockUntil of a group that was never locked. */
export const NO_LOCK = -(2 ** 31);

/** How many assists and notes a reason names before it just counts. */
export const REASON_LIST_LIMIT = 3;

/** Ownership state of all groups. Row fields are register row indexes (-1 for none); people are text ids. */
export class OwnershipStates {
  readonly holding: Uint8Array;
  readonly owner: Int32Array;
  readonly team: Int32Array;
  readonly ownerSince: Int32Array;
  readonly claimRow: Int32Array;
  readonly claimHow: Uint8Array;
  /** Text id of the referrer whose owner the group followed (referral claims), 0 for none. */
  readonly via: Int32Array;
  readonly lastContact: Int32Array;
  readonly renewRow: Int32Array;
  readonly lockUntil: Int32Array;
  readonly lockRow: Int32Array;
  /** 1 after a deposit or deal since the claim (stops deal_expire_days). */
  readonly hadDeal: Uint8Array;
  readonly everClaimed: Uint8Array;
  /** Row that emptied the group into the pool (leave or complaint). */
  readonly poolRow: Int32Array;
  readonly assistCount: Int32Array;
  /** Rows of the first few assists since the claim, for groups that had any. */
  readonly assists = new Map<number, number[]>();
  /**
   * What the group was released from when its owner took it (rule 5), for the reason: the holding before (OWNED:
   * an owner whose protection had ended, POOL: the pool, NONE: nothing), with that owner and protection end. Kept
   * as numbers, because most claims never have their reason read.
   */
  readonly afterHolding: Uint8Array;
  readonly afterOwner: Int32Array;
  readonly afterUntil: Int32Array;
  /**
   * Short notes for the reason (void reports, refused claims, leaves), bounded per group: a list linked per group
   * through growable number columns, each entry naming one of the distinct texts, because a leave adds the same
   * note to thousands of groups at once.
   */
  private readonly noteFirst: Int32Array;
  private readonly noteLast: Int32Array;
  private readonly noteCount: Uint8Array;
  private readonly noteText = new IntColumn();
  private readonly noteNext = new IntColumn();
  private readonly texts: string[] = [];
  private readonly textIds = new Map<string, number>();
  private lastText: string | null = null;
  private lastTextId = -1;

  constructor(readonly size: number) {
    this.holding = new Uint8Array(size);
    this.owner = new Int32Array(size);
    this.team = new Int32Array(size);
    this.ownerSince = new Int32Array(size);
    this.claimRow = new Int32Array(size).fill(-1);
    this.claimHow = new Uint8Array(size);
    this.via = new Int32Array(size);
    this.lastContact = new Int32Array(size);
    this.renewRow = new Int32Array(size).fill(-1);
    this.lockUntil = new Int32Array(size).fill(NO_LOCK);
    this.lockRow = new Int32Array(size).fill(-1);
    this.hadDeal = new Uint8Array(size);
    this.everClaimed = new Uint8Array(size);
    this.poolRow = new Int32Array(size).fill(-1);
    this.assistCount = new Int32Array(size);
    this.afterHolding = new Uint8Array(size);
    this.afterOwner = new Int32Array(size);
    this.afterUntil = new Int32Array(size);
    this.noteFirst = new Int32Array(size).fill(-1);
    this.noteLast = new Int32Array(size).fill(-1);
    this.noteCount = new Uint8Array(size);
  }

  /** How group `g`'s owner came to own it. */
  howOf(g: number): ClaimHow {
    return CLAIM_HOWS[this.claimHow[g]];
  }

  /** Last day the owner's protection lasts from contacts alone, after the hard limits of rule 10. */
  contactUntil(g: number, policy: OwnershipPolicy): number {
    let end = this.lastContact[g] + policy.protection_days;
    if (policy.max_protection_days !== null) end = Math.min(end, this.ownerSince[g] + policy.max_protection_days);
    if (policy.deal_expire_days !== null && this.hadDeal[g] === 0) end = Math.min(end, this.ownerSince[g] + policy.deal_expire_days);
    return end;
  }

  /** Last protected day: contact protection, or the lock's end when that is later (rule 6). */
  protectedUntil(g: number, policy: OwnershipPolicy): number {
    return Math.max(this.contactUntil(g, policy), this.lockUntil[g]);
  }

  /** Status of group `g` on a day. */
  statusAt(g: number, day: number, policy: OwnershipPolicy): OwnerStatus {
    const holding = this.holding[g];
    if (holding !== OWNED) return holding === POOL ? 'pool' : 'none';
    if (day <= this.lockUntil[g]) return 'locked';
    return day <= this.contactUntil(g, policy) ? 'protected' : 'expired';
  }

  /** Whether the owner holds group `g` on a day (protected or locked), so others only assist. */
  isHeld(g: number, day: number, policy: OwnershipPolicy): boolean {
    return this.holding[g] === OWNED && (day <= this.lockUntil[g] || day <= this.contactUntil(g, policy));
  }

  /** Make `owner` (a text id) the owner of group `g` from `day` on (a claim, a transfer, a deal on a released group). */
  take(g: number, day: number, row: number, how: ClaimHow, owner: number, team: number): void {
    this.holding[g] = OWNED;
    this.owner[g] = owner;
    this.team[g] = team;
    this.ownerSince[g] = day;
    this.claimRow[g] = row;
    this.claimHow[g] = CLAIM_CODE[how];
    this.via[g] = 0;
    this.afterHolding[g] = NONE;
    this.lastContact[g] = day;
    this.renewRow[g] = -1;
    this.hadDeal[g] = 0;
    this.everClaimed[g] = 1;
    this.poolRow[g] = -1;
    if (this.assistCount[g] > 0) this.assists.delete(g);
    this.assistCount[g] = 0;
  }

  /** Record what group `g` was released from (see afterHolding); called right after take(). */
  released(g: number, holding: number, owner: number, until: number): void {
    this.afterHolding[g] = holding;
    this.afterOwner[g] = owner;
    this.afterUntil[g] = until;
  }

  /** Empty group `g` into the pool (leave, complaint without a target). */
  toPool(g: number, row: number): void {
    this.holding[g] = POOL;
    this.owner[g] = 0;
    this.team[g] = 0;
    this.poolRow[g] = row;
    this.lockUntil[g] = NO_LOCK;
  }

  /** Count an assist on group `g`, remembering the first few rows for the reason. */
  assist(g: number, row: number): void {
    if (this.assistCount[g]++ >= REASON_LIST_LIMIT) return;
    const rows = this.assists.get(g);
    if (rows) rows.push(row); else this.assists.set(g, [row]);
  }

  /** Add a short note to group `g`'s reason, keeping it bounded (after a few, one '…' stands for the rest). */
  note(g: number, text: string): void {
    const count = this.noteCount[g];
    if (count > REASON_LIST_LIMIT) return;
    this.noteCount[g] = count + 1;
    const k = this.noteNext.size;
    this.noteText.push(this.textId(count < REASON_LIST_LIMIT ? text : '…'));
    this.noteNext.push(-1);
    if (count === 0) this.noteFirst[g] = k; else this.noteNext.put(this.noteLast[g], k);
    this.noteLast[g] = k;
  }

  /** The id of a note text; the text of the previous note is checked first (a leave notes many groups with one). */
  private textId(text: string): number {
    if (text === this.lastText) return this.lastTextId;
    let id = this.textIds.get(text);
    if (id === undefined) {
      this.textIds.set(text, (id = this.texts.length));
      this.texts.push(text);
    }
    this.lastText = text;
    this.lastTextId = id;
    return id;
  }

  /** The notes of group `g`, oldest first, each after '; ' (the tail of its reason), or '' when it has none. */
  notesTail(g: number): string {
    let tail = '';
    for (let k = this.noteFirst[g]; k >= 0; k = this.noteNext.at(k)) tail += `; ${this.texts[this.noteText.at(k)]}`;
    return tail;
  }
}
