/**
 * `--csv DIR`: every result sheet as `DIR/<Sheet>.csv`, UTF-8 with BOM (so Excel opens Chinese text right) and
 * CRLF line ends. Values are the exact texts of the result model — money keeps its decimals — and nothing that
 * changes between runs is written, so the same inputs always give byte-identical files.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { label, type Lang, type ResultSheet } from './result-model';
import { layoutSheet } from './sheet-layout';

/** A CSV field, quoted when it holds a comma, quote or line break. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Write each sheet as a CSV file in `dir` (created if missing). Returns the paths written. */
export async function writeCsvSheets(dir: string, sheets: readonly ResultSheet[], lang: Lang): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const sheet of sheets) {
    const path = join(dir, `${label(sheet, lang)}.csv`);
    const out = createWriteStream(path);
    let buffer = '\ufeff';
    for (const line of layoutSheet(sheet, lang, false)) {
      buffer += `${line.cells.map(csvField).join(',')}\r\n`;
      if (buffer.length > 1 << 16) {
        const flushed = out.write(buffer);
        buffer = '';
        if (!flushed) await once(out, 'drain');
      }
    }
    out.end(buffer);
    await once(out, 'finish');
    written.push(path);
  }
  return written;
}
