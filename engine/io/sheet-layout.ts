/**
 * Where each line of a result sheet goes: blocks are stacked top to bottom — optional title, header, rows (or the
 * block's note when it has none) — with a blank line between blocks. Both writers walk this one layout, so the
 * workbook and the CSV export always have the same lines in the same places, and every data cell is made safe
 * here once for both (safe-text.ts: XML-valid characters, Excel's cell length, no formula injection).
 */
import { label, type Block, type Lang, type ResultSheet } from './result-model';
import { safeCells } from './safe-text';

/** One laid-out line. `row` is its 1-based row number in the sheet. */
export type Line =
  | { kind: 'title' | 'header' | 'note' | 'gap'; row: number; cells: string[]; block: Block }
  | { kind: 'data'; row: number; cells: string[]; block: Block; index: number };

/** Where a block's header and data rows landed (for chart references). */
export interface BlockPlace {
  block: Block;
  headerRow: number;
  firstDataRow: number;
  /** Data rows written (0 when the note was shown instead). */
  dataRows: number;
}

/**
 * The lines of a sheet in order. `workbook` includes the rows meant for the workbook only. `places` (optional)
 * receives each block's position as it is laid out.
 */
export function* layoutSheet(sheet: ResultSheet, lang: Lang, workbook: boolean, places: BlockPlace[] = []): Generator<Line> {
  let row = 0;
  for (const [b, block] of sheet.blocks.entries()) {
    if (b > 0) yield { kind: 'gap', row: ++row, cells: [], block };
    if (block.title) yield { kind: 'title', row: ++row, cells: [label(block.title, lang)], block };
    const place: BlockPlace = { block, headerRow: ++row, firstDataRow: row + 1, dataRows: 0 };
    places.push(place);
    yield { kind: 'header', row, cells: block.columns.map((c) => label(c, lang)), block };
    const rows = workbook && block.workbookOnlyRows ? [block.rows, block.workbookOnlyRows] : [block.rows];
    for (const part of rows) {
      for (const cells of part) yield { kind: 'data', row: ++row, cells: safeCells(cells, lang), block, index: place.dataRows++ };
    }
    if (place.dataRows === 0 && block.emptyNote) yield { kind: 'note', row: ++row, cells: [label(block.emptyNote, lang)], block };
  }
}
