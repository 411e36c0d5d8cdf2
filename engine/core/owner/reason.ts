/**
 * One-line reasons for ownership results (SPEC §3): the rule and the rows it rests on, e.g.
 * `first visit 2026-03-01 row 2 by 李娜; renewed by followup 2026-03-10 row 4; protected until 2026-04-09`.
 */
import { formatDay } from '../dates';
import type { OwnershipPolicy } from '../policy/schema';
import { rowName } from '../register';
import '../messages/owner';
import { msg, render, type Message } from '../messages';
import { EVENT_TYPES, type OwnerStatus, type Register } from '../types';
import {
  AFTER_HOLDING, AFTER_OWNER, AFTER_UNTIL, ASSIST_COUNT, CLAIM_ROW, HOLDING, LOCK_ROW, LOCK_UNTIL, NONE, OWNED, OWNER, OWNER_SINCE,
  POOL, POOL_ROW, REFUSED_NO_OWNER, REFUSED_NOT_ALONG, REFUSED_OWNER, REFUSED_ROW, REFUSED_UNTIL, REFUSED_WHY, RENEW_ROW, UNTIL_DEAL, VIA,
  type OwnershipStates,
  untilArg, untilText,
} from './state';

/** Rule 5: what the owner took the group over from (` after 赵敏's protection ended 2026-02-04`), or ''. */
function releasedPhrase(s: OwnershipStates, g: number, texts: readonly string[]): Message | '' {
  const was = s.get(g, AFTER_HOLDING);
  if (was === OWNED) return msg('owner.released-after', { owner: texts[s.get(g, AFTER_OWNER)], date: formatDay(s.get(g, AFTER_UNTIL)) });
  return was === POOL ? msg('owner.released-from-pool') : '';
}

/** How the owner came to own the group: the first clause of the reason. */
function claimClause(s: OwnershipStates, g: number, register: Register, byTeam: boolean): Message {
  const { cols, texts } = register;
  const i = s.get(g, CLAIM_ROW);
  // Literal argument objects of one shape each (no spreads): a quarter of a million reasons are composed per run.
  const event = EVENT_TYPES[cols.event[i]], date = formatDay(cols.date[i]), row = rowName(register, i);
  const salesperson = texts[cols.salesperson[i]];
  const owner = texts[s.get(g, OWNER)];
  const by = byTeam && salesperson && salesperson !== owner ? msg('owner.team-claimant', { team: owner, salesperson }) : salesperson;
  const after = s.get(g, AFTER_HOLDING) !== NONE;
  const released = releasedPhrase(s, g, texts);
  switch (s.howOf(g)) {
    case 'designated':
      return msg('owner.designated', { event, date, row, by: salesperson, owner, released });
    case 'referral':
      return msg(cols.accompanied[i] ? 'owner.referral-in-person' : 'owner.referral', { event, date, row, by: salesperson, referrer: texts[s.get(g, VIA)], owner, released });
    case 'deal':
      return msg(after ? 'owner.deal-claims-released' : 'owner.deal-claims-unowned', { event, date, row, by, released });
    case 'transfer':
      return msg('owner.transfer', { event, date, row, owner, released });
    case 'complaint':
      return msg('owner.complaint', { event, date, row, owner, released });
    case 'handover':
      return msg('owner.handover', { event, date, row, by: salesperson, owner, released });
    case 'claim':
      return msg(after ? 'owner.claim' : 'owner.first-claim', { event, date, row, by, released });
  }
}

/** Why the referrer named on the claim row was not honoured (`referrer 张伟 named on row 6 not honoured: …`). */
function refusedReferral(s: OwnershipStates, g: number, register: Register): Message {
  const i = s.get(g, REFUSED_ROW);
  const args = { referrer: register.texts[register.cols.referrer[i]], row: rowName(register, i) };
  const why = s.get(g, REFUSED_WHY);
  if (why === REFUSED_NOT_ALONG) return msg('owner.referral-not-along', args);
  if (why === REFUSED_NO_OWNER) return msg('owner.referral-no-owner', args);
  return msg('owner.referral-lapsed', { ...args, owner: register.texts[s.get(g, REFUSED_OWNER)], date: formatDay(s.get(g, REFUSED_UNTIL)) });
}

