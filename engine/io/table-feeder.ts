/**
 * Feeds one table (a CSV file or a worksheet) into the register builder as rows stream in: the first non-blank
 * row is the header, every later row is data. Counts the data rows for the Audit sheet.
 */
import { isBlankRow, type RegisterBuilder, type TableOptions } from '../core/register';
import type { Cell } from '../core/types';
import type { PhaseClock } from './phase-clock';

/** Streaming adapter from "row N has these cells" to RegisterBuilder's beginTable/addRow. */
export class TableFeeder {
  /** Non-blank data rows seen after the header. */
  dataRows = 0;
  private started = false;
  private readonly addRow: (cells: readonly Cell[], row: number) => void;

  /** `clock`, when given, times the builder's work on data rows apart from reading them. */
  constructor(private readonly builder: RegisterBuilder, private readonly options: TableOptions, clock?: PhaseClock) {
    const addRow = (cells: readonly Cell[], row: number): void => builder.addRow(cells, row);
    this.addRow = clock ? clock.timed('register rows', addRow) : addRow;
  }

  /** Whether the header has been read. */
  get hasHeader(): boolean {
    return this.started;
  }

  /** One row at spreadsheet row `row`. Throws RegisterFormatError when the first non-blank row is no header. */
  push(cells: readonly Cell[], row: number): void {
    if (!this.started) {
      if (isBlankRow(cells)) return;
      this.builder.beginTable(cells, row, this.options);
      this.started = true;
      return;
    }
    if (isBlankRow(cells)) return;
    this.dataRows++;
    this.addRow(cells, row);
  }
}
