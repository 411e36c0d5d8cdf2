/**
 * The register model (SPEC §2): a table with a header row becomes usable event rows plus exception records for
 * every row that cannot be used. Tables are fed row by row so that large files stream through in flat memory.
 */
import type Decimal from 'decimal.js';
import { eventOfValue, eventWordsHelp, fieldOfHeader } from './aliases';
import { parseDay } from './dates';
import { minuteOfCell } from './time-of-day';
import { CodeTable } from './code-table';
import { digitCode } from './digit-code';
import { IntColumn } from './int-column';
import { normalisePhone, phoneText } from './phone';
import { EVENT_CODE, EVENT_TYPES } from './types';
import type { Cell, EventType, Phone, Register, RegisterColumns, RegisterException, RegisterField, RegisterRow, RowOrigin } from './types';
import { cellText, isBlank, parseMoney, parseYesNo } from './values';

/** A table that cannot be read as a register at all (no recognisable header, a required column missing). */
export class RegisterFormatError extends Error {
  constructor(message: string, readonly origin: Partial<RowOrigin> = {}) {
    super(message);
    this.name = 'RegisterFormatError';
  }
}

/** Where each register field sits in a table, as found in its header row. */
export interface HeaderMap {
  /** Column index of each field present. */
  index: Partial<Record<RegisterField, number>>;
  /** Header text as written, per column index (for messages). */
  headers: string[];
}

/** Events that need no salesperson or customer of their own. */
const NEEDS_SALESPERSON: ReadonlySet<EventType> = new Set(['visit', 'call', 'report', 'followup', 'deposit', 'deal', 'leave', 'penalty']);

/** Text of a text-field cell. A numeric 0 is blank: Excel desktop hands blank cells to custom functions as 0. */
function textOf(value: Cell): string {
  return value === 0 ? '' : cellText(value);
}

/** Whether every cell of a row is blank (such rows are not data: trailing rows of a range, spacer rows). */
export function isBlankRow(cells: readonly Cell[]): boolean {
  for (const c of cells) if (!isBlank(c) && c !== 0) return false;
  return true;
}

/**
 * Read a header row. Throws RegisterFormatError naming what is missing when the row does not hold the required
 * columns (date, event, salesperson, and customer or phone).
 */
export function readHeader(cells: readonly Cell[], origin: RowOrigin): HeaderMap {
  const index: Partial<Record<RegisterField, number>> = {};
  const headers = cells.map((c) => cellText(c));
  headers.forEach((h, i) => {
    const field = h ? fieldOfHeader(h) : null;
    if (field && index[field] === undefined) index[field] = i;
  });
  const missing: string[] = [];
  if (index.date === undefined) missing.push('date (日期)');
  if (index.event === undefined) missing.push('event (类型)');
  if (index.salesperson === undefined) missing.push('salesperson (销售员)');
  if (index.customer === undefined && index.phone === undefined) missing.push('customer (客户) or phone (电话)');
  if (missing.length > 0) {
    const where = [origin.file, origin.sheet && `sheet ${origin.sheet}`, `row ${origin.row}`].filter(Boolean).join(', ');
    const seen = headers.filter(Boolean).join(', ') || '(empty)';
    throw new RegisterFormatError(
      `${where}: no register header: missing column ${missing.join(', ')}; found: ${seen}`,
      origin,
    );
  }
  return { index, headers };
}

/** Options of a table fed to the builder. */
export interface TableOptions {
  file?: string;
  sheet?: string;
  /** The workbook uses the 1904 date system (old Mac Excel). */
  date1904?: boolean;
}

/** Register fields held as pooled text ids; the first two are what a customer's phone usually comes back with. */
const TEXT_FIELDS = [
  'customer', 'household', 'salesperson', 'team', 'designated', 'referrer', 'target', 'absent', 'recognised', 'contract_names', 'violation',
] as const;
const VIOLATION = TEXT_FIELDS.indexOf('violation');
const PER_PHONE_FIELDS = 2;
type TextField = (typeof TEXT_FIELDS)[number];

/** Cells of one row that hold a usable value per field, before they are stored. */
interface RowValues {
  date: number;
  event: number;
  /** A known phone's id, a new phone, NO_PHONE or INVALID_PHONE. */
  phone: number | Phone;
  /** Whether the phone cell as written is new (remembered once the row's phone has its id), and its digit code. */
  phoneCellNew: boolean;
  phoneCode: number;
  accompanied: boolean;
  amount: Decimal | null;
  commission: Decimal | null;
  minute: number;
}

