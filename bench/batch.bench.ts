/**
 * Batch runner benchmark: a 1,000,000-row register as .xlsx and as .csv through `crm-rules run` to a result
 * workbook, beside a baseline that only reads the same input and writes the same number of output rows with the
 * same libraries (the register reader for .xlsx, papaparse for .csv, exceljs's streaming writer). Each measurement
 * runs in its own Node process so that peak RSS (process.resourceUsage().maxRSS) is that run's alone.
 *
 *   npx tsx bench/batch.bench.ts [ROWS] [csv|xlsx]   (default 1000000 rows, both formats; registers are cached in
 *                                                    bench/out/)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticRegister } from './synthetic';
import { packageRoot } from '../engine/cli/version';

const REPO = packageRoot(); // from source or from the benchmarks' build
const OUT = join(REPO, 'bench', 'out');
const ROWS = Number(process.argv[2] ?? 1_000_000);
const FORMATS = process.argv[3] ? [process.argv[3] as 'csv' | 'xlsx'] : (['csv', 'xlsx'] as const);

interface Measure { wallMs: number; cpuMs: number; maxRssMb: number; stdout: string; stderr: string }

/**
 * Run `code` (CommonJS with tsx) in a fresh Node process; it prints its own wall time, CPU time (user + system,
 * all threads: the machine is shared, so CPU time is the steadier figure) and peak RSS as JSON. Times start after
 * tsx has loaded, before the code's own modules load.
 */
function measure(code: string, env: NodeJS.ProcessEnv = {}): Measure {
  const wrapped = `const t0 = Date.now(); const c0 = process.cpuUsage(); (async () => { ${code} })().then((stdout) => {`
    + ` const c = process.cpuUsage(c0);`
    + ` console.log(JSON.stringify({ wallMs: Date.now() - t0, cpuMs: (c.user + c.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, stdout: String(stdout ?? '') }));`
    + ` }, (e) => { console.error(e); process.exit(1); });`;
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', '-r', 'tsx/cjs', '-e', wrapped],
    { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`measurement failed (exit ${r.status}):\n${r.stderr}`);
  return { ...JSON.parse(r.stdout.trim().split('\n').pop()!) as Measure, stderr: r.stderr };
}

/** Phase wall seconds from the run's CRM_RULES_PHASES report: `name  1.23 s wall  1.20 s cpu` lines. */
function phaseSeconds(report: string): Map<string, number> {
  const phases = new Map<string, number>();
  for (const m of report.matchAll(/^ {2,}(\S.*?)\s+([\d.]+) s wall\s+[\d.]+ s cpu$/gm)) phases.set(m[1], Number(m[2]));
  return phases;
}

/** The crm-rules run, through the CLI entry point. Returns its summary line. */
function runCode(input: string, out: string): string {
  return `const { main } = require('./engine/cli/main.ts');
    const lines = []; const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = (s) => { lines.push(String(s)); return true; };
    const code = await main(['run', ${JSON.stringify(input)}, '--out', ${JSON.stringify(out)}]);
    process.stdout.write = write;
    if (code !== 0) throw new Error('exit ' + code);
    return lines.join('').trim();`;
}

/** Read the input with the same library and write `counts` rows of the same widths with exceljs's stream writer. */
function baselineCode(input: string, out: string, counts: number[]): string {
  const read = input.endsWith('.csv')
    ? `const Papa = require('papaparse');
       await new Promise((resolve, reject) => Papa.parse(fs.createReadStream(${JSON.stringify(input)}, 'utf8'),
         { chunk: (res) => { for (const r of res.data) n += r.length; }, complete: resolve, error: reject }));`
    : `const { readXlsxSheets } = require('./engine/io/xlsx-reader.ts');
       await readXlsxSheets(${JSON.stringify(input)}, 'bench.xlsx', () => ({ row: (cells) => { n += cells.length; } }));`;
  return `const fs = require('node:fs'); const ExcelJS = require('exceljs'); let n = 0;
    ${read}
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: ${JSON.stringify(out)}, useStyles: true });
    const widths = [10, 11, 6, 6, 6];
    ${JSON.stringify(counts)}.forEach((count, s) => {
      const ws = wb.addWorksheet('S' + s);
      for (let i = 0; i < count; i++) {
        const row = [];
        for (let c = 0; c < widths[s]; c++) row.push(c % 3 === 0 ? i * 1.25 : 'value ' + i + ' ' + c);
        ws.addRow(row).commit();
      }
      ws.commit();
    });
    await wb.commit();
    return 'read ' + n + ' cells';`;
}

/** Output row counts from the run's summary: owners, splits, grades (0), conflicts, exceptions. */
function outputCounts(summary: string): number[] {
  const num = (re: RegExp): number => Number(re.exec(summary)?.[1] ?? 0);
  return [num(/(\d+) customers/), num(/(\d+) split rows/), 0, num(/(\d+) conflicts/), num(/(\d+) exceptions/)];
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  console.log(`batch benchmark: ${ROWS.toLocaleString('en')} register rows`);
  for (const format of FORMATS) {
    const input = join(OUT, `register-${ROWS}.${format}`);
    if (!existsSync(input)) {
      const t = Date.now();
      await writeSyntheticRegister(input, { rows: ROWS, groups: Math.max(1, Math.round(ROWS / 8)), seed: 42, format });
      console.log(`  generated ${input} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    // The run prints its phase times (stderr) as it ends: where the time goes, inside and outside the engine core.
    const run = measure(runCode(input, join(OUT, `result-${format}.xlsx`)), { CRM_RULES_PHASES: '1' });
    const counts = outputCounts(run.stdout);
    const base = measure(baselineCode(input, join(OUT, `baseline-${format}.xlsx`), counts));
    const mb = (statSync(input).size / 1e6).toFixed(1);
    console.log(`\n  .${format} input (${mb} MB): ${run.stdout}`);
    const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
    console.log(`    crm-rules run : ${s(run.wallMs)} wall, ${s(run.cpuMs)} cpu, ${Math.round(ROWS / (run.wallMs / 1000)).toLocaleString('en')} rows/s, peak RSS ${run.maxRssMb.toFixed(0)} MB`);
    console.log(`    baseline      : ${s(base.wallMs)} wall, ${s(base.cpuMs)} cpu, peak RSS ${base.maxRssMb.toFixed(0)} MB (read + write ${counts.reduce((a, b) => a + b, 0).toLocaleString('en')} rows)`);
    console.log(`    ratio         : ${(run.wallMs / base.wallMs).toFixed(2)}x wall, ${(run.cpuMs / base.cpuMs).toFixed(2)}x cpu (target <= 1.5x), peak RSS ${run.maxRssMb < 1536 ? 'under' : 'OVER'} 1.5 GB`);
    // The engine core's share (building the register from rows, evaluating) against everything around it.
    const phases = phaseSeconds(run.stderr);
    const core = ['(register rows)', '(register finish)', 'evaluate'].reduce((t, n) => t + (phases.get(n) ?? 0), 0);
    console.log(`    split         : engine core ${core.toFixed(1)} s, the rest ${(run.wallMs / 1000 - core).toFixed(1)} s wall`
      + ` (loading, reading, sheets, writing); run phases:`);
    console.log(run.stderr.trimEnd().replace(/^phases:\n/m, '').replace(/^/gm, '    '));
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
