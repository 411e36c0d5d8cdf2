/**
 * Engine benchmark (in memory): 1,000,000 events over 250,000 customer groups, ownership as of a date plus splits
 * for every deal. Target on a 2-core machine: ≥ 500,000 events/s and < 1 GB peak RSS.
 *
 *   npx tsx bench/engine.bench.ts [rows] [groups]
 */
import { RegisterBuilder, evaluate, ownershipPreset } from '../engine/core';
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
/** Characters of every owner reason, split line and conflict decision: what a writer reads. */
function readAll(result: ReturnType<typeof evaluate>): number {
  let chars = 0;
  const { owners, splits, conflicts } = result;
  for (let i = 0; i < owners.length; i++) chars += owners[i].reason.length + owners[i].owner.length + owners[i].protectedUntil.length;
  for (let i = 0; i < splits.length; i++) chars += splits[i].reason.length + splits[i].creditAmount.length + splits[i].commissionAmount.length;
  for (let i = 0; i < conflicts.length; i++) chars += conflicts[i].decision.length;
  return chars;
}

const { register, parseMs } = load();
let t: number;

const policy = ownershipPreset('realestate');
t = performance.now();
const result = evaluate(register, policy);
// Read every answer as a writer would (owner reasons are composed when read), so nothing is left undone.
const chars = readAll(result);
const evalMs = performance.now() - t;

const events = register.size;
console.log(`engine: ${events.toLocaleString('en')} events, ${result.owners.length.toLocaleString('en')} groups, ` +
  `${result.splits.length.toLocaleString('en')} split lines, ${result.conflicts.length.toLocaleString('en')} conflicts, ` +
  `${register.exceptions.length.toLocaleString('en')} exceptions`);
console.log(`  rows → register: ${parseMs.toFixed(0)} ms (${Math.round(events / (parseMs / 1000)).toLocaleString('en')} rows/s)`);
console.log(`  evaluate (group + own + split) and read every result (${(chars / 1e6).toFixed(1)}M characters): ${evalMs.toFixed(0)} ms (${Math.round(events / (evalMs / 1000)).toLocaleString('en')} events/s)`);
console.log(`  parse + evaluate: ${Math.round(events / ((parseMs + evalMs) / 1000)).toLocaleString('en')} events/s`);
console.log(`  peak RSS: ${mb()} MB (register, engine and results; rows are generated as they are read)`);
