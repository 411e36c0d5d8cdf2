/**
 * GRADE throughput: one million customers graded by a 10-row decision table, by a quota policy (rank bands plus
 * a cap), by ABC/Pareto shares, by a weighted score with caps, and a month of a chain: last month's Grades.csv
 * read back (`--previous`), joined by Customer Key and graded by medical-quota with its caps per department.
 * Prints customers/second, wall and CPU time, and peak RSS.
 *
 *   npx tsx bench/grade.bench.ts [customers] [case ...]
 *
 * Cases: table-one (gradeOne per customer), table, quota, pareto, score-caps, previous-caps. With none named, each
 * case runs in its own process, so that each peak RSS is that case's own; cases named run one after another in
 * this process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { customerRecord, gradeCustomers, gradeOne, gradePolicyFromObject, gradePreset, type CustomerInput } from '../engine/core/grade';
import { joinPrevious } from '../engine/io/customers-table';
import { readPreviousGrades } from '../engine/io/previous-grades';

const N = Number(process.argv[2] ?? 1_000_000);
const CASES = ['table-one', 'table', 'quota', 'pareto', 'score-caps', 'previous-caps'];
/** The chain month's fixture is written by a process of its own, called with this word and the file's path. */
const WRITE_PREVIOUS = '--write-previous';
const writing = process.argv[3] === WRITE_PREVIOUS;
const chosen = writing ? [] : process.argv.slice(3);
for (const c of chosen) if (!CASES.includes(c)) throw new Error(`unknown case ${c}; expected one of ${CASES.join(', ')}`);

/** A deterministic pseudo-random sequence, so every run grades the same customers. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function customerKey(i: number): string {
  return `1${String(3800000000 + i).padStart(10, '0')}`;
}

/** Securities customers: average assets and net commission in yuan and fen. */
function assetCustomers(): CustomerInput[] {
  const rnd = lcg(42);
  const customers: CustomerInput[] = new Array(N);
  for (let i = 0; i < N; i++) {
    customers[i] = {
      key: customerKey(i),
      name: '',
      metrics: { avg_assets: Math.round(rnd() * 8_000_000_00) / 100, net_commission: Math.round(rnd() * 80_000_00) / 100 },
    };
  }
  return customers;
}

/** Scored customers: four indicators, each a level word (好/较好/普通/差) or whole points 0–100. */
function scoredCustomers(): CustomerInput[] {
  const rnd = lcg(7);
  const words = ['好', '较好', '普通', '差'];
  const indicator = (): string | number => (rnd() < 0.5 ? words[Math.floor(rnd() * 4)] : Math.floor(rnd() * 101));
  const customers: CustomerInput[] = new Array(N);
  for (let i = 0; i < N; i++) {
    customers[i] = {
      key: customerKey(i),
      name: '',
      metrics: { business_volume: indicator(), receivables: indicator(), reputation: indicator(), loyalty: indicator() },
    };
  }
  return customers;
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
const pareto = gradePolicyFromObject({
  name: 'bench-pareto', metric: 'avg_assets', method: 'pareto', bands: { A: 80, B: 95, C: 'rest' },
}, 'bench');

const scoreCaps = gradePolicyFromObject({
  name: 'bench-score-caps', indicators: { business_volume: 25, receivables: 25, reputation: 25, loyalty: 25 },
  levels: ['VIP', '优选', '合格'], caps: { VIP: 15, 优选: 30 },
}, 'bench');

const LEVELS = ['三级甲等', '三级乙等', '二级甲等', '一级甲等'];
const GRADES = ['VIP', '优选', '合格'];

/** medical-quota customers of 200 departments (the caps hold per department), with amounts as the register writes them. */
function medicalCustomers(): CustomerInput[] {
  const rnd = lcg(11);
  const customers: CustomerInput[] = new Array(N);
  for (let i = 0; i < N; i++) {
    // Made as the customers table makes them (customerRecord), so that --previous joins into them as in a run.
    customers[i] = customerRecord(customerKey(i), '', {
      department: `D${i % 200}`,
      hospital_level: LEVELS[Math.floor(rnd() * 4)],
      default_records: rnd() < 0.1 ? 1 : 0,
      business_volume: rnd() < 0.5 ? `${Math.floor(rnd() * 5000)}万` : Math.round(rnd() * 50_000_000_00) / 100,
    });
  }
  return customers;
}

/** Last month's Grades.csv of the medical customers (what --previous reads): grades, blacklistings, overrides. */
function writePreviousCsv(path: string): void {
  const rnd = lcg(13);
  const lines = ['\ufeffCustomer Key,Customer,Grade,Previous Grade,Score,Graded On,Review,Next Review,Override,Blacklisted On,Opened On,First Seen,Reason'];
  for (let i = 0; i < N; i++) {
    if (i % 100 === 99) continue; // one customer in a hundred appears this month
    const black = rnd() < 0.01 ? '2026-01-20' : '';
    const override = rnd() < 0.001 ? 'VIP' : '';
    lines.push(`${customerKey(i)},,${black ? 'BLACKLIST' : GRADES[Math.floor(rnd() * 3)]},,,2026-05-31,,2026-06-30,${override},${black},,2025-01-01,x`);
  }
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
}

if (writing) {
  writePreviousCsv(process.argv[4]);
  process.exit(0);
}

function run(label: string, fn: () => number): void {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const count = fn();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`${label.padEnd(36)} ${count.toLocaleString('en-US')} customers in ${seconds.toFixed(3)} s `
    + `= ${Math.round(count / seconds).toLocaleString('en-US')} customers/s; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(3)} s; `
    + `peak RSS ${rssMb.toFixed(0)} MB`);
}