/**
 * Accumulates one register from one or more tables (files, sheets), column by column. Row positions run across
 * tables so that same-day events keep file order.
 */
export class RegisterBuilder {
  private readonly exceptions: RegisterException[] = [];
  private readonly files: string[] = [];
  private readonly tables: { file: string; sheet: string }[] = [];
  private header: HeaderMap | null = null;
  private tableIndex = -1;
  private date1904 = false;
  private size = 0;
  private readonly date = new IntColumn();
  private readonly event = new IntColumn();
  private readonly line = new IntColumn();
  private readonly table = new IntColumn();
  private readonly phone = new IntColumn();
  private readonly accompanied = new IntColumn();
  private readonly minute = new IntColumn();
  /** One column per text field, in TEXT_FIELDS order (arrays, not records: this runs a million times). */
  private readonly text = TEXT_FIELDS.map(() => new IntColumn());
  private readonly amount: (Decimal | null)[] = [];
  private readonly commission: (Decimal | null)[] = [];
  /**
   * One id per distinct text and per distinct phone. A register repeats the same salespeople, teams, customers and
   * phones thousands of times; ids compare as integers and take a fraction of the memory of a string per cell.
   */
  private readonly textIds = new Map<string, number>([['', 0]]);
  /**
   * The first few thousand texts of each column: salespeople, teams and designations repeat a few dozen names a
   * million times, and a small map answers them from the processor's cache where the register-wide one cannot.
   */
  private readonly fieldIds = TEXT_FIELDS.map(() => new Map<string, number>());
  /** The customer name and household last seen with each phone id: most rows repeat them, so compare first. */
  private readonly lastOfPhone = Array.from({ length: PER_PHONE_FIELDS }, () => new IntColumn());
  /** Header column of each text field (-1 when the table has none), for the current table. */
  private textColumns: number[] = [];
  private readonly texts: string[] = [''];
  private readonly phoneIds = new Map<string, number>();
  /**
   * Phone id by the cell as written, so that a number seen before is not normalised again: cells of plain digits
   * by their digit code (no text to hash), anything else (`138-0000-1111`) by its text.
   */
  private readonly phoneOfCode = new CodeTable();
  private readonly phoneOfCell = new Map<string, number>();
  private readonly phones: Phone[] = [];
  private readonly phoneCodes: number[] = [];
  /** Day number by date text and by Date instant: a register names a few hundred days a million times. */
  private readonly dayOfText = new Map<string, number | null>();
  private readonly dayOfTime = new Map<number, number | null>();

  /** Start a table whose header row is `cells` at spreadsheet row `row`. */
  beginTable(cells: readonly Cell[], row: number, options: TableOptions = {}): void {
    const file = options.file ?? '';
    const sheet = options.sheet ?? '';
    if (!this.files.includes(file)) this.files.push(file);
    this.header = readHeader(cells, { file, sheet, row });
    this.textColumns = TEXT_FIELDS.map((f) => this.header!.index[f] ?? -1);
    this.date1904 = options.date1904 ?? false;
    this.tableIndex = this.tables.length;
    this.tables.push({ file, sheet });
  }

  /** Record a problem that is not tied to one parsed row (e.g. an unreadable sheet). */
  addException(exception: RegisterException): void {
    this.exceptions.push(exception);
  }