/** The assists clause: the first few assisting salespeople with their rows, and how many more. */
function assistsClause(s: OwnershipStates, g: number, register: Register): Message {
  const listed = s.assists.get(g) ?? [];
  const n = s.get(g, ASSIST_COUNT) - listed.length;
  const more = n > 0 ? msg('owner.and-more', { n: String(n) }) : '';
  const who = (k: number): string => register.texts[register.cols.salesperson[listed[k]]];
  const at = (k: number): string => rowName(register, listed[k]);
  if (listed.length === 1) return msg('owner.assists-1', { a: who(0), ra: at(0), more });
  if (listed.length === 2) return msg('owner.assists-2', { a: who(0), ra: at(0), b: who(1), rb: at(1), more });
  return msg('owner.assists-3', { a: who(0), ra: at(0), b: who(1), rb: at(1), c: who(2), rc: at(2), more });
}

/** The reason behind group `g`'s ownership result on the as-of date, as clauses (messages). */
export function ownerReasonMessages(s: OwnershipStates, g: number, status: OwnerStatus, register: Register, policy: OwnershipPolicy): Message[] {
  const { cols, texts } = register;
  const out: Message[] = [];
  const holding = s.get(g, HOLDING);
  if (holding === NONE) {
    out.push(msg('owner.no-claim', { events: policy.claim_events.join(', ') }));
  } else if (holding === POOL) {
    const i = s.get(g, POOL_ROW);
    out.push(msg('owner.in-pool', { date: formatDay(cols.date[i]), row: rowName(register, i) }));
  } else {
    out.push(claimClause(s, g, register, policy.claim_by === 'team'));
    if (s.get(g, REFUSED_ROW) >= 0) out.push(refusedReferral(s, g, register));
    const renewRow = s.get(g, RENEW_ROW);
    if (renewRow >= 0) out.push(msg('owner.renewed', { event: EVENT_TYPES[cols.event[renewRow]], date: formatDay(cols.date[renewRow]), row: rowName(register, renewRow) }));
    if (s.get(g, ASSIST_COUNT) > 0) out.push(assistsClause(s, g, register));
    const lockRow = s.get(g, LOCK_ROW);
    const keeps = s.get(g, LOCK_UNTIL) === UNTIL_DEAL;
    if (lockRow >= 0 && s.get(g, LOCK_UNTIL) >= s.get(g, OWNER_SINCE)) {
      const at = { event: EVENT_TYPES[cols.event[lockRow]], date: formatDay(cols.date[lockRow]), row: rowName(register, lockRow), by: texts[cols.salesperson[lockRow]] };
      out.push(keeps ? msg('owner.deposit-keeps', at) : msg('owner.locks', { ...at, days: String(policy.lock_days) }));
    }
    const date = untilArg(s.protectedUntil(g, policy));
    if (status === 'locked') out.push(keeps ? msg('owner.locked-until-deal') : msg('owner.locked-until', { date }));
    else if (status === 'protected') out.push(msg('owner.protected-until', { date }));
    else out.push(msg('owner.protection-ended', { date }));
  }
  s.notesInto(g, out);
  return out;
}

/** `2026-03-01 row 2`: a row's date and name. */
function dated(register: Register, i: number): string {
  return `${formatDay(register.cols.date[i])} row ${rowName(register, i)}`;
}

/**
 * The reason in English (the Owners sheet's Reason text): the same clauses as ownerReasonMessages rendered in
 * English, composed by plain concatenation. A quarter of a million reasons are read per run, and composing them
 * as messages first costs nearly three times as much; the tests hold the two to the same text on every preset.
 */
