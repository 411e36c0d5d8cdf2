/**
 * `--previous FILE`: last period's grades, from its result workbook (the Grades / 分级 sheet) or that sheet's CSV
 * export, with English or Chinese headers. Each row gives a customer's previous grade, the day it was given, and
 * what carries over (a manual override, a blacklist date, the opening and first-seen dates), keyed by Customer
 * Key. Rows are read as they stream in, so a million-customer result is never held as a table.
 */
import { render, type Message } from '../core/messages';
import { basename } from 'node:path';
import { normaliseLabel } from '../core/aliases';
import { heldDay, NO_DAY, parseDay } from '../core/dates';
import type { Cell, RegisterException } from '../core/types';
import { cellText, isBlank } from '../core/values';
import { readCsvRows } from './csv-reader';
import { fieldText, IsoDays, TextsByBytes } from './field-bytes';
import { KeyBytes } from './key-bytes';
import { readPlainCsv, type PlainCsvReader, type PlainLines } from './plain-csv';
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

/**
 * The lines of the previous results, held as columns: a Customer Key's position, and per position the grade and
 * the override (as positions in a list of the distinct texts, a month's results having a handful) and the dates
 * (day numbers, NaN when blank). A month of a million customers is a few typed arrays, not a million records kept
 * alive (and copied by the garbage collector) for the whole run.
 */
export class PreviousLines implements Iterable<[string, PreviousGrade]> {
  /** Each line's Customer Key, as bytes until asked for as text. */
  readonly #keys = new KeyBytes();
  /** The distinct grade and override texts; position 0 is none. */
  readonly #texts: (string | null)[] = [null];
  readonly #textAt = new Map<string, number>();
  #grade = new Uint32Array(1024);
  #override = new Uint32Array(1024);
  #gradedOn = new Float64Array(1024);
  #blacklistedOn = new Float64Array(1024);
  #openedOn = new Float64Array(1024);
  #firstSeenOn = new Float64Array(1024);
  #joined = new Uint8Array(1024);
  /**
   * Each key's position, made only when asked for or when the keys stop ascending: a run's results are written
   * sorted by Customer Key, so they join a register in key order by walking both, with no million-entry map.
   */
  #index: Map<string, number> | null = null;

  /** How many lines there are. */
  get size(): number {
    return this.#keys.size;
  }

  /** The Customer Key of the line at a position. */
  key(i: number): string {
    return this.#keys.text(i);
  }

  /** Every line's Customer Key, in the order the file gives them (each made a string: use key(i) for a few). */
  get keys(): string[] {
    return Array.from({ length: this.size }, (_, i) => this.key(i));
  }

  /** The position of a Customer Key's line, or -1 when the key has none. */
  indexOf(key: string): number {
    return this.#keyIndex().get(key) ?? -1;
  }

  /** Whether a Customer Key has a line. */
  has(key: string): boolean {
    return this.#keyIndex().has(key);
  }

  /**
   * The position of each of `count` keys' lines (-1 for a key without one), `keyAt(k)` giving the k-th key: by
   * walking both in step when both ascend, else by looking each up.
   */
  positionsOf(count: number, keyAt: (k: number) => string): Int32Array {
    const at = new Int32Array(count);
    if (this.#index === null) {
      // One walk that checks as it goes that the keys ascend; the first that does not sends the rest to lookups.
      const keys = this.#keys, size = keys.size;
      let j = 0, before = '';
      let k = 0;
      for (; k < count; k++) {
        const key = keyAt(k);
        if (k > 0 && !(before < key)) break;
        before = key;
        let order = j < size ? keys.compare(j, key) : 1;
        while (order < 0 && ++j < size) order = keys.compare(j, key);
        at[k] = order === 0 ? j++ : -1; // most keys meet their line in step
      }
      if (k === count) return at;
    }
    for (let k = 0; k < count; k++) at[k] = this.indexOf(keyAt(k));
    return at;
  }

