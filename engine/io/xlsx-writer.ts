/**
 * The result workbook (SPEC §8), written with exceljs's streaming WorkbookWriter so that million-row results never
 * sit in memory as cell objects. Tables get a bold frozen header, an autofilter and number formats; the Dashboard
 * gets its charts; the file is written next to the target and renamed into place, so a crash never leaves half a
 * workbook under the real name.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { dateOfDay, dayFromText } from '../core/dates';
import { addCharts, dashboardCharts } from './dashboard-charts';
import type { ChartSpec } from './chart-xml';
import { label, type ColumnKind, type Lang, type ResultSheet } from './result-model';
import { isPlainTable } from './result-tables';
import { layoutSheet, type BlockPlace } from './sheet-layout';

const MONEY_FORMAT = '#,##0.00';
const DATE_FORMAT = 'yyyy-mm-dd';

/** A cell value for the workbook from the model's text and the column kind. */
function cellValue(text: string, kind: ColumnKind): ExcelJS.CellValue {
  if (text === '') return null;
  switch (kind) {
    case 'text':
      return text;
    case 'ref':
      return /^\d+$/.test(text) ? Number(text) : text;
    case 'date': {
      const day = dayFromText(text);
      return day === null ? text : dateOfDay(day);
    }
    case 'money':
    case 'number': {
      const n = Number(text);
      return Number.isFinite(n) ? n : text;
    }
  }
}

const FORMAT: Partial<Record<ColumnKind, string>> = { money: MONEY_FORMAT, date: DATE_FORMAT };

/** Options of writeResultWorkbook. */
export interface WriteOptions {
  lang: Lang;
  /** Sheet (by English name) whose blocks with a chart get one drawn; normally 'Dashboard'. */
  chartSheet?: string;
}

function tempName(path: string, tag: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.${tag}.tmp`);
}

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
  const places: BlockPlace[] = [];
  const kept = new Map<BlockPlace['block'], string[][]>();
  for (const line of layoutSheet(sheet, lang, true, places)) {
    const columns = line.block.columns;
    const row = ws.getRow(line.row);
    if (line.kind === 'data') {
      line.cells.forEach((text, i) => {
        const kind = columns[i]?.kind ?? 'text';
        const cell = row.getCell(i + 1);
        cell.value = cellValue(text, kind);
        if (FORMAT[kind]) cell.numFmt = FORMAT[kind]!;
      });
      if (keep.has(line.block)) {
        const list = kept.get(line.block) ?? [];
        list.push(line.cells);
        kept.set(line.block, list);
      }
    } else {
      line.cells.forEach((text, i) => { row.getCell(i + 1).value = text; });
      if (line.kind === 'header') row.font = { bold: true };
      if (line.kind === 'title') row.font = { bold: true, size: 13 };
      if (line.kind === 'note') row.font = { italic: true, color: { argb: 'FF808080' } };
    }
    row.commit();
  }
  ws.commit();
  return { id: (ws as unknown as { id: number }).id, places, kept };
}

/**
 * Write the result sheets to `path` (.xlsx). The target is replaced atomically; on failure no partial file is
 * left behind.
 */
export async function writeResultWorkbook(path: string, sheets: readonly ResultSheet[], options: WriteOptions): Promise<void> {
  const chartSheet = options.chartSheet ?? 'Dashboard';
  await mkdir(dirname(path), { recursive: true });
  const plainFile = tempName(path, 'book');
  const chartedFile = tempName(path, 'charts');
  try {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: plainFile, useStyles: true, useSharedStrings: false });
    wb.creator = 'crm-rules';
    let charts: ChartSpec[] = [];
    let chartSheetId = 0;
    for (const sheet of sheets) {
      const wantsCharts = sheet.en === chartSheet;
      const keep = new Set(wantsCharts ? sheet.blocks.filter((b) => b.charts?.length) : []);
      const { id, places, kept } = writeSheet(wb, sheet, options.lang, keep);
      if (wantsCharts) {
        charts = dashboardCharts(label(sheet, options.lang), places, (p) => kept.get(p.block) ?? [], options.lang);
        chartSheetId = id;
      }
    }
    await wb.commit();
    if (charts.length > 0) {
      await addCharts(plainFile, chartedFile, chartSheetId, charts);
      await rename(chartedFile, path);
    } else {
      await rename(plainFile, path);
    }
  } finally {
    await unlink(plainFile).catch(() => {});
    await unlink(chartedFile).catch(() => {});
  }
}
