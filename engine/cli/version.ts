/**
 * The tool's version from package.json, found by walking up from this file: the CLI runs both from source
 * (engine/cli) and compiled (dist/engine/cli, or a benchmark's build).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface Package { name?: string; version?: string }

/** The crm-rules package.json above this file and the folder it is in; null when there is none. */
function findPackage(): { root: string; pkg: Package } | null {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as Package;
      if (pkg.name === 'crm-rules') return { root: dir, pkg };
    }
    if (dirname(dir) === dir) return null;
  }
}

/** The package version, e.g. `0.1.0`. */
export function toolVersion(): string {
  return findPackage()?.pkg.version ?? '0.0.0';
}

/** The package's folder (where package.json is), wherever this code runs from. */
export function packageRoot(): string {
  const found = findPackage();
  if (found === null) throw new Error('crm-rules: no package.json above the running code');
  return found.root;
}
