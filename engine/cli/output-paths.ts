/**
 * The result never lands on the run's own inputs: an `--out` or `--csv` path that is an input, holds one, or lies
 * inside an input folder (or would be matched by an input glob) is refused before anything is read or written.
 * Writing there would replace the register with its own result, or feed the result back in as input next month.
 */
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import picomatch from 'picomatch';
import { UsageError } from './usage-error';

/** One output the run writes: the option that named it and its path. */
export interface OutputPath {
  option: '--out' | '--csv';
  path: string;
}

/** A path with symbolic links resolved as far as it exists (so two spellings of one file compare equal). */
function realPath(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    const parent = dirname(abs);
    return parent === abs ? abs : join(realPath(parent), basename(abs));
  }
}

/** Whether `inner` is `outer` or lies inside it. */
function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}

/** How an output collides with input `input` (a file or folder path), or null. */
function collision(out: string, input: string, inputIsFolder: boolean): string | null {
  if (out === input) return 'is an input';
  if (within(input, out)) return `holds the input ${input}`;
  if (inputIsFolder && within(out, input)) return `lies inside the input folder ${input}`;
  return null;
}

/**
 * Refuse outputs that collide with the inputs: the INPUT arguments (files, folders, globs) and the other files the
 * run reads (policy, grade policy, metrics). Throws a UsageError naming the option, the path and the input.
 */
export function checkOutputPaths(inputs: readonly string[], readFiles: readonly string[], outputs: readonly OutputPath[]): void {
  const sources: { path: string; folder: boolean }[] = [];
  const globs: string[] = [];
  for (const arg of [...inputs, ...readFiles]) {
    const info = (() => { try { return statSync(arg); } catch { return null; } })();
    if (info) sources.push({ path: realPath(arg), folder: info.isDirectory() });
    else if (fg.isDynamicPattern(arg)) {
      globs.push(resolve(arg).split(sep).join('/'));
      for (const m of fg.sync(arg.split(sep).join('/'), { absolute: true })) sources.push({ path: realPath(m), folder: false });
    }
  }
  for (const { option, path } of outputs) {
    const out = realPath(path);
    for (const s of sources) {
      const why = collision(out, s.path, s.folder);
      if (why) throw new UsageError(`${option} ${path} ${why}; write the result somewhere else`);
    }
    // A file the glob would match next time (the workbook itself, or a CSV inside the folder).
    const wouldWrite = option === '--out' ? [out] : [join(out, 'Owners.csv'), join(out, 'x.xlsx')];
    for (const g of globs) {
      const matches = picomatch(g, { nocase: true });
      if (wouldWrite.some((w) => matches(w.split(sep).join('/')))) {
        throw new UsageError(`${option} ${path} would be read back as input by ${g}; write the result somewhere else`);
      }
    }
  }
  const [book, csv] = [outputs.find((o) => o.option === '--out'), outputs.find((o) => o.option === '--csv')];
  if (book && csv) {
    if (realPath(book.path) === realPath(csv.path)) throw new UsageError(`--out and --csv name the same path ${book.path}`);
    // The CSV folder is replaced whole, so a workbook inside it would be deleted by the same run.
    if (within(realPath(book.path), realPath(csv.path))) {
      throw new UsageError(`--out ${book.path} lies inside the --csv folder ${csv.path}, which is replaced whole; write the workbook beside it`);
    }
  }
}
