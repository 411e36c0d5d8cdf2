/**
 * evaluate(): one register, one policy, one as-of date → owners, splits and conflicts (SPEC §3, §4). The add-in
 * and the batch runner both call this, which is why they always agree.
 */
import { formatDay } from './dates';
import type { EngineResult, EvaluateOptions } from './engine';
import { groupCustomers } from './grouping';
import { ownerReason } from './owner/reason';
import { protectedUntil, statusAt } from './owner/state';
import { walkOwnership } from './owner/walk';
import type { OwnershipPolicy } from './policy/schema';
import { rowRef } from './register';
import { splitDeals } from './split/deal-split';
import type { OwnerResult, Register } from './types';

/** The register's latest event date, the default as-of date (deterministic, unlike "today"). */
export function latestDay(register: Register): number | null {
  let max: number | null = null;
  for (const r of register.rows) if (max === null || r.date > max) max = r.date;
  return max;
}

/** Evaluate ownership, splits and conflicts of a register under a policy as of a date. */
export function evaluate(register: Register, policy: OwnershipPolicy, options: EvaluateOptions = {}): EngineResult {
  const asOf = options.asOf ?? latestDay(register) ?? 0;
  const grouping = groupCustomers(register, { household: policy.household_grouping });
  const walk = walkOwnership(register, grouping, policy, asOf);
  const { rows } = register;
  const ref = (i: number): string => rowRef(rows[i], register);

  for (const a of grouping.ambiguities) {
    const r = rows[a.row];
    if (r.date > asOf) continue;
    walk.conflicts.add('masked phone ambiguous', grouping.groups[grouping.groupOfRow[a.row]].key, r.date, r.seq, [ref(a.row)],
      [r.salesperson], `${a.mask} could be ${a.candidates.join(' or ')}; it matches neither and stays a customer of its own`);
  }

  const owners: OwnerResult[] = grouping.groups.map((g, id) => {
    const s = walk.states[id];
    const status = statusAt(s, asOf, policy);
    const owned = s.holding === 'owned';
    return {
      customerKey: g.key,
      customer: g.names.join('、'),
      phone: g.phones.join('、'),
      household: g.household,
      owner: owned ? s.owner : '',
      team: owned ? s.team : '',
      status,
      ownerSince: owned ? formatDay(s.ownerSince) : '',
      protectedUntil: owned ? formatDay(protectedUntil(s, policy)) : '',
      reason: ownerReason(s, status, rows, ref, policy),
    };
  });

  return {
    asOf,
    policy,
    grouping,
    owners,
    splits: splitDeals(walk, rows, grouping, policy, ref),
    conflicts: walk.conflicts.results(),
    ownerOf(customer: string): OwnerResult | null {
      const g = grouping.find(customer);
      return g >= 0 ? owners[g] : null;
    },
  };
}
