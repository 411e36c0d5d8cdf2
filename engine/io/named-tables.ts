/**
 * Whole-table reads of small inputs: a workbook's `Rules` (规则) and `Customers` (客户) sheets, or the first sheet,
 * or a CSV file — for `--policy book.xlsx`, `--metrics FILE` and `crm-rules check`.
 */
import { basename } from 'node:path';
import type { Cell } from '../core/types';
import { readCsvRows } from './csv-reader';
import { fileKind } from './file-kind';
import { readXlsxSheets } from './xlsx-reader';
import type { TableInput } from './read-inputs';

/** Sheet names that mark the Rules and Customers sheets, lower case. */
export const SHEET_NAMES = { rules: new Set(['rules', '规则']), customers: new Set(['customers', '客户']) } as const;

/** Collects a whole sheet as a 2D table, padding rows the file skips so row numbers stay exact. */
export class TableCollector {
  readonly rows: Cell[][] = [];
  firstRow = 0;

  /** Add the cells of spreadsheet row `row`. */
  add(cells: Cell[], row: number): void {
    if (this.firstRow === 0) this.firstRow = row;
    while (this.firstRow + this.rows.length < row) this.rows.push([]);
    this.rows.push(cells);
  }

  /** The collected table. */
  table(sheet: string, file: string): TableInput {
    return { rows: this.rows, firstRow: this.firstRow || 1, sheet, file };
  }
}

/** The tables of a file: its Rules and Customers sheets and its first sheet (a CSV file is one first sheet). */
export interface NamedTables {
  rules?: TableInput;
  customers?: TableInput;
  first: TableInput;
}

/** Read the Rules, Customers and first sheet of a workbook, or the one table of a CSV file. */
export async function readNamedTables(path: string): Promise<NamedTables> {
  const name = basename(path);
  if ((await fileKind(path, name)) === 'csv') {
    const c = new TableCollector();
    await readCsvRows(path, name, (cells, row) => c.add(cells, row));
    return { first: c.table('', name) };
  }
  const collected: { sheet: string; collector: TableCollector }[] = [];
  await readXlsxSheets(path, name, ({ name: sheet }) => {
    const label = sheet.trim().toLowerCase();
    if (collected.length > 0 && !SHEET_NAMES.rules.has(label) && !SHEET_NAMES.customers.has(label)) return null;
    const collector = new TableCollector();
    collected.push({ sheet, collector });
    return { row: (cells, row) => collector.add(cells, row) };
  });
  const find = (names: ReadonlySet<string>): TableInput | undefined => {
    const hit = collected.find((t) => names.has(t.sheet.trim().toLowerCase()));
    return hit?.collector.table(hit.sheet, name);
  };
  return { rules: find(SHEET_NAMES.rules), customers: find(SHEET_NAMES.customers), first: collected[0].collector.table(collected[0].sheet, name) };
}
