/**
 * The register model (SPEC §2): a table with a header row becomes usable event rows plus exception records for
 * every row that cannot be used. Tables are fed row by row so that large files stream through in flat memory.
 */
import { eventOfValue, eventWordsHelp, fieldOfHeader } from './aliases';
import { parseDay } from './dates';
import { normalisePhone } from './phone';
import type { Cell, EventType, Phone, Register, RegisterException, RegisterField, RegisterRow, RowOrigin } from './types';
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
const NEEDS_SALESPERSON: ReadonlySet<EventType> = new Set(['visit', 'call', 'report', 'followup', 'deposit', 'deal', 'leave']);

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

/**
 * Accumulates one register from one or more tables (files, sheets). Row sequence numbers run across tables so
 * that same-day events keep file order.
 */
export class RegisterBuilder {
  private readonly rows: RegisterRow[] = [];
  private readonly exceptions: RegisterException[] = [];
  private readonly files: string[] = [];
  private header: HeaderMap | null = null;
  /**
   * One string object per distinct text, one Phone object per distinct number. A register repeats the same
   * salespeople, teams, customers and phones thousands of times; pooled values compare by pointer, hash once and
   * take a fraction of the memory, which is what keeps million-row registers fast.
   */
  private readonly texts = new Map<string, string>();
  private readonly phoneIds = new Map<string, number>();
  private readonly phones: Phone[] = [];
  private readonly householdIds = new Map<string, number>();
  private table: Required<TableOptions> = { file: '', sheet: '', date1904: false };

  /** Start a table whose header row is `cells` at spreadsheet row `row`. */
  beginTable(cells: readonly Cell[], row: number, options: TableOptions = {}): void {
    this.table = { file: options.file ?? '', sheet: options.sheet ?? '', date1904: options.date1904 ?? false };
    if (!this.files.includes(this.table.file)) this.files.push(this.table.file);
    this.header = readHeader(cells, { file: this.table.file, sheet: this.table.sheet, row });
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
    const at = header.index;
    const cell = (f: RegisterField): Cell => { const c = at[f]; return c === undefined ? undefined : cells[c]; };
    const problems: RegisterException[] = [];
    const problem = (f: RegisterField, text: string): void => {
      problems.push(this.exception(f, cell(f), row, text));
    };

    const eventCell = cell('event');
    const event = isBlank(eventCell) ? null : eventOfValue(cellText(eventCell));
    if (event === null) {
      problem('event', `${isBlank(eventCell) ? 'missing event' : 'unknown event word'}; expected one of ${eventWordsHelp()}`);
    }
    const dateCell = cell('date');
    const noDate = isBlank(dateCell) || dateCell === 0;
    const date = noDate ? null : parseDay(dateCell, this.table.date1904);
    if (date === null) {
      problem('date', noDate ? 'missing date' : 'not a date; expected e.g. 2026-03-01, 2026/3/1, 2026年3月1日 or an Excel date');
    }
    const salesperson = this.text(cell('salesperson'));
    if (!salesperson && (event === null || NEEDS_SALESPERSON.has(event))) {
      problem('salesperson', event === 'leave' ? 'missing salesperson: a leave row names the leaver' : 'missing salesperson');
    }
    const customer = this.text(cell('customer'));
    const phone = normalisePhone(cell('phone'));
    if (phone === 'invalid') {
      problem('phone', 'not a phone number; expected digits such as 13800001111, +86 138-0000-1111 or a masked 138****1111');
    } else if (!customer && !phone && event !== 'leave') {
      problem(at.phone !== undefined ? 'phone' : 'customer', 'missing customer: give a customer name or a phone');
    }
    const amountCell = cell('amount');
    const amount = isBlank(amountCell) ? null : parseMoney(amountCell);
    if (!isBlank(amountCell) && amount === null) problem('amount', 'not a number; expected an amount such as 1000000.00');
    else if (event === 'deal' && amount === null) problem('amount', 'missing amount: a deal row needs the deal amount');
    const commissionCell = cell('commission');
    const commission = isBlank(commissionCell) ? null : parseMoney(commissionCell);
    if (!isBlank(commissionCell) && commission === null) problem('commission', 'not a number; expected an amount such as 10000.00');
    const accompanied = parseYesNo(cell('accompanied'));
    if (accompanied === null) problem('accompanied', 'not yes/no; expected 是/否, yes/no, true/false or 1/0');
    const target = this.text(cell('target'));
    if (event === 'transfer' && !target) problem('target', 'missing target: a transfer row names who receives the customer');

    if (problems.length > 0) {
      for (const p of problems) this.exceptions.push(p);
      return;
    }
    const { file, sheet } = this.table;
    const household = this.text(cell('household'));
    const phoneId = phone && phone !== 'invalid' && event !== 'leave' ? this.phoneId(phone) : -1;
    this.rows.push({
      file, sheet, row,
      seq: this.rows.length,
      date: date!,
      event: event!,
      customer,
      phone: phoneId >= 0 ? this.phones[phoneId] : (phone as Phone | null),
      phoneId,
      household,
      householdId: household ? this.householdId(household) : -1,
      salesperson,
      team: this.text(cell('team')),
      designated: this.text(cell('designated')),
      referrer: this.text(cell('referrer')),
      accompanied: accompanied!,
      amount,
      commission,
      target,
    });
  }

  /** The pooled copy of a text. */
  private text(value: Cell): string {
    const s = textOf(value);
    if (s === '') return s;
    const pooled = this.texts.get(s);
    if (pooled !== undefined) return pooled;
    this.texts.set(s, s);
    return s;
  }

  /** The id of a phone in the register's list of distinct phones (the first Phone object of a number stands for all). */
  private phoneId(phone: Phone): number {
    const key = phone.kind === 'full' ? phone.digits : phone.text;
    let id = this.phoneIds.get(key);
    if (id === undefined) {
      id = this.phones.length;
      this.phoneIds.set(key, id);
      this.phones.push(phone);
    }
    return id;
  }

  /** The id of a household value. */
  private householdId(household: string): number {
    let id = this.householdIds.get(household);
    if (id === undefined) this.householdIds.set(household, (id = this.householdIds.size));
    return id;
  }

  /** An exception for field `f` of a row, naming the column as its header is written. */
  private exception(f: RegisterField, value: Cell, row: number, problem: string): RegisterException {
    const { index, headers } = this.header!;
    const column = index[f] === undefined ? f : headers[index[f]!] || f;
    return { file: this.table.file, sheet: this.table.sheet, row, column, value: cellText(value), problem };
  }

  /** The register built so far. */
  finish(): Register {
    return { rows: this.rows, exceptions: this.exceptions, files: this.files, phones: this.phones, households: this.householdIds.size };
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

/** How a row is named in reasons and sheets: `8`, or `file.csv:8` when the register spans several files. */
export function rowRef(row: RowOrigin, register: Pick<Register, 'files'>): string {
  return register.files.length > 1 ? `${row.file}:${row.row}` : String(row.row);
}
