/**
 * `--csv DIR`: every result sheet as `DIR/<Sheet>.csv`, UTF-8 with BOM (so Excel opens Chinese text right) and
 * CRLF line ends, quoted as RFC 4180 says. Values are the exact texts of the result model — money keeps its
 * decimals — and nothing that changes between runs is written, so the same inputs always give byte-identical files.
 *
 * The folder is written whole under a temporary name beside DIR and renamed into place, so DIR always holds one
 * run's complete set of files: never a truncated Owners.csv beside the previous run's Splits.csv.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { FileError, namingFile } from './file-error';
import { label, type Lang, type ResultSheet } from './result-model';
import { layoutSheet } from './sheet-layout';
import { removeTemp, settled, sweepStaleTemps, tempPath } from './temp-files';

/** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The file names a result folder may hold: the sheets' CSVs in either language. */
function resultFileNames(sheets: readonly ResultSheet[]): Set<string> {
  return new Set(sheets.flatMap((s) => [`${s.en}.csv`, `${s.zh}.csv`]));
}

/**
 * Whether `dir` exists. An existing folder holding anything but result CSVs is refused (a FileError): replacing
 * it would delete the user's own files. The run checks this before it writes anything.
 */
export async function existingResultFolder(dir: string, sheets: readonly ResultSheet[]): Promise<boolean> {
  const info = await stat(dir).catch(() => null);
  if (!info) return false;
  if (!info.isDirectory()) throw new FileError(dir, 'is a file; --csv names a folder');
  const allowed = resultFileNames(sheets);
  const foreign = (await namingFile(dir, 'cannot read the folder', () => readdir(dir))).filter((n) => !allowed.has(n));
  if (foreign.length > 0) {
    throw new FileError(dir, `holds other files than result CSVs (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', ...' : ''}); give a new or empty folder to --csv`);
  }
  return true;
}

async function writeSheetCsv(path: string, sheet: ResultSheet, lang: Lang): Promise<void> {
  const out = createWriteStream(path);
  const failed = once(out, 'error').then(([e]) => { throw e; });
  const done = (async () => {
    let buffer = '\ufeff';
    for (const line of layoutSheet(sheet, lang, false)) {
      buffer += `${line.cells.map(csvField).join(',')}\r\n`;
      if (buffer.length > 1 << 16) {
        const flushed = out.write(buffer);
        buffer = '';
        if (!flushed) await Promise.race([once(out, 'drain'), failed]);
      }
    }
    out.end(buffer);
    await once(out, 'finish');
  })();
  await Promise.race([done, failed]);
}

/** Write each sheet as a CSV file in `dir`, replacing the folder whole. Returns the paths written. */
export async function writeCsvSheets(dir: string, sheets: readonly ResultSheet[], lang: Lang): Promise<string[]> {
  await sweepStaleTemps(dir);
  const replacing = await existingResultFolder(dir, sheets);
  const temp = tempPath(dir, 'csv');
  try {
    await namingFile(dir, 'cannot create the folder', () => mkdir(temp, { recursive: true }));
    const names: string[] = [];
    for (const sheet of sheets) {
      const name = `${label(sheet, lang)}.csv`;
      await namingFile(join(dir, name), 'cannot write', () => writeSheetCsv(join(temp, name), sheet, lang));
      names.push(name);
    }
    if (replacing) {
      const old = tempPath(dir, 'old');
      await namingFile(dir, 'cannot replace the folder', () => rename(dir, old));
      await namingFile(dir, 'cannot replace the folder', () => rename(temp, dir));
      await removeTemp(old);
    } else {
      await namingFile(dir, 'cannot create the folder', () => rename(temp, dir));
    }
    settled(temp);
    return names.map((n) => join(dir, n));
  } finally {
    await removeTemp(temp);
  }
}
