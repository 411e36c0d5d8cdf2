/**
 * Feeds one table (a CSV file or a worksheet) into the register builder as rows stream in. The header is the
 * first row within the first HEADER_SEARCH_ROWS that holds the register's columns; rows above it (a title such as
 * 翡翠湾项目 2026年3月 客户来访登记表, a date line) are kept for the Audit. Every row after the header is counted
 * as used, exception or blank, so the Audit can show that none was lost.
 */
import { isEmptyRow, matchHeader, readHeader, RegisterFormatError, type RegisterBuilder, type RowOutcome, type TableOptions } from '../core/register';
import { render, type Message } from '../core/messages';
import type { Cell } from '../core/types';
import { cellText } from '../core/values';
import type { PhaseClock } from './phase-clock';

/** How many non-blank rows from the top may come before the header. */
export const HEADER_SEARCH_ROWS = 20;

/** A row above the header, as the Audit lists it. */
export interface TitleRow {
  row: number;
  text: string;
}

/** How the rows of a table were accounted for: read = used + exceptions + blank. */
export interface RowCounts {
  /** Rows after the header (every row the file holds there, blank ones included). */
  read: number;
  used: number;
  /** Rows that went to Exceptions (one row may have several problems). */
  exceptions: number;
  blank: number;
}

/** Streaming adapter from "row N has these cells" to RegisterBuilder's beginTable/addRow. */
export class TableFeeder {
  readonly counts: RowCounts = { read: 0, used: 0, exceptions: 0, blank: 0 };
  /** Rows above the header. */
  readonly titleRows: TitleRow[] = [];
  /** Spreadsheet row of the header (0 until found). */
  headerRow = 0;
  private candidates = 0;
  /** The first non-blank row's problem, reported when no header turns up. */
  private firstProblem: RegisterFormatError | null = null;
  private readonly addRow: (cells: readonly Cell[], row: number) => RowOutcome;
  private readonly options: TableOptions;

  /** `clock`, when given, times the builder's work on data rows apart from reading them. */
  constructor(private readonly builder: RegisterBuilder, options: TableOptions, clock?: PhaseClock) {
    this.options = { zeroIsValue: true, ...options };
    const addRow = (cells: readonly Cell[], row: number): RowOutcome => builder.addRow(cells, row);
    this.addRow = clock ? clock.timed('register rows', addRow) : addRow;
  }

  /** Whether the header has been read. */
  get hasHeader(): boolean {
    return this.headerRow > 0;
  }

  /** Whether the header search is over without a header (the table is no register). */
  get gaveUp(): boolean {
    return !this.hasHeader && this.candidates >= HEADER_SEARCH_ROWS;
  }

  /**
   * One row at spreadsheet row `row`; `problem` marks a row the file cuts short (it goes to Exceptions). Throws
   * RegisterFormatError when HEADER_SEARCH_ROWS rows pass without a header, or when the header names a field twice.
   */
  push(cells: readonly Cell[], row: number, problem?: Message): void {
    if (!this.hasHeader) {
      this.seekHeader(cells, row);
      return;
    }
    this.counts.read++;
    if (problem) {
      this.counts.exceptions++;
      const { file = '', sheet = '' } = this.options;
      const value = cells.map((c) => cellText(c)).filter(Boolean).join(' | ');
      this.builder.addException({ file, sheet, row, column: '', value, problem: render(problem, 'en'), problemMessages: [problem] });
      return;
    }
    const outcome = this.addRow(cells, row);
    if (outcome === 'used') this.counts.used++;
    else if (outcome === 'exception') this.counts.exceptions++;
    else this.counts.blank++;
  }

  /** No more rows: throws the reason when the table never showed a header. */
  end(): void {
    if (this.hasHeader) return;
    throw this.firstProblem ?? new RegisterFormatError(`${this.where()}: the ${this.options.sheet ? 'sheet' : 'file'} holds no rows`, this.options);
  }

  private seekHeader(cells: readonly Cell[], row: number): void {
    if (isEmptyRow(cells)) return;
    this.candidates++;
    const match = matchHeader(cells, row);
    if (match.missing.length === 0) {
      this.builder.beginTable(cells, row, this.options); // throws for duplicate header cells
      this.headerRow = row;
      return;
    }
    if (!this.firstProblem) {
      try {
        readHeader(cells, { file: this.options.file ?? '', sheet: this.options.sheet ?? '', row }); // for its message
      } catch (e) {
        if (!(e instanceof RegisterFormatError)) throw e;
        this.firstProblem = new RegisterFormatError(`${e.message}; no row among the first ${HEADER_SEARCH_ROWS} is a header`, e.origin);
      }
    }
    this.titleRows.push({ row, text: cells.map((c) => cellText(c)).filter(Boolean).join(' ') });
    if (this.gaveUp) throw this.firstProblem!;
  }

  private where(): string {
    return [this.options.file, this.options.sheet && `sheet ${this.options.sheet}`].filter(Boolean).join(', ') || 'register';
  }
}