console.log(`node ${process.version}, ${N.toLocaleString('en-US')} customers`);
/** Chain months measured, each in a process of its own: a batch runs once, and the shared host's speed drifts. */
const CHAIN_RUNS = 3;

if (chosen.length === 0) {
  const chain: number[] = [];
  for (const c of CASES) {
    for (let k = 0; k < (c === 'previous-caps' ? CHAIN_RUNS : 1); k++) {
      const r = spawnSync(process.execPath, [...process.execArgv, __filename, String(N), c], { encoding: 'utf8', stdio: ['inherit', 'pipe', 'inherit'] });
      const out = r.stdout.split('\n').slice(1).join('\n'); // its first line repeats the one above
      process.stdout.write(out);
      const rate = /customers in [\d.]+ s = ([\d,]+) customers\/s/.exec(out);
      if (c === 'previous-caps' && rate) chain.push(Number(rate[1].replace(/,/g, '')));
    }
  }
  if (chain.length > 0) {
    chain.sort((a, b) => a - b);
    console.log(`${'chain month, whole case'.padEnd(36)} ${chain.length} processes: best ${chain[chain.length - 1].toLocaleString('en-US')}, `
      + `median ${chain[chain.length >> 1].toLocaleString('en-US')}, worst ${chain[0].toLocaleString('en-US')} customers/s`);
  }
}
const asOf = '2026-03-31';
let customers = chosen.some((c) => c !== 'score-caps' && c !== 'previous-caps') ? assetCustomers() : [];
if (chosen.includes('table-one')) {
  run('gradeOne, 10-row table', () => {
    const counts = new Map<string, number>();
    for (const c of customers) { const g = gradeOne(c.metrics, table).grade; counts.set(g, (counts.get(g) ?? 0) + 1); }
    return N;
  });
}
if (chosen.includes('table')) run('gradeCustomers, 10-row table', () => gradeCustomers(customers, table, { asOf }).length);
if (chosen.includes('quota')) run('gradeCustomers, quota (rank + cap)', () => gradeCustomers(customers, quota, { asOf }).length);
if (chosen.includes('pareto')) run('gradeCustomers, quota (pareto)', () => gradeCustomers(customers, pareto, { asOf }).length);
if (chosen.includes('score-caps')) {
  customers = []; // the securities customers are done with: let them go before building the scored ones
  customers = scoredCustomers();
  run('gradeCustomers, score + caps', () => gradeCustomers(customers, scoreCaps, { asOf }).length);
}
if (chosen.includes('previous-caps')) {
  customers = [];
  const dir = mkdtempSync(join(tmpdir(), 'crm-grade-bench-'));
  const previousCsv = join(dir, 'Grades.csv');
  // Written by another process: a million lines and the file's text would otherwise be garbage of this one, collected
  // while the run is timed, where a real run has no such garbage.
  const written = spawnSync(process.execPath, [...process.execArgv, __filename, String(N), WRITE_PREVIOUS, previousCsv], { stdio: 'inherit' });
  if (written.status !== 0) throw new Error(`writing last month's Grades.csv failed (exit ${written.status})`);
  customers = medicalCustomers();
  const policy = gradePreset('medical-quota');
  // Timed as a run does it: read last month's Grades.csv, join by Customer Key, grade with caps per department.
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const cpuSeconds = (since: NodeJS.CpuUsage): string => {
    const u = process.cpuUsage(since);
    return `${((u.user + u.system) / 1e6).toFixed(3)} s CPU`;
  };
  void readPreviousGrades(previousCsv).then((previous) => {
    const read = Number(process.hrtime.bigint() - t0) / 1e9;
    const readCpu = cpuSeconds(cpu0);
    const cpu1 = process.cpuUsage();
    const t1 = process.hrtime.bigint();
    const moved = joinPrevious(customers, previous, 20_634); // 2026-06-30 as a day number
    const graded = gradeCustomers(customers, policy, { asOf: '2026-06-30', previousRunOn: previous.asOf });
    const grading = Number(process.hrtime.bigint() - t1) / 1e9;
    const gradingCpu = cpuSeconds(cpu1);
    const cpu2 = process.cpuUsage();
    // Every reason read, as the Grades sheet's writers read them (reasons are composed when read).
    const t2 = process.hrtime.bigint();
    let chars = 0;
    for (const g of graded) chars += g.reason.length + g.grade.length;
    const reading = Number(process.hrtime.bigint() - t2) / 1e9;
    const readingCpu = cpuSeconds(cpu2);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(cpu0);
    const rssMb = process.resourceUsage().maxRSS / 1024;
    console.log(`${'--previous + medical-quota, caps/dept'.padEnd(36)} ${graded.length.toLocaleString('en-US')} customers in ${seconds.toFixed(3)} s `
      + `= ${Math.round(graded.length / seconds).toLocaleString('en-US')} customers/s (read previous ${read.toFixed(3)} s, ${readCpu}; `
      + `join + grade ${grading.toFixed(3)} s, ${gradingCpu} = ${Math.round(graded.length / grading).toLocaleString('en-US')} customers/s; `
      + `reading every reason ${reading.toFixed(3)} s, ${readingCpu} (${(chars / 1e6).toFixed(0)}M characters); `
      + `${moved.appeared.length.toLocaleString('en-US')} appeared); CPU ${((cpu.user + cpu.system) / 1e6).toFixed(3)} s; peak RSS ${rssMb.toFixed(0)} MB`);
    rmSync(dir, { recursive: true, force: true });
  });
}
