/**
 * Runs every benchmark (`bench/*.bench.ts`) in its own process, so that each one's peak RSS is its own, and prints
 * their figures. `npm run bench [-- name ...]` runs only the named ones.
 *
 * They run compiled, as the product ships (tsc to CommonJS, as `npm run build` makes dist/): tsx's transform on
 * the fly reads every imported name through a getter, which costs the grade benchmark's chain month a sixth more
 * time than the code users run. A benchmark can still be run from source with `npx tsx bench/NAME.bench.ts`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.slice(2);
const files = readdirSync(__dirname).filter((f) => f.endsWith('.bench.ts')).sort()
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)));
const repo = join(__dirname, '..');
const build = join(repo, 'bench', 'out', 'build');
console.log('compiling the benchmarks and the code they measure (tsc)…');
const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(repo, 'tsconfig.json'), '--noEmit', 'false',
  '--outDir', build, '--sourceMap', 'false'], { stdio: 'inherit' });
if (tsc.status !== 0) throw new Error(`tsc failed (exit ${tsc.status})`);
let failed = 0;
for (const f of files) {
  console.log(`\n== ${f}`);
  const r = spawnSync(process.execPath, [join(build, 'bench', f.replace(/\.ts$/, '.js'))], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
