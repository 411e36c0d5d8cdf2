/**
 * Engine benchmark (in memory): 1,000,000 events over 250,000 customer groups, ownership as of a date plus splits
 * for every deal. Target on a 2-core machine: ≥ 500,000 events/s and < 1 GB peak RSS.
 *
 *   npx tsx bench/engine.bench.ts [rows] [groups]
 */
import { evaluate, ownershipPreset, parseRegister } from '../engine/core';
import { syntheticTable } from './synthetic';

const rows = Number(process.argv[2] ?? 1_000_000);
const groups = Number(process.argv[3] ?? 250_000);
const mb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** Generate and parse in a scope of their own, so the 2D table is garbage before the engine runs, as in a streamed batch. */
function load(): { register: ReturnType<typeof parseRegister>; parseMs: number } {
  const table = syntheticTable({ rows, groups, seed: 42 });
  const start = performance.now();
  const parsed = parseRegister(table);
  return { register: parsed, parseMs: performance.now() - start };
}
const { register, parseMs } = load();
let t: number;

const policy = ownershipPreset('realestate');
t = performance.now();
const result = evaluate(register, policy);
const evalMs = performance.now() - t;

const events = register.rows.length;
console.log(`engine: ${events.toLocaleString('en')} events, ${result.owners.length.toLocaleString('en')} groups, ` +
  `${result.splits.length.toLocaleString('en')} split lines, ${result.conflicts.length.toLocaleString('en')} conflicts, ` +
  `${register.exceptions.length.toLocaleString('en')} exceptions`);
console.log(`  parse 2D table → register: ${parseMs.toFixed(0)} ms (${Math.round(events / (parseMs / 1000)).toLocaleString('en')} rows/s)`);
console.log(`  evaluate (group + own + split): ${evalMs.toFixed(0)} ms (${Math.round(events / (evalMs / 1000)).toLocaleString('en')} events/s)`);
console.log(`  parse + evaluate: ${Math.round(events / ((parseMs + evalMs) / 1000)).toLocaleString('en')} events/s`);
console.log(`  peak RSS: ${mb()} MB (includes generating the 2D table)`);
