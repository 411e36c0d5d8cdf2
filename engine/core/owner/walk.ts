/**
 * The ownership walk (SPEC §3): every event up to the as-of date, across all customer groups, in date order
 * (same day: file order). One global pass, because leaves and holding caps reach across groups. People are
 * compared as text ids of the register (the same name is the same id).
 */
import { formatDay, parseDay } from '../dates';
import type { Grouping } from '../grouping';
import type { OwnershipPolicy } from '../policy/schema';
import { rowName } from '../register';
import type { CaseRow } from '../split/case-table';
import type { DealContext } from '../split/deal-facts';
import { EVENT_CODE, EVENT_TYPES, type EventType, type OwnerStatus, type Register } from '../types';
import '../messages/owner';
import { msg } from '../messages/message';
import { ConflictLog } from './conflicts';
import { judgeReport } from './report';
import {
  ANCHOR, ANCHOR_MOVED, CLAIM_ROW, EVER_CLAIMED, EVER_DEAL, HAD_DEAL, HOLDING, LAST_CONTACT, LOCK_ROW, LOCK_UNTIL, NO_LOCK, OPEN_UNTIL,
  OWNED, OWNER, OWNER_SINCE, OwnershipStates, REFUSED_LAPSED, REFUSED_NO_OWNER, REFUSED_NOT_ALONG, REFUSED_OWNER, REFUSED_ROW,
  REFUSED_UNTIL, REFUSED_WHY, RENEW_ROW, TEAM, UNTIL_DEAL, VIA, type ClaimHow,
  untilArg,
} from './state';

/** What a deal row met: the owner just before it (SPEC §4), for the split. People are text ids, 0 for none. */
export interface DealRecord {
  row: number;
  group: number;
  closer: number;
  /** The protected (or locked) owner just before the deal; 0 when the group was unowned or released. */
  owner: number;
  ownerClaimRow: number;
  ownerUntil: number;
  /** Status just before the deal, as its index in DEAL_FACTS.owner_status.values (protected, locked, expired, pool, none). */
  status: number;
  /** The owner on record just before the deal, protected or not (0: none). */
  recordedOwner: number;
  ownerSince: number;
  /** The case the walk chose when the table changes ownership after deals (then the split reuses it), else null. */
  chosen: DealChoice | null;
}

/** A case chosen for a deal during the walk: the row and the facts it was chosen on. */
export interface DealChoice {
  row: CaseRow;
  context: DealContext;
}

/**
 * Chooses a deal's case while walking, for tables whose rows change ownership after the deal or pay the owner of
 * a referrer on the day of the deal (the walk gives `finder` the lookup of that owner).
 */
export interface DealChooser {
  choose(deal: DealRecord): DealChoice | null;
  finder: { ownerOfReferrer: (referrer: number) => number };
}

/** Result of the walk. */
export interface Walk {
  /** Ownership state per group, indexed by arrival number (Grouping.arrivalOfGroup). */
  states: OwnershipStates;
  deals: DealRecord[];
  conflicts: ConflictLog;
}

/** One flag per event code: whether the event is in `events`. */
export function eventFlags(events: readonly EventType[]): Uint8Array {
  const flags = new Uint8Array(EVENT_TYPES.length);
  for (const e of events) flags[EVENT_CODE[e]] = 1;
  return flags;
}

/** `17:30`: minutes after midnight as a clock time. */
function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Status codes of DealRecord.status, in DEAL_FACTS.owner_status order. */
const STATUS_CODE: Record<OwnerStatus, number> = { protected: 0, locked: 1, expired: 2, pool: 3, none: 4 };

const { penalty: PENALTY } = EVENT_CODE;
const { visit: VISIT, report: REPORT, deposit: DEPOSIT, deal: DEAL, transfer: TRANSFER, leave: LEAVE, complaint: COMPLAINT } = EVENT_CODE;

