/**
 * One-line reasons for ownership results (SPEC §3): the rule and the rows it rests on, e.g.
 * `first visit 2026-03-01 row 2 by 李娜; renewed by followup 2026-03-10 row 4; protected until 2026-04-09`.
 */
import { formatDay } from '../dates';
import type { OwnershipPolicy } from '../policy/schema';
import { rowName } from '../register';
import { EVENT_TYPES, type OwnerStatus, type Register } from '../types';
import {
  AFTER_HOLDING, AFTER_OWNER, AFTER_UNTIL, ASSIST_COUNT, CLAIM_ROW, HOLDING, LOCK_ROW, LOCK_UNTIL, NONE, OWNED, OWNER, OWNER_SINCE,
  POOL, POOL_ROW, REFUSED_NO_OWNER, REFUSED_NOT_ALONG, REFUSED_OWNER, REFUSED_ROW, REFUSED_UNTIL, REFUSED_WHY, RENEW_ROW, VIA,
  type OwnershipStates,
} from './state';

/** `2026-03-01 row 2`: a row's date and name. */
function dated(register: Register, i: number): string {
  return `${formatDay(register.cols.date[i])} row ${rowName(register, i)}`;
}

/** Rule 5: what the owner took the group over from (`after 赵敏's protection ended 2026-02-04`), or ''. */
function releasedPhrase(s: OwnershipStates, g: number, texts: readonly string[]): string {
  const was = s.get(g, AFTER_HOLDING);
  if (was === OWNED) return `after ${texts[s.get(g, AFTER_OWNER)]}'s protection ended ${formatDay(s.get(g, AFTER_UNTIL))}`;
  return was === POOL ? 'from the pool' : '';
}

function claimPhrase(s: OwnershipStates, g: number, register: Register, byTeam: boolean): string {
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

/** Why the referrer named on the claim row was not honoured (`referrer 张伟 named on row 6 not honoured: …`). */
function refusedReferral(s: OwnershipStates, g: number, register: Register): string {
  const i = s.get(g, REFUSED_ROW);
  const who = register.texts[register.cols.referrer[i]];
  const why = s.get(g, REFUSED_WHY);
  const because = why === REFUSED_NOT_ALONG ? `${who} did not come along (referral_requires_accompany)`
    : why === REFUSED_NO_OWNER ? `${who} has no owner on the register`
      : `${who}'s owner ${register.texts[s.get(g, REFUSED_OWNER)]} was protected only until ${formatDay(s.get(g, REFUSED_UNTIL))} (referral_after_lapse is off)`;
  return `referrer ${who} named on row ${rowName(register, i)} not honoured: ${because}`;
}

/** The reason behind group `g`'s ownership result on the as-of date. */
export function ownerReason(s: OwnershipStates, g: number, status: OwnerStatus, register: Register, policy: OwnershipPolicy): string {
  const { cols, texts } = register;
  // Plain concatenation: a quarter of a million reasons are built per run, and part lists cost more than they say.
  let reason: string;
  const holding = s.get(g, HOLDING);
  if (holding === NONE) {
    reason = `no claim yet (claim events: ${policy.claim_events.join(', ')})`;
  } else if (holding === POOL) {
    reason = `in the pool since ${dated(register, s.get(g, POOL_ROW))}: claimable by the next claim`;
  } else {
    reason = claimPhrase(s, g, register, policy.claim_by === 'team');
    if (s.get(g, AFTER_HOLDING) !== NONE) reason += ` ${releasedPhrase(s, g, texts)}`;
    if (s.get(g, REFUSED_ROW) >= 0) reason += `; ${refusedReferral(s, g, register)}`;
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
    if (lockRow >= 0 && s.get(g, LOCK_UNTIL) >= s.get(g, OWNER_SINCE)) {
      reason += `; ${EVENT_TYPES[cols.event[lockRow]]} ${dated(register, lockRow)} by ${texts[cols.salesperson[lockRow]]} locks it for ${policy.lock_days} days`;
    }
    const until = formatDay(s.protectedUntil(g, policy));
    if (status === 'locked') reason += `; locked until ${until}`;
    else if (status === 'protected') reason += `; protected until ${until}`;
    else reason += `; protection ended ${until}: claimable`;
  }
  return reason + s.notesTail(g);
}
