/**
 * The result workbook (SPEC §8), written with exceljs's streaming WorkbookWriter so that million-row results never
 * sit in memory as cell objects. Tables get a bold frozen header, an autofilter and number formats; the Dashboard
 * gets its charts; the file is written next to the target and renamed into place, so a crash never leaves half a
 * workbook under the real name.
 */
import { mkdir, rename, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { addCharts, dashboardCharts } from './dashboard-charts';
import type { ChartSpec } from './chart-xml';
import { FileError, namingFile } from './file-error';
import { PhaseClock } from './phase-clock';
import { label, type Column, type ColumnKind, type Lang, type ResultSheet } from './result-model';
import { RowXml } from './row-xml';
import { isPlainTable } from './result-tables';
import { layoutSheet, type BlockPlace } from './sheet-layout';
import { removeTemp, settled, sweepStaleTemps, tempPath } from './temp-files';

const MONEY_FORMAT = '#,##0.00';
const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * One style object per column kind, shared by every data cell of that kind. exceljs caches a style's id by object
 * identity, so a shared object is looked up once per sheet; a fresh style per cell would be rendered to XML and
 * looked up by that text for every one of a million cells.
 */
// Top-aligned, so that a row's cells line up with the first line of its wrapped reason.
const TOP: Partial<ExcelJS.Alignment> = { vertical: 'top' };
const STYLE: Record<ColumnKind, Partial<ExcelJS.Style>> = {
  money: { numFmt: MONEY_FORMAT, alignment: TOP }, date: { numFmt: DATE_FORMAT, alignment: TOP }, text: { alignment: TOP },
  ref: { alignment: TOP }, number: { alignment: TOP },
};
/**
 * Empty cells need no alignment: with none, an empty text cell has no style and is not written at all (a million
 * rows with blank households and teams would otherwise carry a styled empty cell each).
 */
const EMPTY_STYLE: Record<ColumnKind, Partial<ExcelJS.Style>> = {
  money: { numFmt: MONEY_FORMAT }, date: { numFmt: DATE_FORMAT }, text: {}, ref: {}, number: {},
};
/**
 * Wide text columns (Reason, Decision, Problem, the Audit's values) wrap within their width. Text that overflows
 * into the empty cells beside it makes a printed or PDF page as wide as the longest reason, shrunk to nothing.
 */
const WRAPPED: Partial<ExcelJS.Style> = { alignment: { wrapText: true, vertical: 'top' } };
const WRAP_WIDTH = 60;

/** The shared style object of a column's data cells. */
function columnStyle(c: Column): Partial<ExcelJS.Style> {
  return c.kind === 'text' && c.width >= WRAP_WIDTH ? WRAPPED : STYLE[c.kind];
}

/** Options of writeResultWorkbook. */
export interface WriteOptions {
  lang: Lang;
  /** Sheet (by English name) whose blocks with a chart get one drawn; normally 'Dashboard'. */
  chartSheet?: string;
  /** Times each sheet, the package's commit and the charts as phases of their own. */
  clock?: PhaseClock;
}

/**
 * The parts of exceljs's streaming worksheet writer that data rows written as XML go through: its output stream,
 * whether `<sheetData>` is open, and the number of the next row it accepts. (exceljs 4 has no public API for
 * writing rows as XML.)
 */
interface SheetStream {
  stream: { write(xml: string): unknown };
  startedData: boolean;
  _rowZero: number;
}

/** The workbook's style registry, which exceljs asks for every cell's style id. */
interface StyleRegistry {
  addStyleModel(style: Partial<ExcelJS.Style>, type: ExcelJS.ValueType): number;
}

/** Data rows written this many characters at a time into the sheet stream. */
const XML_BATCH = 1 << 16;

/** Write one sheet; returns its block places. */
function writeSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, sheet: ResultSheet, lang: Lang, keep: Set<BlockPlace['block']>): {
  id: number; places: BlockPlace[]; kept: Map<BlockPlace['block'], string[][]>;
} {
  const plain = isPlainTable(sheet.blocks);
  const ws = wb.addWorksheet(label(sheet, lang), {
    views: plain ? [{ state: 'frozen', ySplit: 1 }] : [],
    // Printed or exported to PDF, a sheet is as wide as one landscape page.
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widths: number[] = [];
  for (const b of sheet.blocks) b.columns.forEach((c, i) => { widths[i] = Math.max(widths[i] ?? 8, c.width); });
  ws.columns = widths.map((width) => ({ width }));
  if (plain) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.blocks[0].columns.length } };
  const sink = ws as unknown as SheetStream;
  const styles = (wb as unknown as { styles: StyleRegistry }).styles;
  const places: BlockPlace[] = [];
  const kept = new Map<BlockPlace['block'], string[][]>();
  const renderers = new Map<BlockPlace['block'], RowXml>();
  // Rows are gathered and joined into one flat string per batch: appending to one string instead would build a
  // rope that costs as much again to flatten when the stream encodes it.
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = (): void => {
    if (pending.length > 0) sink.stream.write(pending.join(''));
    pending = [];
    pendingLength = 0;
  };
  for (const line of layoutSheet(sheet, lang, true, places)) {
    if (line.kind === 'data') {
      // A data line always follows its block's header row, which exceljs has written (opening <sheetData>). The
      // row counter is checked too, so that an exceljs whose internals differ fails here instead of writing rows
      // out of order.
      if (!sink.startedData || sink._rowZero !== line.row) {
        throw new Error(`${sheet.en}: row ${line.row} cannot be written as XML (next row of the sheet: ${sink._rowZero})`);
      }
      let renderer = renderers.get(line.block);
      if (!renderer) {
        const kinds = line.block.columns.map((c) => c.kind);
        const columnStyles = line.block.columns.map(columnStyle);
        const wraps = line.block.columns.map((c, i) => (columnStyle(c) === WRAPPED ? widths[i] : 0));
        renderer = new RowXml(kinds, (c, type) => styles.addStyleModel(type === ExcelJS.ValueType.Null ? EMPTY_STYLE[kinds[c]] : columnStyles[c], type), wraps);
        renderers.set(line.block, renderer);
      }
      const xml = renderer.render(line.row, line.cells);
      pending.push(xml);
      pendingLength += xml.length;
      if (pendingLength > XML_BATCH) flush();
      sink._rowZero = line.row + 1;
      if (keep.has(line.block)) {
        const list = kept.get(line.block) ?? [];
        list.push(line.cells);
        kept.set(line.block, list);
      }
      continue;
    }
    flush();
    const row = ws.getRow(line.row);
    line.cells.forEach((text, i) => { row.getCell(i + 1).value = text; });
    if (line.kind === 'header') row.font = { bold: true };
    if (line.kind === 'title') row.font = { bold: true, size: 13 };
    if (line.kind === 'note') row.font = { italic: true, color: { argb: 'FF808080' } };
    row.commit();
  }
  flush();
  ws.commit();
  return { id: (ws as unknown as { id: number }).id, places, kept };
}

