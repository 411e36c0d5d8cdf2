/**
 * Temporary files and folders of a result being written. Each is named after its target and the process writing
 * it (`.march.xlsx.<pid>.<random>.book.tmp`, hidden beside the target so that the final rename stays on one file
 * system), remembered while it exists so that an interrupted run (Ctrl-C, SIGTERM) removes it on the way out, and
 * swept by the next run writing the same target once the process that made it is gone: a `kill -9` gives no chance
 * to clean up, and its leftovers must not pile up.
 */
import { randomBytes } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const live = new Set<string>();

/** A fresh temporary path beside `target`, tagged by what it holds (`book`, `charts`, `csv`, `old`). */
export function tempPath(target: string, tag: string): string {
  const path = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.${tag}.tmp`);
  live.add(path);
  return path;
}

/** Stop tracking a temporary path: it was renamed into place. */
export function settled(path: string): void {
  live.delete(path);
}

/** Remove a temporary file or folder (if it is still there) and stop tracking it. */
export async function removeTemp(path: string): Promise<void> {
  await rm(path, { recursive: true, force: true }).catch(() => {});
  live.delete(path);
}

/** Remove every temporary path of this process now (for signal handlers, which cannot wait). */
export function removeAllTempSync(): void {
  for (const path of live) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // Nothing more can be done on the way out; the next run sweeps what is left.
    }
  }
  live.clear();
}

/** Whether process `pid` is still running (a process of another user counts as running). */
function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove the temporary paths that earlier runs left beside `target` (killed before they could clean up), keeping
 * those of processes still running: they may be writing right now. Returns the paths removed.
 */
export async function sweepStaleTemps(target: string): Promise<string[]> {
  const prefix = `.${basename(target)}.`;
  const names = await readdir(dirname(target)).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)\.[0-9a-f]{8}\.[a-z]+\.tmp$/.exec(name.slice(prefix.length));
    if (!m || running(Number(m[1]))) continue;
    const path = join(dirname(target), name);
    await rm(path, { recursive: true, force: true }).catch(() => {});
    removed.push(path);
  }
  return removed;
}
