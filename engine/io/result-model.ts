/**
 * The result workbook as data, before any file format: sheets made of blocks (a table with typed columns, an
 * optional title and chart). The .xlsx writer and the CSV writer render the same model, so the two never differ.
 * Cell values are strings — money as exact decimal text — and the column kind says how a workbook shows them.
 */

/** How a column's text is shown in a workbook: kept as text, a row number, money, a date or a plain number. */
export type ColumnKind = 'text' | 'ref' | 'money' | 'date' | 'number';

/** A column: English and Chinese header, kind and width (in characters). */
export interface Column {
  en: string;
  zh: string;
  kind: ColumnKind;
  width: number;
}

/** A bar chart over a block: categories are the block's first column, series the listed columns. */
export interface BlockChart {
  title: { en: string; zh: string };
  direction: 'col' | 'bar';
  series: number[];
}

/** One table of a sheet. */
export interface Block {
  title?: { en: string; zh: string };
  columns: Column[];
  rows: Iterable<string[]>;
  /** Rows shown in the workbook only, not in CSV (values that differ between runs, like the run time). */
  workbookOnlyRows?: string[][];
  /** Shown in place of rows when there are none. */
  emptyNote?: { en: string; zh: string };
  /** Charts drawn beside the block, each over some of its columns. */
  charts?: BlockChart[];
}

/** One sheet of the result. */
export interface ResultSheet {
  en: string;
  zh: string;
  blocks: Block[];
}

/** Language of the result: one type for headers and messages. */
import type { Lang } from '../core/messages/message';
export type { Lang };

/** Text of a bilingual label in the chosen language. */
export function label(l: { en: string; zh: string }, lang: Lang): string {
  return lang === 'zh' ? l.zh : l.en;
}

/** A column definition in one line: `col('Owner', '归属人', 'text', 12)`. */
export function col(en: string, zh: string, kind: ColumnKind, width: number): Column {
  return { en, zh, kind, width };
}
