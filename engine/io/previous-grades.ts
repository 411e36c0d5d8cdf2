/**
 * `--previous FILE`: last period's grades, from its result workbook (the Grades / 分级 sheet) or that sheet's CSV
 * export, with English or Chinese headers. Each row gives a customer's previous grade, the day it was given, and
 * what carries over (a manual override, a blacklist date, the opening and first-seen dates), keyed by Customer
 * Key. Rows are read as they stream in, so a million-customer result is never held as a table.
 */
import { render, type Message } from '../core/messages';
import { basename } from 'node:path';
import { normaliseLabel } from '../core/aliases';
import { parseDay } from '../core/dates';
import type { Cell, RegisterException } from '../core/types';
import { cellText, isBlank } from '../core/values';
import { readCsvRows } from './csv-reader';
import { readPlainCsvRows } from './plain-csv';
import { detectFileEncoding } from './text-encoding';
import { fileKind } from './file-kind';
import { InputError } from './input-error';
import { readXlsxSheets } from './xlsx-reader';

/** One customer's line of the previous results. Dates are day numbers; null when blank. */
export interface PreviousGrade {
  grade: string | null;
  gradedOn: number | null;
  override: string | null;
  blacklistedOn: number | null;
  openedOn: number | null;
  firstSeenOn: number | null;
  /** Set when a customer of the run joined this line (the lines left unset are the customers that vanished). */
  joined: boolean;
}

/** The previous results of a run. */
export interface PreviousGrades {
  file: string;
  byKey: Map<string, PreviousGrade>;
  /** The latest day a grade was given (the previous run's as-of date); null when none is given. */
  asOf: number | null;
  /** Rows that could not be used. */
  exceptions: RegisterException[];
}

type Field = 'key' | 'grade' | 'gradedOn' | 'override' | 'blacklistedOn' | 'openedOn' | 'firstSeenOn';

/** Headers of the Grades sheet in both languages (result-tables.ts writes them). */
const FIELD_ALIASES: Record<Field, readonly string[]> = {
  key: ['customer key', '客户编号'],
  grade: ['grade', '等级'],
  gradedOn: ['graded on', '评级日期'],
  override: ['override', '手工等级'],
  blacklistedOn: ['blacklisted on', '黑名单日期'],
  openedOn: ['opened on', '开户日期'],
  firstSeenOn: ['first seen', '首次出现'],
};
/** Whole headers only: `Previous Grade` is not `Grade`. */
const FIELD_OF = new Map<string, Field>(
  (Object.entries(FIELD_ALIASES) as [Field, readonly string[]][]).flatMap(([f, names]) => names.map((n) => [normaliseLabel(n), f] as [string, Field])),
);

const GRADES_SHEETS = new Set(['grades', '分级']);
const DATE_FIELDS = ['gradedOn', 'blacklistedOn', 'openedOn', 'firstSeenOn'] as const;

/** What reading rows collects: the results, the row handler, the header's columns once read, the sheet's name. */
interface Collector {
  out: PreviousGrades;
  onRow: (cells: Cell[], row: number, problem?: Message) => void;
  /** The columns a row's answer comes from, once the header is read; null before. */
  wanted(): readonly number[] | null;
  headerOf(cells: Cell[]): Partial<Record<Field, number>> | null;
  setSheet(name: string): void;
  hasHeader(): boolean;
}

