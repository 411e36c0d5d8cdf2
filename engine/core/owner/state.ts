/**
 * Ownership state of one customer group while the register is walked in date order, and the derived status at a
 * day (SPEC §3): protection runs from the last owner contact, capped by the hard limits, and a lock after a
 * deposit or deal keeps it from lapsing.
 */
import type { OwnershipPolicy } from '../policy/schema';
import type { OwnerStatus } from '../types';

/** How the current owner came to own the group (first words of the reason). */
export type ClaimHow = 'claim' | 'designated' | 'referral' | 'deal' | 'transfer' | 'complaint';

/** Mutable state of one group during the walk. Row fields are register row indexes, -1 for none. */
export interface GroupState {
  /** 'owned' covers protected, locked and expired; which one follows from the dates. */
  holding: 'none' | 'owned' | 'pool';
  owner: string;
  team: string;
  /** Salesperson on the claiming row (recorded for information when claims are by team). */
  salesperson: string;
  ownerSince: number;
  claimRow: number;
  claimHow: ClaimHow;
  /** The referrer whose owner the group followed (referral claims). */
  via: string;
  /** What the group was released from when this owner claimed it (e.g. `after 赵敏's protection ended 2026-02-04`). */
  after: string;
  lastContact: number;
  renewRow: number;
  lockUntil: number;
  lockRow: number;
  /** A deposit or deal since the claim (stops deal_expire_days). */
  hadDeal: boolean;
  everClaimed: boolean;
  /** Row that emptied the group into the pool (leave or complaint). */
  poolRow: number;
  /** Rows of assists since the claim (first few) and how many there were. */
  assists: number[];
  assistCount: number;
  /** Short notes for the reason: void reports, refused claims. Bounded. */
  notes: string[];
}

/** How many assists and notes a reason names before it just counts. */
export const REASON_LIST_LIMIT = 3;

/** A group nobody has claimed yet. */
export function newState(): GroupState {
  return {
    holding: 'none', owner: '', team: '', salesperson: '', ownerSince: 0, claimRow: -1, claimHow: 'claim', via: '', after: '',
    lastContact: 0, renewRow: -1, lockUntil: -Infinity, lockRow: -1, hadDeal: false, everClaimed: false,
    poolRow: -1, assists: [], assistCount: 0, notes: [],
  };
}

/** Last day the owner's protection lasts from contacts alone, after the hard limits of rule 10. */
export function contactUntil(s: GroupState, policy: OwnershipPolicy): number {
  let end = s.lastContact + policy.protection_days;
  if (policy.max_protection_days !== null) end = Math.min(end, s.ownerSince + policy.max_protection_days);
  if (policy.deal_expire_days !== null && !s.hadDeal) end = Math.min(end, s.ownerSince + policy.deal_expire_days);
  return end;
}

/** Last protected day: contact protection, or the lock's end when that is later (rule 6). */
export function protectedUntil(s: GroupState, policy: OwnershipPolicy): number {
  return Math.max(contactUntil(s, policy), s.lockUntil);
}

/** Status of a group on a day. */
export function statusAt(s: GroupState, day: number, policy: OwnershipPolicy): OwnerStatus {
  if (s.holding !== 'owned') return s.holding;
  if (day <= s.lockUntil) return 'locked';
  return day <= contactUntil(s, policy) ? 'protected' : 'expired';
}

/** Whether the owner holds the group on a day (protected or locked), so others only assist. */
export function isHeld(s: GroupState, day: number, policy: OwnershipPolicy): boolean {
  const st = statusAt(s, day, policy);
  return st === 'protected' || st === 'locked';
}

/** Make `owner` the owner from `day` on (a claim, a transfer, a deal on a released group). */
export function takeOwnership(
  s: GroupState, day: number, row: number, how: ClaimHow, owner: string, team: string, salesperson: string,
): void {
  s.holding = 'owned';
  s.owner = owner;
  s.team = team;
  s.salesperson = salesperson;
  s.ownerSince = day;
  s.claimRow = row;
  s.claimHow = how;
  s.via = '';
  s.after = '';
  s.lastContact = day;
  s.renewRow = -1;
  s.hadDeal = false;
  s.everClaimed = true;
  s.poolRow = -1;
  s.assists = [];
  s.assistCount = 0;
}

/** Empty a group into the pool (leave, complaint without a target). */
export function toPool(s: GroupState, row: number): void {
  s.holding = 'pool';
  s.owner = '';
  s.team = '';
  s.poolRow = row;
  s.lockUntil = -Infinity;
}

/** Add a short note to the reason, keeping it bounded. */
export function note(s: GroupState, text: string): void {
  if (s.notes.length < REASON_LIST_LIMIT) s.notes.push(text);
  else if (s.notes.length === REASON_LIST_LIMIT) s.notes.push('…');
}
