/**
 * evaluate(): one register, one policy, one as-of date → owners, splits and conflicts (SPEC §3, §4). The add-in
 * and the batch runner both call this, which is why they always agree.
 */
import { formatDay } from './dates';
import { msg } from './messages/message';
import type { EngineResult, EvaluateOptions } from './engine';
import { groupCustomers } from './grouping';
import { OwnerRecord, type ReasonSource } from './owner/result';
import { HOLDING, NO_END, OWNED, OWNER, OWNER_SINCE, TEAM } from './owner/state';
import { eventFlags, walkOwnership } from './owner/walk';
import type { OwnershipPolicy } from './policy/schema';
import { rowName } from './register';
import { compileCaseTable } from './split/case-table';
import { DealFactFinder } from './split/deal-facts';
import { chooseDeal, splitDeals } from './split/deal-split';
import type { OwnerResult, Register } from './types';

/** The Protected Until cell: the date, or blank when the regulation states no period (the reason says so). */
function protectedUntilCell(day: number): string {
  return day >= NO_END ? '' : formatDay(day);
}

/** The register's latest event date, the default as-of date (deterministic, unlike "today"). */
export function latestDay(register: Register): number | null {
  const { date } = register.cols;
  if (register.size === 0) return null;
  let max = date[0];
  for (let i = 1; i < register.size; i++) if (date[i] > max) max = date[i];
  return max;
}

/** Evaluate ownership, splits and conflicts of a register under a policy as of a date. */
export function evaluate(register: Register, policy: OwnershipPolicy, options: EvaluateOptions = {}): EngineResult {
  const asOf = options.asOf ?? latestDay(register) ?? 0;
  const grouping = groupCustomers(register, { household: policy.household_grouping });
  // The deal-case table is compiled once; the walk chooses cases itself only when a case changes ownership.
  const table = compileCaseTable(policy);
  // The walk chooses cases itself when a case changes ownership or pays the referrer's owner of that day.
  const finder = new DealFactFinder(register, grouping, policy, table, eventFlags(policy.claim_events));
  const inWalk = table.changesOwnership || table.roles.has('referrer_owner');
  const walk = walkOwnership(register, grouping, policy, asOf, inWalk ? { choose: (deal) => chooseDeal(table, finder, deal), finder } : null);
  const { cols, texts } = register;

  for (const a of grouping.ambiguities) {
    const d = cols.date[a.row];
    if (d > asOf) continue;
    walk.conflicts.add('masked phone ambiguous', grouping.groups[grouping.groupOfRow[a.row]].key, d, a.row, [rowName(register, a.row)],
      [texts[cols.salesperson[a.row]]], msg('conflict.masked-phone', { mask: a.mask, candidates: a.candidates.join(' or ') }));
  }

  const s = walk.states;
  const source: ReasonSource = { states: s, register, policy };
  const owners: OwnerResult[] = grouping.groups.map((g, id) => {
    const a = grouping.arrivalOfGroup[id]; // the walk's numbering
    const status = s.statusAt(a, asOf, policy);
    if (s.get(a, HOLDING) !== OWNED) return new OwnerRecord(g.key, g.customer, g.phone, g.household, '', '', status, '', '', source, a);
    return new OwnerRecord(g.key, g.customer, g.phone, g.household, texts[s.get(a, OWNER)], texts[s.get(a, TEAM)], status,
      formatDay(s.get(a, OWNER_SINCE)), protectedUntilCell(s.protectedUntil(a, policy)), source, a);
  });

  return {
    asOf,
    policy,
    grouping,
    owners,
    splits: splitDeals(walk, register, grouping, policy, table, finder, asOf),
    conflicts: walk.conflicts.results(),
    ownerOf(customer: string): OwnerResult | null {
      const g = grouping.find(customer);
      return g >= 0 ? owners[g] : null;
    },
  };
}