  /** Add one data row at spreadsheet row `row`. Blank rows are skipped; unusable rows become exceptions. */
  addRow(cells: readonly Cell[], row: number): void {
    const header = this.header;
    if (!header) throw new Error('RegisterBuilder.addRow before beginTable');
    if (isBlankRow(cells)) return;
    const values = this.read(cells, header.index);
    if (Array.isArray(values)) {
      for (const [f, text] of values) this.exceptions.push(this.exception(f, cells, row, text));
      return;
    }
    this.size++;
    this.date.push(values.date);
    this.event.push(values.event);
    this.line.push(row);
    this.table.push(this.tableIndex);
    // Leave rows are about no customer; a phone on one is checked but not kept.
    const phone = values.event === EVENT_CODE.leave ? NO_PHONE : this.phoneIdOf(values, fieldCell(cells, header.index, 'phone'));
    this.phone.push(phone);
    this.accompanied.push(values.accompanied ? 1 : 0);
    this.minute.push(values.minute);
    for (let f = 0; f < TEXT_FIELDS.length; f++) {
      const c = this.textColumns[f];
      // A penalty row without a violation column is named by its event word (捞客, 甩客).
      let text = c < 0 ? '' : textOf(cells[c]);
      if (text === '' && f === VIOLATION && values.event === EVENT_CODE.penalty) text = textOf(fieldCell(cells, header.index, 'event'));
      let id: number;
      if (f < PER_PHONE_FIELDS && phone >= 0) {
        const hint = this.lastOfPhone[f].at(phone);
        id = hint > 0 && this.texts[hint] === text ? hint : this.textIdOf(text, this.fieldIds[f]);
        this.lastOfPhone[f].put(phone, id);
      } else id = this.textIdOf(text, this.fieldIds[f]);
      this.text[f].push(id);
    }
    this.amount.push(values.amount);
    this.commission.push(values.commission);
  }

  /** The usable values of a row, or its problems as (field, problem) pairs. */
  private read(cells: readonly Cell[], at: HeaderMap['index']): RowValues | [RegisterField, string][] {
    const problems: [RegisterField, string][] = [];
    const eventCell = fieldCell(cells, at, 'event');
    const event = isBlank(eventCell) ? null : eventOfValue(cellText(eventCell));
    if (event === null) {
      problems.push(['event', `${isBlank(eventCell) ? 'missing event' : 'unknown event word'}; expected one of ${eventWordsHelp()}`]);
    }
    const dateCell = fieldCell(cells, at, 'date');
    const noDate = isBlank(dateCell) || dateCell === 0;
    const date = noDate ? null : this.dayOf(dateCell);
    if (date === null) {
      problems.push(['date', noDate ? 'missing date' : 'not a date; expected e.g. 2026-03-01, 2026/3/1, 2026年3月1日 or an Excel date']);
    }
    if (!textOf(fieldCell(cells, at, 'salesperson')) && (event === null || NEEDS_SALESPERSON.has(event))) {
      problems.push(['salesperson', event === 'leave' ? 'missing salesperson: a leave row names the leaver' : 'missing salesperson']);
    }
    const phoneCell = fieldCell(cells, at, 'phone');
    const phoneCode = cellCode(phoneCell);
    const written = this.phoneOfWritten(phoneCell, phoneCode);
    const phone = written ?? this.phoneOf(phoneCell);
    if (phone === INVALID_PHONE) {
      problems.push(['phone', 'not a phone number; expected digits such as 13800001111, +86 138-0000-1111 or a masked 138****1111']);
    } else if (phone === NO_PHONE && event !== 'leave' && event !== 'penalty' && !textOf(fieldCell(cells, at, 'customer'))) {
      problems.push([at.phone !== undefined ? 'phone' : 'customer', 'missing customer: give a customer name or a phone']);
    }
    const amountCell = fieldCell(cells, at, 'amount');
    const amount = isBlank(amountCell) ? null : parseMoney(amountCell);
    if (!isBlank(amountCell) && amount === null) problems.push(['amount', 'not a number; expected an amount such as 1000000.00']);
    else if (event === 'deal' && amount === null) problems.push(['amount', 'missing amount: a deal row needs the deal amount']);
    const commissionCell = fieldCell(cells, at, 'commission');
    const commission = isBlank(commissionCell) ? null : parseMoney(commissionCell);
    if (!isBlank(commissionCell) && commission === null) problems.push(['commission', 'not a number; expected an amount such as 10000.00']);
    const accompanied = parseYesNo(fieldCell(cells, at, 'accompanied'));
    if (accompanied === null) problems.push(['accompanied', 'not yes/no; expected 是/否, yes/no, true/false or 1/0']);
    if (event === 'transfer' && !textOf(fieldCell(cells, at, 'target'))) {
      problems.push(['target', 'missing target: a transfer row names who receives the customer']);
    }
    if (problems.length > 0) return problems;
    return {
      date: date!, event: EVENT_CODE[event!], phone, phoneCellNew: written === undefined, phoneCode, accompanied: accompanied!,
      amount, commission, minute: noDate ? -1 : minuteOfCell(dateCell),
    };
  }