/** Walk the register and return every group's state as of `asOf`, the deals met and the conflicts. */
export function walkOwnership(register: Register, grouping: Grouping, policy: OwnershipPolicy, asOf: number, chooser: DealChooser | null = null): Walk {
  const { cols, texts } = register;
  const { date, event, salesperson, team, target, designated, referrer, accompanied } = cols;
  const { groups, arrivalOfRow, groupOfArrival, arrivalOfGroup, order, posInGroup } = grouping;
  const states = new OwnershipStates(groups.length);
  const deals: DealRecord[] = [];
  const conflicts = new ConflictLog();
  const byTeam = policy.claim_by === 'team';
  const claimant = (i: number): number => (byTeam ? team[i] || salesperson[i] : salesperson[i]);
  const claims = eventFlags(policy.claim_events);
  const renews = eventFlags(policy.renew_on_contact ? policy.renew_events : []);
  const ref = (i: number): string => rowName(register, i);
  const day = formatDay;
  const name = (id: number): string => texts[id];
  const key = (g: number): string => groups[groupOfArrival[g]].key;
  /** Arrival number of the group each referrer text id names (-1 for none), found on first use. */
  const referrerGroups = new Map<number, number>();
  const firstVisitAnchors = policy.protection_from === 'first_visit';
  const cutoff = policy.report_cutoff === null ? -1 : Number(policy.report_cutoff.slice(0, 2)) * 60 + Number(policy.report_cutoff.slice(3));
  const opening = policy.opening_date === null ? null : parseDay(policy.opening_date);

  // Who owns what, for leaves and holding caps: append-only lists, checked against the group's state when read,
  // because keeping exact sets up to date on every claim costs more than the rare leave or cap check that reads them.
  const ownedBy = new Map<number, number[]>();
  const take = (g: number, d: number, i: number, how: ClaimHow, who: number, whoseTeam: number): void => {
    states.take(g, d, i, how, who, whoseTeam);
    const list = ownedBy.get(who);
    if (list) list.push(g); else ownedBy.set(who, [g]);
  };
  /** Rule 5: take the group over, remembering for the reason what it was released from (an ended owner, the pool). */
  const takeOver = (g: number, d: number, i: number, how: ClaimHow, who: number, whoseTeam: number): void => {
    const was = states.get(g, HOLDING), previous = states.get(g, OWNER);
    const until = was === OWNED ? states.protectedUntil(g, policy) : 0;
    take(g, d, i, how, who, whoseTeam);
    states.released(g, was, previous, until);
  };
  const seen = new Int32Array(groups.length);
  let stamp = 0;
  /** Groups `who` owns now, each once (the list is compacted on the way). */
  const ownedNow = (who: number): number[] => {
    stamp++;
    const live: number[] = [];
    const listed = ownedBy.get(who) ?? [];
    for (let k = 0; k < listed.length; k++) {
      const g = listed[k];
      if (seen[g] !== stamp && states.get(g, HOLDING) === OWNED && states.get(g, OWNER) === who) live.push(g);
      seen[g] = stamp;
    }
    ownedBy.set(who, live);
    return live;
  };
  const unlockedHeld = (who: number, d: number): number =>
    ownedNow(who).filter((g) => states.statusAt(g, d, policy) === 'protected').length;

  if (chooser) {
    chooser.finder.ownerOfReferrer = (id) => {
      const rg = referrerGroup(id);
      return rg >= 0 && states.get(rg, HOLDING) === OWNED ? states.get(rg, OWNER) : 0;
    };
  }
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const d = date[i];
    if (d > asOf) break; // rows are in date order
    const e = event[i];
    if (e === LEAVE) {
      const leaver = salesperson[i];
      const left = msg('owner.left', { who: name(leaver), date: day(d), row: ref(i) }); // one note for all the leaver's customers
      const owned = ownedNow(leaver);
      for (let k = 0; k < owned.length; k++) {
        states.toPool(owned[k], i);
        states.note(owned[k], left);
      }
      ownedBy.delete(leaver);
      continue;
    }
    // State is kept by arrival number (see Grouping.arrivalOfRow); `key` names the group in conflicts.
    const g = arrivalOfRow[i];
    if (g < 0 || e === PENALTY) continue; // penalties deduct commission (see penalties.ts); they do not touch ownership
    const who = claimant(i);
    const held = states.isHeld(g, d, policy);

    if (e === TRANSFER || e === COMPLAINT) {
      const to = target[i];
      if (to) {
        take(g, d, i, e === TRANSFER ? 'transfer' : 'complaint', to, byTeam ? to : team[i]);
      } else {
        states.toPool(g, i);
        states.note(g, msg('owner.complaint-to-pool', { date: day(d), row: ref(i) }));
      }
      continue;
    }
    if (e === DEPOSIT || e === DEAL) {
      const after = e === DEAL ? recordDeal(g, i, d, who, held) : null;
      if (!held) {
        takeOver(g, d, i, 'deal', who, byTeam ? who : team[i]);
      } else if (who !== states.get(g, OWNER)) {
        const holder = name(states.get(g, OWNER)), claimed = ref(states.get(g, CLAIM_ROW));
        conflicts.add('closer not owner', key(g), d, i, [claimed, ref(i)], [holder, name(who)],
          msg(e === DEAL ? 'conflict.closer-not-owner-deal' : 'conflict.closer-not-owner',
            { holder, date: untilArg(states.protectedUntil(g, policy)), row: claimed, event: EVENT_TYPES[e], by: name(who) }));
      }
      states.set(g, HAD_DEAL, 1);
      if (who === states.get(g, OWNER)) renew(g, i);
      if (e === DEAL || policy.deposit_keeps) keepUntilDeal(g, i, e);
      if (policy.lock_days > 0 && d + policy.lock_days > states.get(g, LOCK_UNTIL)) {
        states.set(g, LOCK_UNTIL, d + policy.lock_days);
        states.set(g, LOCK_ROW, i);
      }
      if (after) handOver(g, d, i, after);
      continue;
    }

    // visit, call, report, followup
    if (held) {
      if (who === states.get(g, OWNER)) {
        if (e === VISIT && firstVisitAnchors) anchorAtFirstVisit(g, i, d);
        renew(g, i);
        continue;
      }
      const c = states.get(g, CLAIM_ROW);
      const holder = name(states.get(g, OWNER));
      if (claims[e] && c >= 0 && date[c] === d && claims[event[c]] && claimant(c) !== who) {
        conflicts.add('same-day claims', key(g), d, i, [ref(c), ref(i)], [holder, name(who)],
          msg('conflict.same-day', { date: day(d), row: ref(c), holder }));
      } else if (e === REPORT) {
        conflicts.add('report on protected customer', key(g), d, i, [ref(c), ref(i)], [holder, name(who)],
          msg('conflict.report-refused', { holder, date: untilArg(states.protectedUntil(g, policy)), row: ref(c), by: name(who) }));
      }
      states.assist(g, i);
      continue;
    }
    if (!claims[e]) continue;

    if (e === REPORT && policy.report_visit_days !== null) {
      const within = policy.count_event_day ? Math.max(0, policy.report_visit_days - 1) : policy.report_visit_days;
      const outcome = judgeReport(date, event, groups[groupOfArrival[g]].rows, posInGroup[i], within, asOf, claimant, VISIT);
      if (!outcome.valid) {
        states.note(g, msg('owner.report-void', { date: day(d), row: ref(i), by: name(who), deadline: day(outcome.deadline) }));
        continue;
      }
      if ('pendingUntil' in outcome) {
        states.note(g, msg('owner.report-pending', { row: ref(i), by: name(who), date: day(outcome.pendingUntil) }));
      }
    }
    if (policy.max_owned !== null) {
      const n = unlockedHeld(who, d);
      if (n >= policy.max_owned) {
        conflicts.add('holding cap', key(g), d, i, [ref(i)], [name(who)],
          msg('conflict.holding-cap', { by: name(who), n: String(n), cap: String(policy.max_owned) }));
        states.note(g, msg('owner.claim-capped', { by: name(who), row: ref(i), cap: String(policy.max_owned) }));
        continue;
      }
    }
    claim(g, i, d);
  }
  return { states, deals, conflicts };

  /** The deal record of deal row `i` (the owner just before it, for the split), and its case when the walk chooses it. */
  function recordDeal(g: number, i: number, d: number, who: number, held: boolean): DealChoice | null {
    const holding = states.get(g, HOLDING);
    const deal: DealRecord = {
      row: i, group: groupOfArrival[g], closer: who, owner: held ? states.get(g, OWNER) : 0, ownerClaimRow: held ? states.get(g, CLAIM_ROW) : -1,
      ownerUntil: held ? states.protectedUntil(g, policy) : 0,
      status: STATUS_CODE[states.statusHeld(g, d, held)],
      recordedOwner: holding === OWNED ? states.get(g, OWNER) : 0,
      ownerSince: holding === OWNED ? states.get(g, OWNER_SINCE) : 0, chosen: null,
    };
    if (chooser) deal.chosen = chooser.choose(deal);
    deals.push(deal);
    return deal.chosen;
  }

  /** 定金保留 (deposit_keeps): a deposit keeps the customer until the deal; the deal ends that hold (and may lock on). */
  function keepUntilDeal(g: number, i: number, e: number): void {
    if (e === DEPOSIT) {
      states.set(g, LOCK_UNTIL, UNTIL_DEAL);
      states.set(g, LOCK_ROW, i);
      return;
    }
    states.set(g, EVER_DEAL, 1);
    if (states.get(g, LOCK_UNTIL) === UNTIL_DEAL) {
      states.set(g, LOCK_UNTIL, NO_LOCK);
      states.set(g, LOCK_ROW, -1);
    }
  }

  /**
   * protection_from first_visit (002 关于客户归属权 三: 自该客户来园区参观的第一天算起): the owner's first visit after
   * a report claim restarts the count.
   */
  function anchorAtFirstVisit(g: number, i: number, d: number): void {
    if (states.get(g, ANCHOR_MOVED) !== 0 || event[states.get(g, CLAIM_ROW)] !== REPORT) return;
    states.set(g, ANCHOR, d);
    states.set(g, ANCHOR_MOVED, 1);
    states.set(g, LAST_CONTACT, Math.max(states.get(g, LAST_CONTACT), d));
    states.note(g, msg('owner.anchor-first-visit', { date: day(d), row: ref(i) }));
  }

  /** A deal case's after-deal ownership (000 回笼客 3: 该组客户将转由接待人员做后续服务): hand the group over. */
  function handOver(g: number, d: number, i: number, choice: DealChoice): void {
    const to = choice.row.after === 'closer' ? claimant(i) : choice.row.after === 'designated' ? choice.context.designated : 0;
    if (!to || (to === states.get(g, OWNER) && states.get(g, HOLDING) === OWNED)) return;
    const lockUntil = states.get(g, LOCK_UNTIL), lockRow = states.get(g, LOCK_ROW);
    take(g, d, i, 'handover', to, byTeam ? to : team[i]);
    states.set(g, HAD_DEAL, 1);
    states.set(g, LOCK_UNTIL, lockUntil);
    states.set(g, LOCK_ROW, lockRow);
  }

  /** Rule 2: an owner contact of a renewing type pushes protection on from its date. */
  function renew(g: number, i: number): void {
    if (!renews[event[i]]) return;
    states.set(g, LAST_CONTACT, Math.max(states.get(g, LAST_CONTACT), date[i]));
    states.set(g, RENEW_ROW, i);
  }

  /** The group a referrer names (found once per referrer). */
  function referrerGroup(id: number): number {
    let g = referrerGroups.get(id);
    if (g === undefined) {
      const found = grouping.find(texts[id]);
      referrerGroups.set(id, (g = found >= 0 ? arrivalOfGroup[found] : -1));
    }
    return g;
  }

  /** Rule 1: the claim, honouring a designation or a referral on the group's first claim. */
  function claim(g: number, i: number, d: number): void {
    const first = states.get(g, EVER_CLAIMED) === 0;
    // 000 XX项目 5: 老业主以及由老业主介绍成交的新客户均认定为现场客户 — previous buyers are the site's, not a salesperson's.
    if (policy.previous_owners_site && (states.get(g, EVER_DEAL) === 1 || (referrer[i] && referrerBought(referrer[i], g)))) {
      states.toPool(g, i);
      const at = { event: EVENT_TYPES[event[i]], date: day(d), row: ref(i) };
      states.note(g, states.get(g, EVER_DEAL) ? msg('owner.previous-buyer', at) : msg('owner.referred-by-previous-buyer', { ...at, referrer: name(referrer[i]) }));
      return;
    }
    // designation_on later_visit (002 成交客户 一: 一个月以后，客户指明销售人员…的归原销售人员): a designation on a
    // later claim (after a release) is honoured too.
    if ((first || policy.designation_on === 'later_visit') && policy.honor_designation && designated[i]) {
      take(g, d, i, 'designated', designated[i], byTeam ? designated[i] : team[i]);
      return;
    }
    if (first && policy.honor_referral && referrer[i]) {
      const rg = referrerGroup(referrer[i]);
      const inPerson = accompanied[i] === 1 || !policy.referral_requires_accompany;
      const owned = rg >= 0 && rg !== g && states.get(rg, HOLDING) === OWNED;
      // referral_after_lapse (002 房地产 九, 达方 3 set no time limit): the old customer's owner on record counts.
      if (inPerson && owned && (states.isHeld(rg, d, policy) || policy.referral_after_lapse)) {
        takeOver(g, d, i, 'referral', states.get(rg, OWNER), states.get(rg, TEAM));
        states.set(g, VIA, referrer[i]);
        return;
      }
      const who = claimant(i);
      takeOver(g, d, i, 'claim', who, byTeam ? who : team[i]);
      states.set(g, REFUSED_ROW, i);
      states.set(g, REFUSED_WHY, !inPerson ? REFUSED_NOT_ALONG : !owned ? REFUSED_NO_OWNER : REFUSED_LAPSED);
      if (owned) {
        states.set(g, REFUSED_OWNER, states.get(rg, OWNER));
        states.set(g, REFUSED_UNTIL, states.protectedUntil(rg, policy));
      }
      return;
    }
    const who = claimant(i);
    // report_cutoff (002: 当天下午5点以前上报): a report after the cut-off time counts from the next day.
    const late = event[i] === REPORT && cutoff >= 0 && cols.minute[i] > cutoff;
    takeOver(g, late ? d + 1 : d, i, 'claim', who, byTeam ? who : team[i]);
    if (late) states.note(g, msg('owner.report-late', { row: ref(i), time: clock(cols.minute[i]), cutoff: policy.report_cutoff!, date: day(d + 1) }));
    // opening_date (000: 开盘前正式报备的，有效期至开盘当日止): a report before the opening holds until the opening day.
    if (event[i] === REPORT && opening !== null && d < opening) states.set(g, OPEN_UNTIL, opening);
  }

  /** Whether the customer a referrer names is a previous buyer (another group that has had a deal). */
  function referrerBought(id: number, g: number): boolean {
    const rg = referrerGroup(id);
    return rg >= 0 && rg !== g && states.get(rg, EVER_DEAL) === 1;
  }
}
