/**
 * Engine benchmark (in memory): 1,000,000 events over 250,000 customer groups, ownership as of a date plus splits
 * for every deal, under the realestate preset and under realestate with a ten-row deal-case table (history facts,
 * the referrer's owner, a hand-over after the deal). Target on a 2-core machine: ≥ 500,000 events/s and < 1 GB
 * peak RSS for each.
 *
 *   npx tsx bench/engine.bench.ts [rows] [groups]
 */
import { RegisterBuilder, evaluate, ownershipPreset, validatePolicy, type EngineResult, type OwnershipPolicy } from '../engine/core';
import { SYNTHETIC_HEADER, syntheticRows } from './synthetic';

const rows = Number(process.argv[2] ?? 1_000_000);
const groups = Number(process.argv[3] ?? 250_000);
const mb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** Stream generated rows straight into the register builder, as the batch readers do: no 2D table is held. */
function load(): { register: ReturnType<RegisterBuilder['finish']>; parseMs: number } {
  const builder = new RegisterBuilder();
  builder.beginTable([...SYNTHETIC_HEADER], 1);
  let row = 2;
  let parseMs = 0;
  for (const cells of syntheticRows({ rows, groups, seed: 42 })) {
    const start = performance.now();
    builder.addRow(cells, row++);
    parseMs += performance.now() - start;
  }
  return { register: builder.finish(), parseMs };
}
/** Characters of every field of every owner, split line and conflict: what a writer reads (reasons included). */
function readAll(result: EngineResult): number {
  let chars = 0;
  const { owners, splits, conflicts } = result;
  for (let i = 0; i < owners.length; i++) {
    const o = owners[i];
    chars += o.customerKey.length + o.customer.length + o.phone.length + o.household.length + o.owner.length +
      o.team.length + o.status.length + o.ownerSince.length + o.protectedUntil.length + o.reason.length;
  }
  for (let i = 0; i < splits.length; i++) {
    const s = splits[i];
    chars += s.dealRow.length + s.dealDate.length + s.customerKey.length + s.amount.length + s.commission.length +
      s.party.length + s.role.length + s.creditShare.length + s.creditAmount.length + s.commissionAmount.length + s.reason.length;
  }
  for (let i = 0; i < conflicts.length; i++) {
    const c = conflicts[i];
    chars += c.customerKey.length + c.date.length + c.rows.length + c.salespeople.length + c.kind.length + c.decision.length;
  }
  return chars;
}

/** A deal-case table of ten rows, testing most facts, as a regulation written out in full would be. */
const TEN_CASES = [
  { when: { company: 'new' }, credit: { closer: 100 }, commission: { pool: 30, closer: 70 } },
  { when: { introduced: 'before_registration' }, credit: { closer: 100 }, commission: { introducer: 30, closer: 70 } },
  { when: { owner_absent: 'yes', closer_is_owner: 'no' }, credit: { owner: 100 } },
  { when: { recognised: 'yes', days_since_claim: '<=30', closer_is_owner: 'no' }, credit: { closer: 100 }, commission: { owner: 50, closer: 50 }, after: 'closer' as const },
  { when: { same_day_as_assist: 'yes', closer_is_owner: 'no', owner_status: 'protected' }, credit: { owner: 50, closer: 50 } },
  { when: { designated: '"first_visit","later_visit"', closer_is_owner: 'no' }, credit: { closer: 100 }, commission: { designated: 50, closer: 50 } },
  { when: { referral: 'accompanied', closer_is_owner: 'no' }, credit: { closer: 100 }, commission: { referrer_owner: 50, closer: 50 } },
  { when: { household_receivers: 'yes' }, credit: { owner: 100 }, commission: { owner: 50, closer: 50 } },
  { when: { closer_is_owner: 'no', owner_status: '"protected","locked"', days_since_first: '<=90' }, credit: { closer: 100 }, commission: { owner: 50, closer: 50 } },
  { credit: { closer: 100 } },
];

const { register, parseMs } = load();
const POLICIES: [string, OwnershipPolicy][] = [
  ['realestate', ownershipPreset('realestate')],
  ['realestate + ten-row deal-case table', validatePolicy({ ...ownershipPreset('realestate'), company_teams: ['一组'], deal_cases: TEN_CASES }, 'bench')],
];
const ROUNDS = 5;
let policy = POLICIES[0][1];

let result: EngineResult | null = null; // the last round's: one result held at a time
let chars = 0;
const evaluateTimes: number[] = [];
/** One evaluation, with every answer read as a writer would (owner reasons are composed when read); its ms. */
function round(): number {
  result = null; // the previous round's result is garbage before this one starts
  const t = performance.now();
  result = evaluate(register, policy);
  evaluateTimes.push(performance.now() - t);
  chars = readAll(result);
  return performance.now() - t;
}

const medianOf = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const events = register.size;
const rate = (ms: number): string => `${Math.round(events / (ms / 1000)).toLocaleString('en')} events/s`;
console.log(`  rows → register: ${parseMs.toFixed(0)} ms (${Math.round(events / (parseMs / 1000)).toLocaleString('en')} rows/s)`);
for (const [label, p] of POLICIES) {
  policy = p;
  evaluateTimes.length = 0;
  report(label);
}
console.log(`  peak RSS: ${mb()} MB (register, engine and results; rows are generated as they are read)`);

/** Rounds under the current policy, and their figures. */
function report(label: string): void {
  // The first round is what a one-off batch sees (code not yet optimised); the median of the rounds is the figure,
  // since this machine's speed drifts by ±15 % from minute to minute.
  const times = Array.from({ length: ROUNDS }, round);
  const median = medianOf(times);
  const last = result!;
  console.log(`engine, ${label}: ${events.toLocaleString('en')} events, ${last.owners.length.toLocaleString('en')} groups, ` +
    `${last.splits.length.toLocaleString('en')} split lines, ${last.conflicts.length.toLocaleString('en')} conflicts, ` +
    `${register.exceptions.length.toLocaleString('en')} exceptions`);
  console.log(`  evaluate (group + own + split) and read every result (${(chars / 1e6).toFixed(1)}M characters), ${ROUNDS} rounds:`);
  console.log(`    first ${times[0].toFixed(0)} ms (${rate(times[0])}); median ${median.toFixed(0)} ms (${rate(median)}); ` +
    `all: ${times.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  console.log(`    of which evaluate() alone (owners without their reasons composed yet, splits, conflicts): median ` +
    `${medianOf(evaluateTimes).toFixed(0)} ms (${rate(medianOf(evaluateTimes))})`);
  console.log(`  parse + evaluate (first round): ${rate(parseMs + times[0])}`);
}