  /** The day of a date cell (cached for text and Date cells), or null. */
  private dayOf(value: Cell): number | null {
    if (typeof value === 'string') return rememberedDay(this.dayOfText, value, value, this.date1904);
    if (value instanceof Date) return rememberedDay(this.dayOfTime, value.getTime(), value, this.date1904);
    return parseDay(value, this.date1904);
  }

  /** The id of a cell's text ('' is 0), looked up in its column's own small map first. */
  private textIdOf(s: string, column: Map<string, number>): number {
    if (s === '') return 0;
    let id = column.get(s);
    if (id !== undefined) return id;
    id = this.textIds.get(s);
    if (id === undefined) {
      id = this.texts.length;
      this.textIds.set(s, id);
      this.texts.push(s);
    }
    if (column.size < COLUMN_CACHE_LIMIT) column.set(s, id);
    return id;
  }

  /**
   * A phone cell not seen as written before: the id of its number when that is known, else the normalised number
   * (it gets an id only when its row is usable); NO_PHONE for a blank cell, INVALID_PHONE for text that is no phone.
   */
  private phoneOf(value: Cell): number | Phone {
    const phone = normalisePhone(value);
    if (phone === null) return NO_PHONE;
    if (phone === 'invalid') return INVALID_PHONE;
    return this.phoneIds.get(phoneText(phone)) ?? phone;
  }

  /** The phone id remembered for a cell as written (`code` is its digit code, NaN unless plain digits). */
  private phoneOfWritten(value: Cell, code: number): number | undefined {
    if (code === code) {
      const seen = this.phoneOfCode.get(code);
      return seen >= 0 ? seen : undefined;
    }
    return typeof value === 'string' ? this.phoneOfCell.get(value) : undefined;
  }

  /**
   * The id of a usable row's phone, giving a new number the next id (the first Phone object stands for all), and
   * remembering the cell as written when it is new.
   */
  private phoneIdOf(values: RowValues, cell: Cell): number {
    const { phone } = values;
    let id: number;
    if (typeof phone === 'number') id = phone;
    else {
      const key = phoneText(phone);
      id = this.phoneIds.get(key) ?? -1;
      if (id < 0) {
        id = this.phones.length;
        this.phoneIds.set(key, id);
        this.phones.push(phone);
        this.phoneCodes.push(phone.kind === 'full' ? digitCode(phone.digits) : NaN);
      }
    }
    if (id >= 0 && values.phoneCellNew) {
      const code = values.phoneCode;
      if (code === code) this.phoneOfCode.set(code, id);
      else if (typeof cell === 'string' && this.phoneOfCell.size < PHONE_CELL_LIMIT) this.phoneOfCell.set(cell, id);
    }
    return id;
  }

  /** An exception for field `f` of a row, naming the column as its header is written. */
  private exception(f: RegisterField, cells: readonly Cell[], row: number, problem: string): RegisterException {
    const { index, headers } = this.header!;
    const column = index[f] === undefined ? f : headers[index[f]!] || f;
    const { file, sheet } = this.tables[this.tableIndex];
    return { file, sheet, row, column, value: cellText(fieldCell(cells, index, f)), problem };
  }

  /** The register built so far. */
  finish(): Register {
    const text = Object.fromEntries(TEXT_FIELDS.map((f, k) => [f, this.text[k].finish()])) as Record<TextField, Int32Array>;
    const cols: RegisterColumns = {
      ...text,
      date: this.date.finish(),
      event: Uint8Array.from(this.event.finish()),
      line: this.line.finish(),
      table: this.table.finish(),
      phone: this.phone.finish(),
      accompanied: Uint8Array.from(this.accompanied.finish()),
      minute: Int16Array.from(this.minute.finish()),
      amount: this.amount,
      commission: this.commission,
    };
    return new ColumnRegister(this.size, cols, this.texts, this.tables, this.exceptions, this.files,
      this.phones, Float64Array.from(this.phoneCodes), this.textIds, this.phoneIds);
  }
}

/** How many texts each column's own map keeps. */
const COLUMN_CACHE_LIMIT = 4096;
/** A blank phone cell. */
const NO_PHONE = -1;
/** A phone cell whose text is no phone number. */
const INVALID_PHONE = -2;
/** How many written phone texts are remembered (every phone of a register, within reason). */
const PHONE_CELL_LIMIT = 5_000_000;
/** How many distinct date texts or instants are cached (a register has a few hundred; junk must not grow memory). */
const CACHE_LIMIT = 100_000;

