/**
 * What the pane does to the workbook, through Excel's JavaScript API. Everything here needs Excel; the
 * decisions (what to write, what to show) are made by the pure modules next to it.
 */
import type { Cell } from '../../../engine/core/types';
import type { WorkbookRules } from '../functions/policy-arg';
import { RULES_SHEET_NAMES } from '../functions/workbook-rules';
import { queueUsedRanges } from '../functions/used-ranges';
import type { DashboardBlock } from './dashboard';
import type { Words } from './i18n';

/** A sheet's used range as the pane reads it. */
export type SheetTable = WorkbookRules;

/** A worksheet by name, emptied, created if missing; `activate` brings it to the front. */
async function freshSheet(context: Excel.RequestContext, name: string): Promise<Excel.Worksheet> {
  const existing = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  const sheet = existing.isNullObject ? context.workbook.worksheets.add(name) : existing;
  if (!existing.isNullObject) {
    sheet.getRange().clear();
    sheet.charts.load('items');
    await context.sync();
    for (const chart of sheet.charts.items) chart.delete();
  }
  sheet.activate();
  return sheet;
}

/** Write a rectangular block of values at A1 of `sheet`, header row bold. */
function writeBlock(sheet: Excel.Worksheet, rows: (string | number)[][], topLeft = 'A1'): Excel.Range {
  const width = Math.max(...rows.map((r) => r.length));
  const padded = rows.map((r) => [...r, ...Array(width - r.length).fill('')]);
  const range = sheet.getRange(topLeft).getResizedRange(padded.length - 1, width - 1);
  range.values = padded;
  return range;
}

/** Insert (or overwrite) the Rules sheet with the given rows; returns the sheet name. */
export async function writeRulesSheet(rows: (string | number)[][]): Promise<string> {
  return Excel.run(async (context) => {
    const names = context.workbook.worksheets;
    names.load('items/name');
    await context.sync();
    const name = names.items.map((s) => s.name).find((n) => RULES_SHEET_NAMES.includes(n)) ?? RULES_SHEET_NAMES[0];
    const sheet = await freshSheet(context, name);
    const range = writeBlock(sheet, rows);
    sheet.getRange('A1').format.font.bold = true;
    range.getRow(1).format.font.bold = true;
    range.format.autofitColumns();
    await context.sync();
    return name;
  });
}

/** Insert a new register sheet with the header row; dates formatted as dates, phones kept as text. */
export async function insertRegisterSheet(header: string[], words: Words): Promise<string> {
  return Excel.run(async (context) => {
    const names = context.workbook.worksheets;
    names.load('items/name');
    await context.sync();
    const taken = new Set(names.items.map((s) => s.name));
    let name = words.sheetRegister;
    for (let i = 2; taken.has(name); i++) name = `${words.sheetRegister} ${i}`;
    const sheet = names.add(name);
    const head = writeBlock(sheet, [header]);
    head.format.font.bold = true;
    head.format.fill.color = '#DDEBF7';
    sheet.freezePanes.freezeRows(1);
    // Column order is REGISTER_FIELDS: date first, phone third. Text phones keep leading zeros and +86.
    sheet.getRange('A:A').numberFormat = [['yyyy-mm-dd']];
    sheet.getRange('C:C').numberFormat = [['@']];
    head.format.autofitColumns();
    sheet.activate();
    await context.sync();
    return name;
  });
}

/** The active sheet's used range (from row 1, so spreadsheet rows match) and the selected row. */
export async function readActiveSheet(): Promise<SheetTable & { selectedRow: number }> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const used = sheet.getUsedRange(true);
    const selection = context.workbook.getSelectedRange();
    sheet.load('name');
    used.load(['rowIndex', 'rowCount', 'columnIndex', 'columnCount']);
    selection.load('rowIndex');
    await context.sync();
    // Read from row 1 so that table[i] is spreadsheet row i + 1.
    const all = sheet.getRangeByIndexes(0, used.columnIndex, used.rowIndex + used.rowCount, used.columnCount);
    all.load('values');
    await context.sync();
    return { sheet: sheet.name, firstRow: 1, table: all.values as Cell[][], selectedRow: selection.rowIndex + 1 };
  });
}

/**
 * The first of the named sheets that exists, as its used range (firstRow = the range's spreadsheet row), or null.
 * Read afresh on each call: the pane's actions are few and must see the sheet as it is now.
 */
export async function readSheetByNames(names: readonly string[]): Promise<SheetTable | null> {
  return Excel.run(async (context) => {
    const candidates = queueUsedRanges(context, names);
    await context.sync();
    const found = candidates.find(({ ws, used }) => !ws.isNullObject && !used.isNullObject);
    return found ? { sheet: found.name, firstRow: found.used.rowIndex + 1, table: found.used.values as Cell[][] } : null;
  });
}

/**
 * Write the Dashboard sheet: each block as a titled table with a native chart beside it, drawn from the table
 * (header row included, so the series takes its name from it); a block without data rows gets its note instead.
 */
export async function writeDashboard(name: string, blocks: readonly DashboardBlock[]): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = await freshSheet(context, name);
    let top = 1;
    for (const block of blocks) {
      sheet.getRange(`A${top}`).values = [[block.title]];
      sheet.getRange(`A${top}`).format.font.bold = true;
      if (block.rows.length < 2) {
        sheet.getRange(`A${top + 1}`).values = [[block.emptyNote]];
        top += 3;
        continue;
      }
      const data = writeBlock(sheet, block.rows, `A${top + 1}`);
      data.getRow(0).format.font.bold = true;
      data.format.autofitColumns();
      const type = block.chart === 'pie' ? Excel.ChartType.pie : Excel.ChartType.columnClustered;
      const chart = sheet.charts.add(type, data, Excel.ChartSeriesBy.columns);
      chart.title.text = block.title;
      chart.setPosition(`F${top}`, `M${top + 15}`);
      top += Math.max(block.rows.length + 3, 18);
    }
    await context.sync();
  });
}