/**
 * Write the result sheets to `path` (.xlsx). The target is replaced atomically; on failure no partial file is
 * left behind, and temporary files that a killed earlier run left beside the target are removed first. A file
 * that cannot be written is a FileError naming `path` and the problem in words.
 */
export async function writeResultWorkbook(path: string, sheets: readonly ResultSheet[], options: WriteOptions): Promise<void> {
  const chartSheet = options.chartSheet ?? 'Dashboard';
  const clock = options.clock ?? new PhaseClock(false);
  if ((await stat(path).catch(() => null))?.isDirectory()) throw new FileError(path, 'is a folder; --out names the result workbook file');
  const folder = await stat(dirname(path)).catch(() => null);
  if (folder && !folder.isDirectory()) throw new FileError(dirname(path), 'is a file, not a folder');
  await namingFile(dirname(path), 'cannot create the folder', () => mkdir(dirname(path), { recursive: true }));
  await sweepStaleTemps(path);
  const plainFile = tempPath(path, 'book');
  const chartedFile = tempPath(path, 'charts');
  try {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: plainFile, useStyles: true, useSharedStrings: false });
    wb.creator = 'crm-rules';
    let charts: ChartSpec[] = [];
    let chartSheetId = 0;
    for (const sheet of sheets) {
      const wantsCharts = sheet.en === chartSheet;
      const keep = new Set(wantsCharts ? sheet.blocks.filter((b) => b.charts?.length) : []);
      const { id, places, kept } = await clock.time(`write ${sheet.en}`, () => writeSheet(wb, sheet, options.lang, keep));
      if (wantsCharts) {
        charts = dashboardCharts(label(sheet, options.lang), places, (p) => kept.get(p.block) ?? [], options.lang);
        chartSheetId = id;
      }
    }
    await namingFile(path, 'cannot write', () => clock.time('write workbook commit', () => wb.commit()));
    let finished = plainFile;
    if (charts.length > 0) {
      await namingFile(path, 'cannot write', () => clock.time('write charts', () => addCharts(plainFile, chartedFile, chartSheetId, charts)));
      finished = chartedFile;
    }
    await namingFile(path, 'cannot replace', () => rename(finished, path));
    settled(finished);
  } finally {
    await removeTemp(plainFile);
    await removeTemp(chartedFile);
  }
}