/** A fresh collector of the previous results of `file`. */
function collector(file: string): Collector {
  const out: PreviousGrades = { file, byKey: new Map(), asOf: null, exceptions: [] };
  let columns: Partial<Record<Field, number>> | null = null;
  let sheet = '';
  /** The Grades header's columns, or null when `cells` is no Grades header. */
  const headerOf = (cells: Cell[]): Partial<Record<Field, number>> | null => {
    const found: Partial<Record<Field, number>> = {};
    cells.forEach((c, i) => {
      const f = FIELD_OF.get(normaliseLabel(cellText(c)));
      if (f && found[f] === undefined) found[f] = i;
    });
    return found.key !== undefined && found.grade !== undefined ? found : null;
  };
  // Column positions once the header is read (-1 = absent), and each date text read once: a month's results
  // share a handful of dates.
  let key = -1, grade = -1, override = -1;
  let dateCols: [(typeof DATE_FIELDS)[number], number][] = [];
  const dayOfText = new Map<string, number | null>();
  let lastText = '', lastDay: number | null = null; // rows in a run mostly repeat the date of the row before
  const dayOf = (cell: Cell): number | null => {
    if (typeof cell !== 'string') return parseDay(cell);
    if (cell === lastText) return lastDay;
    let d = dayOfText.get(cell);
    if (d === undefined) {
      d = parseDay(cell);
      if (dayOfText.size < 10_000) dayOfText.set(cell, d);
    }
    lastText = cell;
    lastDay = d;
    return d;
  };
  // Grades and overrides are a handful of words: each held once, not once per customer.
  const words = new Map<string, string>();
  const shared = (text: string): string | null => {
    if (text === '') return null;
    const w = words.get(text);
    if (w !== undefined) return w;
    if (words.size < 10_000) words.set(text, text);
    return text;
  };
  let wanted: number[] | null = null;
  const onRow = (cells: Cell[], row: number, problem?: Message): void => {
    // A row the reader could not take whole (a cut-off sheet, a stray quote) is named, never used half-read.
    if (problem) {
      out.exceptions.push({ file, sheet, row, column: '', value: '', problem: render(problem, 'en'), problemMessages: [problem] });
      return;
    }
    if (columns === null) {
      if (cells.every((c) => isBlank(c))) return;
      columns = headerOf(cells);
      if (columns === null) {
        throw new InputError(file, `row ${row}: expected a Grades header with Customer Key (客户编号) and Grade (等级); found ${cells.map((c) => cellText(c)).filter(Boolean).join(', ')}`);
      }
      key = columns.key!;
      grade = columns.grade!;
      override = columns.override ?? -1;
      dateCols = DATE_FIELDS.flatMap((f) => (columns![f] === undefined ? [] : [[f, columns![f]!] as [(typeof DATE_FIELDS)[number], number]]));
      wanted = [key, grade, ...(override < 0 ? [] : [override]), ...dateCols.map(([, c]) => c)];
      return;
    }
    const k = cellText(cells[key]);
    if (k === '') return; // a note row (no grade policy, no customers) or a blank line
    const rec: PreviousGrade = { grade: shared(cellText(cells[grade])), gradedOn: null, override: override < 0 ? null : shared(cellText(cells[override])),
      blacklistedOn: null, openedOn: null, firstSeenOn: null, joined: false };
    for (const [f, c] of dateCols) {
      const cell = cells[c];
      if (isBlank(cell)) continue;
      const day = dayOf(cell);
      if (day === null) {
        out.exceptions.push({ file, sheet, row, column: f, value: cellText(cell), problem: 'not a date (expected YYYY-MM-DD); the previous results are used without it' });
        continue;
      }
      rec[f] = day;
    }
    if (rec.gradedOn !== null && (out.asOf === null || rec.gradedOn > out.asOf)) out.asOf = rec.gradedOn;
    if (out.byKey.has(k)) {
      out.exceptions.push({ file, sheet, row, column: 'Customer Key', value: k, problem: 'customer key appears twice in the previous results; the first row is used' });
      return;
    }
    out.byKey.set(k, rec);
  };
  return { out, onRow, wanted: () => wanted, headerOf, setSheet: (name) => { sheet = name; }, hasHeader: () => columns !== null };
}

/** Read the previous results of `path`: a result workbook, or a Grades CSV. */
export async function readPreviousGrades(path: string): Promise<PreviousGrades> {
  const file = basename(path);
  let c = collector(file);
  if ((await fileKind(path, file)) === 'csv') {
    // A plain UTF-8 export (no quotes, one line ending, commas) is split here, taking only the columns used; any
    // other CSV goes through the general reader, from the start.
    if ((await detectFileEncoding(path, file)) !== 'utf-8' || !(await readPlainCsvRows(path, c.onRow, c.wanted))) {
      c = collector(file);
      await readCsvRows(path, file, c.onRow);
    }
  }
  else {
    // The Grades (分级) sheet: by its name, or (when the package lists names after the sheets, so a streaming read
    // does not know them yet) as the first sheet whose header is a Grades header.
    let done = false;
    await readXlsxSheets(path, file, (info) => {
      if (done) return null;
      const named = GRADES_SHEETS.has(info.name.trim().toLowerCase());
      let state: 'header' | 'rows' | 'skip' = 'header';
      return { row: (cells, row, problem) => {
        if (state === 'skip') return;
        if (state === 'rows') { c.onRow(cells, row, problem); return; }
        if (cells.every((c) => isBlank(c))) return;
        if (!named && c.headerOf(cells) === null) { state = 'skip'; return; }
        state = 'rows';
        done = true;
        c.setSheet(info.name);
        c.onRow(cells, row, problem);
      } };
    });
    if (!done) throw new InputError(file, 'no Grades (分级) sheet: expected a crm-rules result workbook or its Grades.csv');
  }
  if (!c.hasHeader()) throw new InputError(file, 'the previous results are empty: expected a Grades header with Customer Key (客户编号) and Grade (等级)');
  return c.out;
}