/** The day of date cell `cell`, kept in `map` under `key` (up to CACHE_LIMIT keys). */
function rememberedDay<K>(map: Map<K, number | null>, key: K, cell: Cell, date1904: boolean): number | null {
  let day = map.get(key);
  if (day === undefined) {
    day = parseDay(cell, date1904);
    if (map.size < CACHE_LIMIT) map.set(key, day);
  }
  return day;
}

/** The digit code of a phone cell of plain digits (text or a whole number), else NaN. */
function cellCode(value: Cell): number {
  if (typeof value === 'string') return digitCode(value);
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? digitCode(String(value)) : NaN;
}

/** The cell of field `f` in a row, or undefined when the table has no such column. */
function fieldCell(cells: readonly Cell[], at: HeaderMap['index'], f: RegisterField): Cell {
  const c = at[f];
  return c === undefined ? undefined : cells[c];
}

/** A register held column by column (see RegisterColumns). */
class ColumnRegister implements Register {
  constructor(
    readonly size: number,
    readonly cols: RegisterColumns,
    readonly texts: readonly string[],
    readonly tables: readonly { file: string; sheet: string }[],
    readonly exceptions: RegisterException[],
    readonly files: string[],
    readonly phones: Phone[],
    readonly phoneCodes: Float64Array,
    private readonly textIds: ReadonlyMap<string, number>,
    private readonly phoneIds: ReadonlyMap<string, number>,
  ) {}

  textId(text: string): number {
    return this.textIds.get(text) ?? -1;
  }

  phoneId(text: string): number {
    return this.phoneIds.get(text) ?? -1;
  }

  row(i: number): RegisterRow {
    const c = this.cols;
    const t = this.texts;
    const { file, sheet } = this.tables[c.table[i]];
    const phoneId = c.phone[i];
    return {
      file, sheet, row: c.line[i], seq: i, date: c.date[i], event: EVENT_TYPES[c.event[i]],
      customer: t[c.customer[i]], phone: phoneId >= 0 ? this.phones[phoneId] : null, phoneId,
      household: t[c.household[i]], salesperson: t[c.salesperson[i]], team: t[c.team[i]],
      designated: t[c.designated[i]], referrer: t[c.referrer[i]], accompanied: c.accompanied[i] === 1,
      amount: c.amount[i], commission: c.commission[i], target: t[c.target[i]],
      absent: t[c.absent[i]], recognised: t[c.recognised[i]], contractNames: t[c.contract_names[i]], violation: t[c.violation[i]],
      minute: c.minute[i],
    };
  }

  rows(): RegisterRow[] {
    return Array.from({ length: this.size }, (_, i) => this.row(i));
  }
}

/**
 * Parse a whole table (2D array) into a register. The header is the first non-blank row; `firstRow` is the
 * spreadsheet row number of `table[0]` (1 for a sheet read from the top).
 */
export function parseRegister(table: readonly (readonly Cell[])[], options: TableOptions & { firstRow?: number } = {}): Register {
  const builder = new RegisterBuilder();
  addTable(builder, table, options);
  return builder.finish();
}

/** Feed a whole table (2D array) into a builder: header at the first non-blank row, the rest as data. */
export function addTable(
  builder: RegisterBuilder,
  table: readonly (readonly Cell[])[],
  options: TableOptions & { firstRow?: number } = {},
): void {
  const firstRow = options.firstRow ?? 1;
  const h = table.findIndex((r) => !isBlankRow(r));
  if (h < 0) {
    throw new RegisterFormatError(
      `${[options.file, options.sheet && `sheet ${options.sheet}`].filter(Boolean).join(', ') || 'register'}: the table is empty`,
      { file: options.file, sheet: options.sheet },
    );
  }
  builder.beginTable(table[h], firstRow + h, options);
  for (let i = h + 1; i < table.length; i++) builder.addRow(table[i], firstRow + i);
}

/** How register row `i` is named in reasons and sheets: `8`, or `file.csv:8` when the register spans several files. */
export function rowName(register: Register, i: number): string {
  const line = register.cols.line[i];
  return register.files.length > 1 ? `${register.tables[register.cols.table[i]].file}:${line}` : String(line);
}
