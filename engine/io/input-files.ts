/**
 * Command-line INPUT arguments to files: a file, a folder (its .xlsx/.csv files, recursively) or a glob. Files are
 * sorted so that the combined register has the same row order on every run and every machine.
 */
import { stat } from 'node:fs/promises';
import { basename, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import { InputError } from './input-error';

/** One input file: where it is and the name its rows carry (`name:row`). */
export interface InputPath {
  path: string;
  name: string;
}

const TABLE_FILES = '**/*.{xlsx,xlsm,csv,XLSX,XLSM,CSV}';
// Excel's lock files (~$book.xlsx) sit next to open workbooks and are not workbooks.
const IGNORE = ['**/~$*', '**/node_modules/**'];

function posix(p: string): string {
  return p.split(sep).join('/');
}

/**
 * Expand INPUT arguments into files, in argument order, each argument's matches sorted. `exclude` lists absolute
 * paths to leave out (the output workbook, when it is written into an input folder). Names are base names, or
 * paths relative to the working folder when two inputs share a base name.
 */
export async function expandInputs(args: readonly string[], exclude: readonly string[] = []): Promise<InputPath[]> {
  const found: string[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => null);
    let matches: string[];
    if (info?.isDirectory()) {
      matches = await fg(TABLE_FILES, { cwd: arg, absolute: true, ignore: IGNORE, caseSensitiveMatch: false });
      if (matches.length === 0) throw new InputError(arg, 'the folder holds no .xlsx or .csv files');
    } else if (info?.isFile()) {
      matches = [resolve(arg)];
    } else {
      matches = fg.isDynamicPattern(arg) ? await fg(posix(arg), { absolute: true, ignore: IGNORE }) : [];
      if (matches.length === 0) throw new InputError(arg, fg.isDynamicPattern(arg) ? 'no files match' : 'file not found');
    }
    matches = matches.map((m) => resolve(m)).sort();
    for (const m of matches) if (!found.includes(m) && !exclude.includes(m)) found.push(m);
  }
  const counts = new Map<string, number>();
  for (const f of found) counts.set(basename(f), (counts.get(basename(f)) ?? 0) + 1);
  return found.map((path) => ({
    path,
    name: counts.get(basename(path))! > 1 ? posix(relative(process.cwd(), path)) : basename(path),
  }));
}
