/**
 * Adds the Dashboard's charts to a written workbook: chart, drawing and relationship parts, the drawing reference
 * in the sheet, and their content types — the parts exceljs has no API for.
 */
import { cellAddress } from '../core/policy/load';
import { chartXml, drawingXml, relsXml, type ChartSpec } from './chart-xml';
import { label, type Lang } from './result-model';
import type { BlockPlace } from './sheet-layout';
import { patchZip } from './zip-patch';

const SERIES_COLORS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000'];

/** An absolute range reference on a sheet: `'Dashboard'!$A$3:$A$9`. */
function rangeRef(sheet: string, col: number, firstRow: number, lastRow: number): string {
  const abs = (row: number): string => cellAddress(col, row).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  return `'${sheet.replace(/'/g, "''")}'!${abs(firstRow)}${lastRow > firstRow ? `:${abs(lastRow)}` : ''}`;
}

/**
 * Chart specs for the placed blocks that ask for one and have rows, stacked in a column to the right of the
 * tables. `rowsOf(place)` gives the block's data rows as written.
 */
export function dashboardCharts(sheet: string, places: readonly BlockPlace[], rowsOf: (p: BlockPlace) => string[][], lang: Lang): ChartSpec[] {
  const width = Math.max(...places.map((p) => p.block.columns.length));
  const specs: ChartSpec[] = [];
  let top = 0;
  for (const place of places) {
    if (place.dataRows === 0) continue;
    const rows = rowsOf(place);
    const last = place.firstDataRow + place.dataRows - 1;
    for (const chart of place.block.charts ?? []) {
      const height = Math.max(15, Math.ceil(chart.direction === 'bar' ? place.dataRows * 1.5 + 5 : 0));
      specs.push({
        title: label(chart.title, lang),
        direction: chart.direction,
        categoriesRef: rangeRef(sheet, 0, place.firstDataRow, last),
        categories: rows.map((r) => r[0]),
        series: chart.series.map((c, i) => ({
          nameRef: rangeRef(sheet, c, place.headerRow, place.headerRow),
          name: label(place.block.columns[c], lang),
          valuesRef: rangeRef(sheet, c, place.firstDataRow, last),
          values: rows.map((r) => Number(r[c]) || 0),
          color: SERIES_COLORS[(specs.length + i) % SERIES_COLORS.length],
        })),
        anchor: { col: width + 1, row: top, cols: 8, rows: height },
      });
      top += height + 1;
    }
  }
  return specs;
}

/** Copy workbook `src` to `dst` with `charts` drawn on worksheet part `sheetN.xml` (N = `sheetId`). */
export async function addCharts(src: string, dst: string, sheetId: number, charts: readonly ChartSpec[]): Promise<void> {
  const add: Record<string, Buffer> = {
    [`xl/worksheets/_rels/sheet${sheetId}.xml.rels`]: Buffer.from(relsXml('drawing', ['../drawings/drawing1.xml'])),
    'xl/drawings/drawing1.xml': Buffer.from(drawingXml(charts)),
    'xl/drawings/_rels/drawing1.xml.rels': Buffer.from(relsXml('chart', charts.map((_, i) => `../charts/chart${i + 1}.xml`))),
  };
  charts.forEach((c, i) => { add[`xl/charts/chart${i + 1}.xml`] = Buffer.from(chartXml(c)); });
  const overrides = [
    '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    ...charts.map((_, i) => `<Override PartName="/xl/charts/chart${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`),
  ].join('');
  await patchZip(src, dst, {
    replace: {
      '[Content_Types].xml': (old) => Buffer.from(old.toString('utf8').replace('</Types>', `${overrides}</Types>`)),
      // <drawing> is the last element exceljs could write here (no legacy drawing on the Dashboard).
      [`xl/worksheets/sheet${sheetId}.xml`]: (old) => Buffer.from(old.toString('utf8').replace('</worksheet>', '<drawing r:id="rId1"/></worksheet>')),
    },
    add,
  });
}
