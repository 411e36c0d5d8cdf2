/**
 * Folders the tests write in, under the system's temp folder: each made by tempDir and all removed when the run
 * ends (a mocha root hook; .mocharc requires this file), so that runs on a machine that is kept do not pile them
 * up. CRM_KEEP_TEMP=1 keeps them to look at.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A new empty folder `<prefix>XXXXXX` under the temp folder, removed after the test run. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Mocha's root hooks: the folders go when every test has run. */
export const mochaHooks = {
  afterAll(): void {
    if (process.env.CRM_KEEP_TEMP) return;
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  },
};
