/**
 * The ownership walk (SPEC §3): every event up to the as-of date, across all customer groups, in date order
 * (same day: file order). One global pass, because leaves and holding caps reach across groups.
 */
import { formatDay } from '../dates';
import { findGroups, type Grouping } from '../grouping';
import type { OwnershipPolicy } from '../policy/schema';
import { rowRef } from '../register';
import type { Register, RegisterRow } from '../types';
import { ConflictLog } from './conflicts';
import { judgeReport } from './report';
import {
  REASON_LIST_LIMIT, isHeld, newState, note, protectedUntil, statusAt, takeOwnership, toPool, type ClaimHow, type GroupState,
} from './state';

/** What a deal row met: the owner just before it (SPEC §4), for the split. */
export interface DealRecord {
  row: number;
  group: number;
  closer: string;
  /** The protected (or locked) owner just before the deal; '' when the group was unowned or released. */
  owner: string;
  ownerClaimRow: number;
  ownerUntil: number;
}

/** Result of the walk. */
export interface Walk {
  states: GroupState[];
  deals: DealRecord[];
  conflicts: ConflictLog;
}

/** Walk the register and return every group's state as of `asOf`, the deals met and the conflicts. */
export function walkOwnership(register: Register, grouping: Grouping, policy: OwnershipPolicy, asOf: number): Walk {
  const { rows } = register;
  const { groups, groupOfRow, order, posInGroup } = grouping;
  const states = groups.map(() => newState());
  const deals: DealRecord[] = [];
  const conflicts = new ConflictLog();
  const byTeam = policy.claim_by === 'team';
  const claimant = (r: RegisterRow): string => (byTeam ? r.team || r.salesperson : r.salesperson);
  const claimEvents = new Set(policy.claim_events);
  const renewEvents = new Set(policy.renew_on_contact ? policy.renew_events : []);
  const ref = (i: number): string => rowRef(rows[i], register);
  const referrers = policy.honor_referral
    ? findGroups(grouping, new Set(rows.filter((r) => r.referrer).map((r) => r.referrer)))
    : new Map<string, number>();
  const day = (d: number): string => formatDay(d);

  // Who owns what, for leaves and holding caps: append-only lists, checked against the group's state when read,
  // because keeping exact sets up to date on every claim costs more than the rare leave or cap check that reads them.
  const ownedBy = new Map<string, number[]>();
  const take = (g: number, s: GroupState, d: number, i: number, how: ClaimHow, owner: string, team: string, salesperson: string): void => {
    takeOwnership(s, d, i, how, owner, team, salesperson);
    const list = ownedBy.get(owner);
    if (list) list.push(g); else ownedBy.set(owner, [g]);
  };
  const seen = new Int32Array(states.length);
  let stamp = 0;
  /** Groups `who` owns now, each once (the list is compacted on the way). */
  const ownedNow = (who: string): number[] => {
    stamp++;
    const live: number[] = [];
    for (const g of ownedBy.get(who) ?? []) {
      if (seen[g] !== stamp && states[g].holding === 'owned' && states[g].owner === who) live.push(g);
      seen[g] = stamp;
    }
    ownedBy.set(who, live);
    return live;
  };
  const unlockedHeld = (who: string, d: number): number =>
    ownedNow(who).filter((g) => statusAt(states[g], d, policy) === 'protected').length;

  for (const i of order) {
    const r = rows[i];
    const d = r.date;
    if (d > asOf) break; // rows are in date order
    if (r.event === 'leave') {
      const left = `${r.salesperson} left ${day(d)} row ${ref(i)} → pool`; // one text for all the leaver's customers
      for (const g of ownedNow(r.salesperson)) {
        toPool(states[g], i);
        note(states[g], left);
      }
      ownedBy.delete(r.salesperson);
      continue;
    }
    const g = groupOfRow[i];
    if (g < 0) continue;
    const s = states[g];
    const who = claimant(r);
    const held = isHeld(s, d, policy);

    switch (r.event) {
      case 'transfer':
      case 'complaint': {
        const how: ClaimHow = r.event;
        if (r.target) {
          take(g, s, d, i, how, r.target, byTeam ? r.target : r.team, r.target);
        } else {
          toPool(s, i);
          note(s, `complaint ${day(d)} row ${ref(i)} → pool`);
        }
        continue;
      }
      case 'deposit':
      case 'deal': {
        if (r.event === 'deal') {
          deals.push({
            row: i, group: g, closer: who, owner: held ? s.owner : '', ownerClaimRow: held ? s.claimRow : -1,
            ownerUntil: held ? protectedUntil(s, policy) : 0,
          });
        }
        if (!held) {
          const after = releasedFrom(s);
          take(g, s, d, i, 'deal', who, byTeam ? who : r.team, r.salesperson);
          s.after = after;
        } else if (who !== s.owner) {
          conflicts.add('closer not owner', groups[g].key, d, r.seq, [ref(s.claimRow), ref(i)], [s.owner, who],
            `${s.owner} is the protected owner until ${day(protectedUntil(s, policy))} (row ${ref(s.claimRow)}); ` +
            `the ${r.event} by ${who} does not change the owner${r.event === 'deal' ? '; the Splits sheet shows the shares' : ''}`);
        }
        s.hadDeal = true;
        if (who === s.owner) renew(s, r, i);
        if (policy.lock_days > 0 && d + policy.lock_days > s.lockUntil) {
          s.lockUntil = d + policy.lock_days;
          s.lockRow = i;
        }
        continue;
      }
      default:
        break;
    }

    // visit, call, report, followup
    if (held) {
      if (who === s.owner) {
        renew(s, r, i);
        continue;
      }
      const claimRow = s.claimRow >= 0 ? rows[s.claimRow] : null;
      if (claimEvents.has(r.event) && claimRow && claimRow.date === d && claimEvents.has(claimRow.event) &&
          claimant(claimRow) !== who) {
        conflicts.add('same-day claims', groups[g].key, d, r.seq, [ref(s.claimRow), ref(i)], [s.owner, who],
          `both claimed on ${day(d)}; the first in file order (row ${ref(s.claimRow)}) wins: ${s.owner}`);
      } else if (r.event === 'report') {
        conflicts.add('report on protected customer', groups[g].key, d, r.seq, [ref(s.claimRow), ref(i)], [s.owner, who],
          `${s.owner} holds the customer until ${day(protectedUntil(s, policy))} (row ${ref(s.claimRow)}); ` +
          `the report by ${who} is refused (先报备者得)`);
      }
      s.assistCount++;
      if (s.assists.length < REASON_LIST_LIMIT) s.assists.push(i);
      continue;
    }
    if (!claimEvents.has(r.event)) continue;

    if (r.event === 'report' && policy.report_visit_days !== null) {
      const outcome = judgeReport(rows, groups[g].rows, posInGroup[i], policy.report_visit_days, asOf, claimant);
      if (!outcome.valid) {
        note(s, `report ${day(d)} row ${ref(i)} by ${who} void: no visit by ${day(outcome.deadline)}`);
        continue;
      }
      if ('pendingUntil' in outcome) note(s, `report row ${ref(i)} holds provisionally: a visit by ${who} is due by ${day(outcome.pendingUntil)}`);
    }
    if (policy.max_owned !== null) {
      const n = unlockedHeld(who, d);
      if (n >= policy.max_owned) {
        conflicts.add('holding cap', groups[g].key, d, r.seq, [ref(i)], [who],
          `${who} already holds ${n} unlocked customers (max_owned ${policy.max_owned}); the claim is refused and the customer stays claimable`);
        note(s, `claim by ${who} row ${ref(i)} refused: holding cap ${policy.max_owned}`);
        continue;
      }
    }
    claim(g, s, i, r);
  }
  return { states, deals, conflicts };

  /** Rule 2: an owner contact of a renewing type pushes protection on from its date. */
  function renew(s: GroupState, r: RegisterRow, i: number): void {
    if (!renewEvents.has(r.event)) return;
    s.lastContact = Math.max(s.lastContact, r.date);
    s.renewRow = i;
  }

  /** Rule 5: what a new owner takes the group over from, for the reason. */
  function releasedFrom(s: GroupState): string {
    if (s.holding === 'owned') return `after ${s.owner}'s protection ended ${day(protectedUntil(s, policy))}`;
    return s.holding === 'pool' ? 'from the pool' : '';
  }

  /** Rule 1: the claim, honouring a designation or a referral on the group's first claim. */
  function claim(g: number, s: GroupState, i: number, r: RegisterRow): void {
    const first = !s.everClaimed;
    const after = releasedFrom(s);
    if (first && policy.honor_designation && r.designated) {
      take(g, s, r.date, i, 'designated', r.designated, byTeam ? r.designated : r.team, r.salesperson);
      return;
    }
    if (first && policy.honor_referral && r.referrer && (r.accompanied || !policy.referral_requires_accompany)) {
      const rg = referrers.get(r.referrer) ?? -1;
      const rs = rg >= 0 && rg !== g ? states[rg] : null;
      if (rs && isHeld(rs, r.date, policy)) {
        take(g, s, r.date, i, 'referral', rs.owner, rs.team, r.salesperson);
        s.via = r.referrer;
        s.after = after;
        return;
      }
    }
    const who = claimant(r);
    take(g, s, r.date, i, 'claim', who, byTeam ? who : r.team, r.salesperson);
    s.after = after;
  }
}
