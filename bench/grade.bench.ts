/**
 * GRADE throughput: one million customers graded by a 10-row decision table and by a quota policy (rank bands
 * plus a cap). Prints customers/second, wall time and peak RSS.
 *
 *   npx tsx bench/grade.bench.ts [customers]
 */
import { gradeCustomers, gradeOne, gradePolicyFromObject, type CustomerInput } from '../engine/core/grade';

const N = Number(process.argv[2] ?? 1_000_000);

/** A deterministic pseudo-random sequence, so every run grades the same customers. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const rnd = lcg(42);
const customers: CustomerInput[] = new Array(N);
for (let i = 0; i < N; i++) {
  customers[i] = {
    key: `1${String(3800000000 + i).padStart(10, '0')}`,
    name: '',
    metrics: { avg_assets: Math.round(rnd() * 8_000_000_00) / 100, net_commission: Math.round(rnd() * 80_000_00) / 100 },
  };
}

const table = gradePolicyFromObject({
  name: 'bench-10-rows',
  table: [
    ['avg_assets', 'net_commission', 'grade'],
    ['>7000000', '-', 'S'],
    ['>5000000', '-', 'VIP'],
    ['-', '>=50000', 'VIP'],
    ['-', '[30000..50000)', 'A1'],
    ['-', '[10000..30000)', 'A2'],
    ['[2000000..5000000]', '<10000', 'B1'],
    ['[500000..2000000)', '<10000', 'B2'],
    ['[200000..500000)', '<10000', 'C'],
    ['<200000', '[5000..10000)', 'C'],
    ['-', '-', 'D'],
  ],
}, 'bench');
const quota = gradePolicyFromObject({
  name: 'bench-quota', metric: 'avg_assets', bands: { A: 10, B: 40, C: 'rest' }, caps: { A: 5 },
}, 'bench');

function run(label: string, fn: () => number): void {
  const t0 = process.hrtime.bigint();
  const count = fn();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`${label.padEnd(36)} ${count.toLocaleString('en-US')} customers in ${seconds.toFixed(3)} s = ${Math.round(count / seconds).toLocaleString('en-US')} customers/s; peak RSS ${rssMb.toFixed(0)} MB`);
}

console.log(`node ${process.version}, ${N.toLocaleString('en-US')} customers`);
run('gradeOne, 10-row table', () => {
  const counts = new Map<string, number>();
  for (const c of customers) { const g = gradeOne(c.metrics, table).grade; counts.set(g, (counts.get(g) ?? 0) + 1); }
  return N;
});
run('gradeCustomers, 10-row table', () => gradeCustomers(customers, table, { asOf: '2026-03-31' }).length);
run('gradeCustomers, quota (rank + cap)', () => gradeCustomers(customers, quota, { asOf: '2026-03-31' }).length);