  #keyIndex(): Map<string, number> {
    if (this.#index === null) {
      this.#index = new Map();
      for (let i = 0; i < this.size; i++) this.#index.set(this.key(i), i);
    }
    return this.#index;
  }

  /** A Customer Key's line as a record, or undefined when it has none. */
  get(key: string): PreviousGrade | undefined {
    const i = this.indexOf(key);
    return i < 0 ? undefined : this.at(i);
  }

  /** The line at a position as a record. */
  at(i: number): PreviousGrade {
    return { grade: this.grade(i), gradedOn: this.gradedOn(i), override: this.override(i), blacklistedOn: this.blacklistedOn(i),
      openedOn: this.openedOn(i), firstSeenOn: this.firstSeenOn(i), joined: this.joined(i) };
  }

  grade(i: number): string | null { return this.#texts[this.#grade[i]]; }
  override(i: number): string | null { return this.#texts[this.#override[i]]; }
  gradedOn(i: number): number | null { return heldDay(this.#gradedOn[i]); }
  blacklistedOn(i: number): number | null { return heldDay(this.#blacklistedOn[i]); }
  openedOn(i: number): number | null { return heldDay(this.#openedOn[i]); }
  firstSeenOn(i: number): number | null { return heldDay(this.#firstSeenOn[i]); }
  /** Whether a customer of the run joined the line at a position. */
  joined(i: number): boolean { return this.#joined[i] === 1; }
  /** Mark the line at a position as joined by a customer of the run. */
  join(i: number): void { this.#joined[i] = 1; }

  /** Room for `count` lines in all, so that a big file's columns are made once rather than grown. */
  reserve(count: number): void {
    if (count > this.#joined.length) this.#grow(count);
    this.#keys.reserve(count);
  }

  /** Add a line; false (nothing added) when its key already has one. */
  add(key: string, line: Omit<PreviousGrade, 'joined'>): boolean {
    return this.addLine(key, this.textIndex(line.grade), this.textIndex(line.override), line.gradedOn ?? NO_DAY,
      line.blacklistedOn ?? NO_DAY, line.openedOn ?? NO_DAY, line.firstSeenOn ?? NO_DAY);
  }

  /**
   * Add a line given as its columns hold it: the grade and the override as positions from textIndex, the dates as
   * day numbers (NaN when blank). False (nothing added) when its key already has one.
   */
  addLine(key: string, grade: number, override: number, gradedOn: number, blacklistedOn: number, openedOn: number, firstSeenOn: number): boolean {
    const i = this.size;
    if (this.#index !== null || (i > 0 && !(this.#keys.compare(i - 1, key) < 0))) {
      const index = this.#keyIndex();
      if (index.has(key)) return false;
      index.set(key, i);
    }
    this.#keys.pushText(key);
    this.#setLine(i, grade, override, gradedOn, blacklistedOn, openedOn, firstSeenOn);
    return true;
  }

  /**
   * Add a line whose Customer Key is the UTF-8 bytes[start, end), already trimmed (see addLine): the key is held
   * as those bytes, and made a string only when it breaks the ascending order or is asked for.
   */
  addLineBytes(bytes: Uint8Array, start: number, end: number, grade: number, override: number, gradedOn: number, blacklistedOn: number,
    openedOn: number, firstSeenOn: number): boolean {
    const i = this.#keys.push(bytes, start, end);
    if (this.#index === null && (i === 0 || this.#keys.ascends(i - 1))) {
      this.#setLine(i, grade, override, gradedOn, blacklistedOn, openedOn, firstSeenOn);
      return true;
    }
    const key = this.#keys.text(i);
    this.#keys.pop();
    return this.addLine(key, grade, override, gradedOn, blacklistedOn, openedOn, firstSeenOn);
  }

  /** Line i's columns. */
  #setLine(i: number, grade: number, override: number, gradedOn: number, blacklistedOn: number, openedOn: number, firstSeenOn: number): void {
    if (i >= this.#joined.length) this.#grow(2 * i);
    this.#grade[i] = grade;
    this.#override[i] = override;
    this.#gradedOn[i] = gradedOn;
    this.#blacklistedOn[i] = blacklistedOn;
    this.#openedOn[i] = openedOn;
    this.#firstSeenOn[i] = firstSeenOn;
  }

  /** Each Customer Key with its line, in the order the file gives them. */
  *[Symbol.iterator](): Iterator<[string, PreviousGrade]> {
    for (let i = 0; i < this.size; i++) yield [this.key(i), this.at(i)];
  }

  /** The position of a grade or override text among the distinct ones (each held once); 0 for none. */
  textIndex(text: string | null): number {
    if (text === null) return 0;
    let t = this.#textAt.get(text);
    if (t === undefined) {
      t = this.#texts.length;
      this.#texts.push(text);
      this.#textAt.set(text, t);
    }
    return t;
  }

  /** Room for `n` lines in every column. */
  #grow(n: number): void {
    const more = <T extends Uint32Array | Float64Array | Uint8Array>(a: T, make: new (n: number) => T): T => { const b = new make(n); b.set(a); return b; };
    this.#grade = more(this.#grade, Uint32Array);
    this.#override = more(this.#override, Uint32Array);
    this.#gradedOn = more(this.#gradedOn, Float64Array);
    this.#blacklistedOn = more(this.#blacklistedOn, Float64Array);
    this.#openedOn = more(this.#openedOn, Float64Array);
    this.#firstSeenOn = more(this.#firstSeenOn, Float64Array);
    this.#joined = more(this.#joined, Uint8Array);
  }
}

/** The previous results of a run. */
export interface PreviousGrades {
  file: string;
  byKey: PreviousLines;
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

/** Whether a byte is a visible ASCII character: no space, so a field that begins and ends with one trims to itself. */
function visible(b: number): boolean {
  return b > 0x20 && b < 0x7f;
}

const GRADES_SHEETS = new Set(['grades', '分级']);
const DATE_FIELDS = ['gradedOn', 'blacklistedOn', 'openedOn', 'firstSeenOn'] as const;

/** What reading rows collects: the results, the row handlers, the header's columns once read, the sheet's name. */
interface Collector {
  out: PreviousGrades;
  onRow: (cells: Cell[], row: number, problem?: Message) => void;
  /** The same rows from a plain CSV: as text up to the header, then by the bytes of the fields used. */
  plain: PlainCsvReader;
  headerOf(cells: Cell[]): Partial<Record<Field, number>> | null;
  setSheet(name: string): void;
  hasHeader(): boolean;
}

/** A fresh collector of the previous results of `file`. */
function collector(file: string): Collector {
  const out: PreviousGrades = { file, byKey: new PreviousLines(), asOf: null, exceptions: [] };
  const byKey = out.byKey;
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
  // Column positions once the header is read (-1 = absent; the dates' in DATE_FIELDS order), and each date text
  // read once: a month's results share a handful of dates.
  let key = -1, grade = -1, override = -1;
  let dateCols: number[] = [];
  let wanted: number[] = [];
  /** A row's header, or a blank row before it (false); throws for any other row where the header should be. */
  const header = (cells: Cell[], row: number): boolean => {
    if (cells.every((c) => isBlank(c))) return false;
    const found = headerOf(cells);
    if (found === null) {
      throw new InputError(file, `row ${row}: expected a Grades header with Customer Key (客户编号) and Grade (等级); found ${cells.map((c) => cellText(c)).filter(Boolean).join(', ')}`);
    }
    columns = found;
    key = found.key!;
    grade = found.grade!;
    override = found.override ?? -1;
    dateCols = DATE_FIELDS.map((f) => found[f] ?? -1);
    wanted = [key, grade, ...(override < 0 ? [] : [override]), ...dateCols.filter((c) => c >= 0)];
    return true;
  };
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
  /** The day of date field `f` of a row from its cell, NaN when blank; an exception of the row when it is no date. */
  const cellDay = (f: number, cell: Cell, row: number): number => {
    if (isBlank(cell)) return NO_DAY;
    const day = dayOf(cell);
    if (day !== null) return day;
    out.exceptions.push({ file, sheet, row, column: DATE_FIELDS[f], value: cellText(cell), problem: 'not a date (expected YYYY-MM-DD); the previous results are used without it' });
    return NO_DAY;
  };
  /** The day a line's grade was given counts toward the results' as-of date. */
  const gradedAt = (gradedOn: number): void => {
    if (gradedOn === gradedOn && (out.asOf === null || gradedOn > out.asOf)) out.asOf = gradedOn;
  };
  const twice = (row: number, k: string): void => {
    out.exceptions.push({ file, sheet, row, column: 'Customer Key', value: k, problem: 'customer key appears twice in the previous results; the first row is used' });
  };
  /** A row's line: its grade and override as text positions, its dates as day numbers (NaN when blank). */
  const addRow = (row: number, k: string, g: number, o: number, gradedOn: number, blacklistedOn: number, openedOn: number, firstSeenOn: number): void => {
    gradedAt(gradedOn);
    if (!byKey.addLine(k, g, o, gradedOn, blacklistedOn, openedOn, firstSeenOn)) twice(row, k);
  };
  const textIndex = (text: string): number => byKey.textIndex(text === '' ? null : text);
  const onRow = (cells: Cell[], row: number, problem?: Message): void => {
    // A row the reader could not take whole (a cut-off sheet, a stray quote) is named, never used half-read.
    if (problem) {
      out.exceptions.push({ file, sheet, row, column: '', value: '', problem: render(problem, 'en'), problemMessages: [problem] });
      return;
    }
    if (columns === null) {
      header(cells, row);
      return;
    }
    const k = cellText(cells[key]);
    if (k === '') return; // a note row (no grade policy, no customers) or a blank line
    const g = textIndex(cellText(cells[grade]));
    const o = override < 0 ? 0 : textIndex(cellText(cells[override]));
    const day = (f: number): number => (dateCols[f] < 0 ? NO_DAY : cellDay(f, cells[dateCols[f]], row));
    addRow(row, k, g, o, day(0), day(1), day(2), day(3));
  };
  // The plain CSV's fields, by their bytes: the grades and overrides are a handful of words, the dates a handful
  // of days, and only the key is made a string. Grades and overrides are told apart by their own few texts each.
  const textOf = (text: string): number => textIndex(text.trim());
  const grades = new TextsByBytes(textOf), overrides = new TextsByBytes(textOf);
  const isoDays = DATE_FIELDS.map(() => new IsoDays());
  /** The day of date field `f` of a plain CSV's line whose fields begin at `at` (see cellDay). */
  const fieldDay = (f: number, lines: PlainLines, at: number, row: number): number => {
    const c = dateCols[f];
    if (c < 0) return NO_DAY;
    const start = lines.start[at + c], end = lines.end[at + c];
    if (start === end) return NO_DAY;
    const day = isoDays[f].of(lines.bytes, start, end);
    return day === day ? day : cellDay(f, fieldText(lines.bytes, start, end), row);
  };
  const plain: PlainCsvReader = {
    text: (cells, row) => (header(cells, row) ? wanted : null),
    lines: (lines, row) => {
      const { bytes, start, end, width } = lines;
      byKey.reserve(Math.ceil(lines.expected * 1.1)); // a tenth more, for longer lines further on
      for (let l = 0, at = 0; l < lines.count; l++, at += width) {
        const ks = start[at + key], ke = end[at + key];
        // A key with nothing to trim (a visible ASCII character at either end) is held as its bytes, not as a string.
        const asBytes = ks < ke && visible(bytes[ks]) && visible(bytes[ke - 1]);
        const k = asBytes ? '' : fieldText(bytes, ks, ke).trim();
        if (!asBytes && k === '') continue;
        const g = grades.of(bytes, start[at + grade], end[at + grade]);
        const o = override < 0 ? 0 : overrides.of(bytes, start[at + override], end[at + override]);
        const r = row + l;
        const gradedOn = fieldDay(0, lines, at, r), blacklistedOn = fieldDay(1, lines, at, r);
        const openedOn = fieldDay(2, lines, at, r), firstSeenOn = fieldDay(3, lines, at, r);
        if (!asBytes) {
          addRow(r, k, g, o, gradedOn, blacklistedOn, openedOn, firstSeenOn);
          continue;
        }
        gradedAt(gradedOn);
        if (!byKey.addLineBytes(bytes, ks, ke, g, o, gradedOn, blacklistedOn, openedOn, firstSeenOn)) twice(r, fieldText(bytes, ks, ke));
      }
    },
  };
  return { out, onRow, plain, headerOf, setSheet: (name) => { sheet = name; }, hasHeader: () => columns !== null };
}

/**
 * Read the previous results of `path`: a result workbook, or a Grades CSV. `chunkSize` is how many bytes of a
 * plain CSV are read at a time (see readPlainCsv).
 */
export async function readPreviousGrades(path: string, chunkSize?: number): Promise<PreviousGrades> {
  const file = basename(path);
  let c = collector(file);
  if ((await fileKind(path, file)) === 'csv') {
    // A plain UTF-8 export (no quotes, one line ending, commas) is split here, taking only the columns used; any
    // other CSV goes through the general reader, from the start.
    if ((await detectFileEncoding(path, file)) !== 'utf-8' || !(await readPlainCsv(path, c.plain, chunkSize))) {
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
