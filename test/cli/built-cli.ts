/**
 * The command line bundled once per test run (esbuild, packages left to node_modules), for tests that start many
 * CLI processes: a bundled process starts in a fraction of the time a from-source one takes to compile itself.
 * It is the same program as `engine/cli/main.ts`, run the way the installed `crm-rules` runs (compiled JavaScript).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { REPO, type CliRun } from './helpers';

let bundle: string | null = null;

/** The path of the bundled CLI, built on first use (inside node_modules so that its packages resolve). */
export function builtCli(): string {
  if (bundle) return bundle;
  const dir = join(REPO, 'node_modules', '.cache', 'crm-rules-test');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, `cli-${process.pid}.js`);
  buildSync({
    entryPoints: [join(REPO, 'engine/cli/main.ts')], bundle: true, packages: 'external', platform: 'node', target: 'node20',
    outfile: out, logLevel: 'error',
  });
  process.once('exit', () => rmSync(out, { force: true }));
  bundle = out;
  return out;
}

/** Start the bundled CLI with `args` in `cwd`. */
export function startCli(args: string[], cwd: string): ChildProcess {
  return spawn(process.execPath, [builtCli(), ...args], { cwd, env: { ...process.env } });
}

/** Run the bundled CLI to its end. */
export function runBuiltCli(args: string[], cwd: string): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = startCli(args, cwd);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => { stdout += String(d); });
    child.stderr!.on('data', (d) => { stderr += String(d); });
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
