/**
 * One-line reasons for ownership results (SPEC §3): the rule and the rows it rests on, e.g.
 * `first visit 2026-03-01 row 2 by 李娜; renewed by followup 2026-03-10 row 4; protected until 2026-04-09`.
 */
import { formatDay } from '../dates';
import type { OwnershipPolicy } from '../policy/schema';
import type { OwnerStatus, RegisterRow } from '../types';
import { protectedUntil, type GroupState } from './state';

/** Names a register row the way results do (`8`, or `file.csv:8`). */
export type RowNamer = (index: number) => string;

function claimPhrase(s: GroupState, rows: readonly RegisterRow[], ref: RowNamer, byTeam: boolean): string {
  const r = rows[s.claimRow];
  const at = `${formatDay(r.date)} row ${ref(s.claimRow)}`;
  const by = byTeam && r.salesperson && r.salesperson !== s.owner ? `${s.owner} (salesperson ${r.salesperson})` : r.salesperson;
  switch (s.claimHow) {
    case 'designated':
      return `first ${r.event} ${at} by ${r.salesperson}, designated ${s.owner} (指定接待)`;
    case 'referral':
      return `first ${r.event} ${at} by ${r.salesperson}, referred by ${s.via}${r.accompanied ? ' in person' : ''} whose owner is ${s.owner} (老带新)`;
    case 'deal':
      return `${r.event} ${at} by ${by} claims the ${s.after ? 'released' : 'unowned'} customer`;
    case 'transfer':
      return `transfer ${at} to ${s.owner} (manager's decision)`;
    case 'complaint':
      return `complaint ${at}: reassigned to ${s.owner}`;
    case 'claim':
      return `${s.after ? '' : 'first '}${r.event} ${at} by ${by}`;
  }
}

/** The reason behind one group's ownership result on the as-of date. */
export function ownerReason(
  s: GroupState, status: OwnerStatus, rows: readonly RegisterRow[], ref: RowNamer, policy: OwnershipPolicy,
): string {
  const parts: string[] = [];
  if (s.holding === 'none') {
    parts.push(`no claim yet (claim events: ${policy.claim_events.join(', ')})`);
  } else if (s.holding === 'pool') {
    parts.push(`in the pool since ${formatDay(rows[s.poolRow].date)} row ${ref(s.poolRow)}: claimable by the next claim`);
  } else {
    parts.push(s.after ? `${claimPhrase(s, rows, ref, policy.claim_by === 'team')} ${s.after}` : claimPhrase(s, rows, ref, policy.claim_by === 'team'));
    if (s.renewRow >= 0) {
      const r = rows[s.renewRow];
      parts.push(`renewed by ${r.event} ${formatDay(r.date)} row ${ref(s.renewRow)}`);
    }
    if (s.assistCount > 0) {
      const named = s.assists.map((i) => `${rows[i].salesperson} row ${ref(i)}`).join(', ');
      const more = s.assistCount - s.assists.length;
      parts.push(`assists (义务接待): ${named}${more > 0 ? ` and ${more} more` : ''}`);
    }
    if (s.lockRow >= 0 && s.lockUntil >= s.ownerSince) {
      const r = rows[s.lockRow];
      parts.push(`${r.event} ${formatDay(r.date)} row ${ref(s.lockRow)} by ${r.salesperson} locks it for ${policy.lock_days} days`);
    }
    const until = formatDay(protectedUntil(s, policy));
    if (status === 'locked') parts.push(`locked until ${until}`);
    else if (status === 'protected') parts.push(`protected until ${until}`);
    else parts.push(`protection ended ${until}: claimable`);
  }
  parts.push(...s.notes);
  return parts.join('; ');
}
