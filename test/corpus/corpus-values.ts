/**
 * The corpus of spreadsheets from other projects (shared/corpus beside the repository) read by the register
 * reader, and compared with the independent reader's values of each file's first sheet (xlsx-reference.jsonl).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Cell } from '../../engine/core/types';
import { readWorkbookLayout } from '../../engine/io/xlsx-package';
import { readXlsxSheets } from '../../engine/io/xlsx-reader';
import { ZipArchive } from '../../engine/io/zip-archive';
import { serialOfDate } from '../../engine/io/xlsx-values';

/** Where the corpus is: `../shared/corpus` from the repository root, or CORPUS_DIR when set. */
export const CORPUS = process.env.CORPUS_DIR ?? resolve(__dirname, '..', '..', '..', 'shared', 'corpus');

/** Whether the corpus is there to test against. */
export function corpusPresent(): boolean {
  return existsSync(join(CORPUS, 'xlsx-reference.jsonl'));
}

/** One reference cell: text, number, boolean, error text, or a date/time with its serial. */
export type RefCell = { s: string; err?: boolean } | { n: number } | { b: boolean } | { serial: number; dt?: string; td?: number; tm?: string } | null;

/** One line of xlsx-reference.jsonl. */
export interface Reference {
  file: string;
  sheets?: string[];
  date1904?: boolean;
  sheet?: string;
  rows?: Record<string, RefCell[]>;
  error?: string;
}

/** Every reference line. */
export function references(): Reference[] {
  return readFileSync(join(CORPUS, 'xlsx-reference.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Reference);
}

/** The first sheet of a workbook as read: its name, the date system, and non-empty rows by number. */
export interface FirstSheet {
  sheet: string;
  date1904: boolean;
  rows: Map<number, Cell[]>;
  problems: string[];
}

/** Every tab of corpus file `file` that has a part, in tab order, chart and dialog sheets included. */
export async function tabsOf(file: string): Promise<string[]> {
  const zip = await ZipArchive.open(join(CORPUS, 'xlsx', file));
  try {
    return (await readWorkbookLayout(zip)).sheets.filter((s) => s.part !== null).map((s) => s.name);
  } finally {
    zip.close();
  }
}

/** Read one worksheet of corpus file `file`: the one named `sheet`, or the first in tab order. */
export async function readSheet(file: string, sheet?: string): Promise<FirstSheet> {
  const out: FirstSheet = { sheet: '', date1904: false, rows: new Map(), problems: [] };
  let seen = false;
  await readXlsxSheets(join(CORPUS, 'xlsx', file), file, (info) => {
    if (seen || (sheet !== undefined && info.name !== sheet)) return null;
    seen = true;
    out.sheet = info.name;
    out.date1904 = info.date1904;
    return {
      row: (cells, row, problem) => {
        if (problem) out.problems.push(`row ${row}: ${problem.id}`);
        const trimmed = trimRow(cells);
        if (trimmed.length > 0) out.rows.set(row, trimmed);
      },
    };
  });
  return out;
}

/** Empty as Excel shows it: no value, or an empty text (both readers differ on which they give). */
function isEmpty(c: Cell | RefCell): boolean {
  return c === null || c === undefined || c === '' || (typeof c === 'object' && !(c instanceof Date) && 's' in c && c.s === '');
}

/** A row without its trailing empty cells. */
function trimRow<T extends Cell | RefCell>(cells: readonly T[]): T[] {
  let n = cells.length;
  while (n > 0 && isEmpty(cells[n - 1])) n--;
  return cells.slice(0, n);
}

/** Whether a read cell shows the reference cell's value. */
function sameCell(mine: Cell, ref: RefCell, date1904: boolean): boolean {
  if (ref === null || isEmpty(ref)) return isEmpty(mine);
  if ('s' in ref) return mine === ref.s;
  if ('n' in ref) return typeof mine === 'number' && (mine === ref.n || Math.abs(mine - ref.n) <= 1e-9 * Math.abs(ref.n));
  if ('b' in ref) return mine === ref.b;
  if ('serial' in ref) return mine instanceof Date && Math.abs(serialOfDate(mine, date1904) - ref.serial) < 1e-6;
  return false;
}

/** The first difference between what was read and the reference, or null when they agree. */
export function firstDifference(mine: FirstSheet, ref: Reference): string | null {
  if (ref.sheet !== undefined && ref.sheet !== mine.sheet) return `first sheet ${JSON.stringify(mine.sheet)}, reference ${JSON.stringify(ref.sheet)}`;
  if (ref.date1904 !== undefined && ref.date1904 !== mine.date1904) return `date1904 ${mine.date1904}, reference ${ref.date1904}`;
  const refRows = new Map<number, RefCell[]>();
  for (const [r, cells] of Object.entries(ref.rows ?? {})) {
    const t = trimRow(cells);
    if (t.length > 0) refRows.set(Number(r), t);
  }
  const numbers = [...new Set([...refRows.keys(), ...mine.rows.keys()])].sort((a, b) => a - b);
  for (const r of numbers) {
    const a = mine.rows.get(r) ?? [];
    const b = refRows.get(r) ?? [];
    for (let c = 0; c < Math.max(a.length, b.length); c++) {
      if (!sameCell(a[c], b[c] ?? null, mine.date1904)) {
        return `row ${r} column ${c + 1}: read ${JSON.stringify(a[c] ?? null)}, reference ${JSON.stringify(b[c] ?? null)}`;
      }
    }
  }
  return null;
}
