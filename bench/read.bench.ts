/**
 * Register reading benchmark: 1,000,000 register rows from .xlsx read by the register reader (every cell decoded
 * as the batch runner gets it), beside the floor — inflating the sheet part and scanning it for rows, no parsing —
 * and exceljs's streaming reader, in the same run. Each measurement runs in its own Node process so that its peak
 * RSS is its own; CPU time (user + system) is printed beside wall time because the machine is shared.
 *
 *   npx tsx bench/read.bench.ts [ROWS]   (default 1000000; the register is cached in bench/out/)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticRegister } from './synthetic';
import { packageRoot } from '../engine/cli/version';

const REPO = packageRoot(); // from source or from the benchmarks' build
const OUT = join(REPO, 'bench', 'out');
const ROWS = Number(process.argv[2] ?? 1_000_000);

interface Measure { wallMs: number; cpuMs: number; maxRssMb: number; stdout: string }

/** Run `code` (CommonJS with tsx, returning a summary) in a fresh process; times start before its modules load. */
function measure(code: string): Measure {
  const wrapped = `const t0 = Date.now(); const c0 = process.cpuUsage(); (async () => { ${code} })().then((stdout) => {`
    + ' const c = process.cpuUsage(c0);'
    + ' console.log(JSON.stringify({ wallMs: Date.now() - t0, cpuMs: (c.user + c.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, stdout: String(stdout) }));'
    + ' }, (e) => { console.error(e); process.exit(1); });';
  const r = spawnSync(process.execPath, ['-r', 'tsx/cjs', '-e', wrapped], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`measurement failed (exit ${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Measure;
}

/** Inflate every worksheet part and count `<row` in the bytes: what no reader can go below. */
const floorCode = (input: string): string => `const yauzl = require('yauzl');
  const rows = await new Promise((resolve, reject) => yauzl.open(${JSON.stringify(input)}, { lazyEntries: true }, (e, zip) => {
    if (e) return reject(e);
    let rows = 0;
    zip.on('entry', (entry) => {
      if (!/worksheets\\/.*\\.xml$/.test(entry.fileName)) return zip.readEntry();
      zip.openReadStream(entry, (e2, s) => {
        if (e2) return reject(e2);
        let tail = Buffer.alloc(0);
        s.on('data', (b) => { const buf = Buffer.concat([tail, b]); let i = -1; while ((i = buf.indexOf('<row', i + 1)) >= 0) rows++; tail = buf.subarray(Math.max(0, buf.length - 3)); });
        s.on('end', () => zip.readEntry());
      });
    });
    zip.on('end', () => resolve(rows));
    zip.readEntry();
  }));
  return rows + ' rows';`;

/** The register reader, as the batch runner uses it, touching every cell. */
const readerCode = (input: string): string => `const { readXlsxSheets } = require('./engine/io/xlsx-reader.ts');
  let rows = 0, cells = 0;
  await readXlsxSheets(${JSON.stringify(input)}, 'bench.xlsx', () => ({ row: (c) => { rows++; for (const v of c) if (v !== null && v !== undefined) cells++; } }));
  return rows + ' rows, ' + cells + ' cells';`;

/** exceljs's streaming reader, rows in its parser's batches (its fastest use). */
const exceljsCode = (input: string): string => `const ExcelJS = require('exceljs');
  let rows = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(${JSON.stringify(input)}, { styles: 'ignore', hyperlinks: 'ignore', sharedStrings: 'cache' });
  for await (const ws of reader) for await (const events of ws.parse()) for (const e of events) if (e.eventType === 'row') rows++;
  return rows + ' rows';`;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const input = join(OUT, `register-${ROWS}.xlsx`);
  if (!existsSync(input)) {
    const t = Date.now();
    await writeSyntheticRegister(input, { rows: ROWS, groups: Math.max(1, Math.round(ROWS / 8)), seed: 42, format: 'xlsx' });
    console.log(`  generated ${input} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  console.log(`read benchmark: ${ROWS.toLocaleString('en')} register rows, .xlsx of ${(statSync(input).size / 1e6).toFixed(1)} MB`);
  const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  const floor = measure(floorCode(input));
  const reader = measure(readerCode(input));
  const exceljs = measure(exceljsCode(input));
  for (const [name, m] of [['floor (inflate + scan)', floor], ['register reader', reader], ['exceljs streaming', exceljs]] as const) {
    console.log(`  ${name.padEnd(22)}: ${s(m.wallMs)} wall, ${s(m.cpuMs)} cpu, peak RSS ${m.maxRssMb.toFixed(0)} MB (${m.stdout})`);
  }
  console.log(`  reader / floor        : ${(reader.wallMs / floor.wallMs).toFixed(2)}x wall, ${(reader.cpuMs / floor.cpuMs).toFixed(2)}x cpu (target <= 2x), peak RSS ${reader.maxRssMb < 600 ? 'under' : 'OVER'} 600 MB`);
  console.log(`  exceljs / floor       : ${(exceljs.wallMs / floor.wallMs).toFixed(2)}x wall, ${(exceljs.cpuMs / floor.cpuMs).toFixed(2)}x cpu`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