export function ownerReason(s: OwnershipStates, g: number, status: OwnerStatus, register: Register, policy: OwnershipPolicy): string {
  const { cols, texts } = register;
  let reason: string;
  const holding = s.get(g, HOLDING);
  if (holding === NONE) {
    reason = `no claim yet (claim events: ${policy.claim_events.join(', ')})`;
  } else if (holding === POOL) {
    reason = `in the pool since ${dated(register, s.get(g, POOL_ROW))}: claimable by the next claim`;
  } else {
    reason = claimText(s, g, register, policy.claim_by === 'team');
    const was = s.get(g, AFTER_HOLDING);
    if (was === OWNED) reason += ` after ${texts[s.get(g, AFTER_OWNER)]}'s protection ended ${formatDay(s.get(g, AFTER_UNTIL))}`;
    else if (was === POOL) reason += ' from the pool';
    if (s.get(g, REFUSED_ROW) >= 0) reason += `; ${render(refusedReferral(s, g, register), 'en')}`;
    const renewRow = s.get(g, RENEW_ROW);
    if (renewRow >= 0) reason += `; renewed by ${EVENT_TYPES[cols.event[renewRow]]} ${dated(register, renewRow)}`;
    const assists = s.get(g, ASSIST_COUNT);
    if (assists > 0) {
      const listed = s.assists.get(g) ?? [];
      let named = '';
      for (let k = 0; k < listed.length; k++) named += `${k > 0 ? ', ' : ''}${texts[cols.salesperson[listed[k]]]} row ${rowName(register, listed[k])}`;
      const more = assists - listed.length;
      reason += `; assists (义务接待): ${named}${more > 0 ? ` and ${more} more` : ''}`;
    }
    const lockRow = s.get(g, LOCK_ROW);
    const keeps = s.get(g, LOCK_UNTIL) === UNTIL_DEAL;
    if (lockRow >= 0 && s.get(g, LOCK_UNTIL) >= s.get(g, OWNER_SINCE)) {
      reason += `; ${EVENT_TYPES[cols.event[lockRow]]} ${dated(register, lockRow)} by ${texts[cols.salesperson[lockRow]]} ` +
        (keeps ? 'keeps it until the deal (定金保留)' : `locks it for ${policy.lock_days} days`);
    }
    const until = untilText(s.protectedUntil(g, policy));
    if (status === 'locked') reason += keeps ? '; locked until the deal' : `; locked until ${until}`;
    else if (status === 'protected') reason += `; protected until ${until}`;
    else reason += `; protection ended ${until}: claimable`;
  }
  return reason + s.notesTail(g);
}

/** The claim clause in English (see claimClause). */
function claimText(s: OwnershipStates, g: number, register: Register, byTeam: boolean): string {
  const { cols, texts } = register;
  const i = s.get(g, CLAIM_ROW);
  const at = dated(register, i);
  const event = EVENT_TYPES[cols.event[i]];
  const salesperson = texts[cols.salesperson[i]];
  const owner = texts[s.get(g, OWNER)];
  const by = byTeam && salesperson && salesperson !== owner ? `${owner} (salesperson ${salesperson})` : salesperson;
  const after = s.get(g, AFTER_HOLDING) !== NONE;
  switch (s.howOf(g)) {
    case 'designated':
      return `first ${event} ${at} by ${salesperson}, designated ${owner} (指定接待)`;
    case 'referral':
      return `first ${event} ${at} by ${salesperson}, referred by ${texts[s.get(g, VIA)]}${cols.accompanied[i] ? ' in person' : ''} whose owner is ${owner} (老带新)`;
    case 'deal':
      return `${event} ${at} by ${by} claims the ${after ? 'released' : 'unowned'} customer`;
    case 'transfer':
      return `transfer ${at} to ${owner} (manager's decision)`;
    case 'complaint':
      return `complaint ${at}: reassigned to ${owner}`;
    case 'handover':
      return `deal ${at} by ${salesperson} hands the customer to ${owner} (deal case)`;
    case 'claim':
      return `${after ? '' : 'first '}${event} ${at} by ${by}`;
  }
}
