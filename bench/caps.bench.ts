/**
 * Caps per group alone: `applyCaps` of medical-quota (VIP ≤ 15 %, 优选 ≤ 30 % per department, ranked by
 * business_volume) over the population the `previous-caps` case of grade.bench.ts hands it — 200 departments,
 * 45 % VIP and 22.5 % 优选 candidates, one override in a thousand, amounts as the register writes them (whole
 * 万 and amounts in cents). Five rounds on fresh grades; prints the first and the median CPU time, and the time
 * to read every note a cap gave (cap notes are composed when read; the least of three readings).
 *
 *   npx tsx bench/caps.bench.ts [customers]
 */
import { applyCaps, clauseList, GroupCap, type CapInput, type Clauses } from '../engine/core/grade/caps';
import { msg } from '../engine/core/messages/message';
import { gradePreset } from '../engine/core/grade';

const N = Number(process.argv[2] ?? 1_000_000);
const ROUNDS = 5;

/** A deterministic pseudo-random sequence, so every run caps the same customers. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const rnd = lcg(11);
const grades: string[] = new Array(N);
const override = new Uint8Array(N);
const rank: number[] = new Array(N);
const keys: string[] = new Array(N);
const departments: string[] = new Array(N);
const names = Array.from({ length: 200 }, (_, d) => `D${d}`);
const held = Object.freeze([msg('grade.rules', { text: 'override' })]);
for (let i = 0; i < N; i++) {
  const r = rnd();
  grades[i] = r < 0.45 ? 'VIP' : r < 0.675 ? '优选' : '合格';
  if (rnd() < 0.001) { override[i] = 1; grades[i] = 'VIP'; }
  rank[i] = rnd() < 0.5 ? Math.floor(rnd() * 5000) * 10_000 : Math.round(rnd() * 50_000_000_00) / 100;
  keys[i] = `1${String(3800000000 + i).padStart(10, '0')}`;
  departments[i] = names[i % 200];
}
const policy = gradePreset('medical-quota');

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
}

console.log(`node ${process.version}, ${N.toLocaleString('en-US')} customers, 200 departments`);
const times: number[] = [];
let input: CapInput | undefined;
for (let round = 0; round < ROUNDS; round++) {
  const clauses: (Clauses | undefined)[] = new Array(N);
  for (let i = 0; i < N; i++) if (override[i]) clauses[i] = held;
  input = { grades: grades.slice(), clauses, override, rank, keys, groups: [departments] };
  const cpu0 = process.cpuUsage();
  applyCaps(policy, input);
  times.push(cpuSeconds(cpu0));
}
// Every note read, as the Grades sheet's writers read reasons; three times, the least kept (the host is noisy).
let notes = 0, chars = 0, reading = Infinity;
for (let pass = 0; pass < 3; pass++) {
  const cpu1 = process.cpuUsage();
  notes = 0;
  chars = 0;
  input!.clauses.forEach((c, i) => {
    for (const clause of clauseList(c)) {
      if (clause instanceof GroupCap) { notes++; chars += clause.english(i).length; }
    }
  });
  reading = Math.min(reading, cpuSeconds(cpu1));
}
const median = [...times].sort((a, b) => a - b)[ROUNDS >> 1];
console.log(`applyCaps, medical-quota per department: first ${times[0].toFixed(3)} s CPU, median of ${ROUNDS} ${median.toFixed(3)} s CPU `
  + `= ${Math.round(N / median).toLocaleString('en-US')} customers/s; ${notes.toLocaleString('en-US')} notes read in ${reading.toFixed(3)} s CPU `
  + `(${(chars / 1e6).toFixed(0)}M characters); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
